import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Checkbox } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { getFragmentData } from '../../graphql/generated';
import { errorMessage } from '../../lib/errors';
import { formatMoney } from '../../lib/money';
import { useNow } from '../../lib/useNow';
import { permissions, useRole } from '../auth/role';
import { PROFILE_HOLD_QUERIES } from '../profiles/refetch';
import { HoldRow, HoldRow_HoldFragment, type HoldSummary } from './HoldRow';
import { ReleaseHoldForm } from './ReleaseHoldForm';
import { ProfileHoldsQuery } from './queries';

/** How often "lapses in 4 min" is brought up to date. */
const CLOCK_TICK_MS = 15_000;

/**
 * A profile's checkout holds, newest first: the live ones, or every one on request, with release.
 * Not shown at all for a profile that never had a hold.
 */
export function HoldsList({
  profileId,
  onNotice,
}: {
  profileId: string;
  onNotice: (message: string) => void;
}) {
  const id = useId();
  const role = useRole();
  const client = useApolloClient();
  const now = useNow(CLOCK_TICK_MS);
  const [showPast, setShowPast] = useState(false);
  const [releasing, setReleasing] = useState<HoldSummary | null>(null);
  const { data, previousData, error } = useQuery(ProfileHoldsQuery, {
    variables: { id: profileId, activeOnly: !showPast },
  });
  // While the other list loads after the toggle, the section keeps showing the last one (never
  // another profile's).
  const profile =
    data?.profile ?? (previousData?.profile?.id === profileId ? previousData.profile : undefined);
  const holds = profile?.holds;

  // A hold lapses by itself at its expiry: then the balance and the list are stale.
  const nextLapse = Math.min(
    ...(holds ?? [])
      .map((hold) => getFragmentData(HoldRow_HoldFragment, hold))
      .filter((hold) => hold.status === 'ACTIVE')
      .map((hold) => new Date(hold.expiresAt).getTime())
      .filter((expiresAt) => expiresAt > now),
  );
  useEffect(() => {
    if (!Number.isFinite(nextLapse)) return;
    const timer = setTimeout(
      () => void client.refetchQueries({ include: PROFILE_HOLD_QUERIES }).catch(() => {}),
      nextLapse - Date.now() + 1_000,
    );
    return () => clearTimeout(timer);
  }, [client, nextLapse]);

  if (error && !profile) {
    return (
      <section className="card" aria-labelledby={`${id}-heading`}>
        <div className="section-header">
          <h2 id={`${id}-heading`}>Checkout holds</h2>
        </div>
        <ErrorAlert message={errorMessage(error)} />
      </section>
    );
  }
  if (!profile || !holds || profile.everHeld.length === 0) return null;

  const close = () => setReleasing(null);

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <div className="section-header">
        <h2 id={`${id}-heading`}>Checkout holds</h2>
        <Checkbox checked={showPast} onChange={setShowPast}>
          Show past holds
        </Checkbox>
      </div>
      <p className="field-hint">
        Balance reserved by a storefront or POS checkout; a hold lapses by itself unless the
        checkout captures it first.
      </p>
      <ErrorAlert message={error ? errorMessage(error) : null} />
      {holds.length === 0 ? (
        <p className="empty">{showPast ? 'No holds.' : 'No live holds.'}</p>
      ) : (
        <div className="table-scroll">
          <table
            className="table table-cards"
            aria-label={showPast ? 'All checkout holds' : 'Live checkout holds'}
          >
            <thead>
              <tr>
                <th className="num">Amount</th>
                <th>Status</th>
                <th>Lapses</th>
                <th>Rewards</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {holds.map((hold) => (
                <HoldRow
                  key={hold.id}
                  hold={hold}
                  now={now}
                  onRelease={permissions.releaseHold(role) ? setReleasing : undefined}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}

      {releasing && (
        <Modal
          title={`Release the hold of ${formatMoney(releasing.amount.amount, releasing.amount.currency)}`}
          onClose={close}
        >
          <ReleaseHoldForm
            hold={releasing}
            onReleased={(message) => {
              setReleasing(null);
              onNotice(message);
            }}
            onCancel={close}
          />
        </Modal>
      )}
    </section>
  );
}
