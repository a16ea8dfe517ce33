import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { getFragmentData } from '../../graphql/generated';
import { formatInstant } from '../../lib/dates';
import { errorMessage, humanMessage } from '../../lib/errors';
import { formatMoney } from '../../lib/money';
import { useTimeZone } from '../../lib/timeZone';
import { definitionTerms } from './definitionTerms';
import { ClaimableReactionsQuery, ReactionDefinition_DefinitionFragment } from './queries';
import { useClaimReward } from './reactionHooks';

/**
 * The claimable reactions whose condition the profile meets now, each with Claim. Nothing is
 * shown while there is none: most profiles have nothing to claim most of the time.
 */
export function ClaimableRewards({
  profileId,
  onNotice,
}: {
  profileId: string;
  onNotice: (message: string) => void;
}) {
  const id = useId();
  const timeZone = useTimeZone();
  const { data, error } = useQuery(ClaimableReactionsQuery, {
    variables: { profileId },
    fetchPolicy: 'cache-and-network',
  });
  const [claimReward] = useClaimReward();
  const [claiming, setClaiming] = useState<string | null>(null);
  const [claimError, setClaimError] = useState<string | null>(null);
  const reactions = data?.claimableReactions ?? [];

  async function claim(reactionId: string, name: string) {
    setClaiming(reactionId);
    setClaimError(null);
    try {
      const result = (await claimReward({ variables: { input: { profileId, reactionId } } })).data
        ?.claimReward;
      if (!result) return;
      if (result.__typename === 'Reward') {
        const value = formatMoney(result.valueInitial.amount, result.valueInitial.currency);
        onNotice(
          `Claimed “${name}”: ${value} issued, usable until ${formatInstant(result.expiresAt, result.timezone)}.`,
        );
      } else {
        setClaimError(`Could not claim “${name}”: ${humanMessage(result.message)}`);
      }
    } catch (caught) {
      setClaimError(`Could not claim “${name}”: ${humanMessage(errorMessage(caught))}`);
    } finally {
      setClaiming(null);
    }
  }

  if (!error && !claimError && reactions.length === 0) return null;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <div className="section-header">
        <h2 id={`${id}-heading`}>Rewards to claim</h2>
      </div>
      <ErrorAlert message={error ? errorMessage(error) : claimError} />
      {reactions.length > 0 && (
        <>
          <p className="muted claim-intro">
            The customer meets the condition of these; each can be claimed once.
          </p>
          <ul className="claim-list">
            {reactions.map((r) => {
              const d = getFragmentData(ReactionDefinition_DefinitionFragment, r.definition);
              return (
                <li key={r.id} className="claim-item">
                  <div>
                    <div className="claim-name">{r.name}</div>
                    <div className="cell-note">
                      {d.name}: {definitionTerms(d, timeZone)}
                    </div>
                  </div>
                  <button
                    type="button"
                    className="button button-small button-primary"
                    aria-label={`Claim ${r.name}`}
                    disabled={claiming !== null}
                    onClick={() => void claim(r.id, r.name)}
                  >
                    {claiming === r.id ? 'Claiming…' : 'Claim'}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
