import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { Modal } from '../../components/Modal';
import { getFragmentData, graphql, type FragmentType } from '../../graphql/generated';
import type { RewardStatus } from '../../graphql/generated/graphql';
import { formatInstant } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { formatMoney } from '../../lib/money';
import { appendEdges, useLoadMore } from '../../lib/useLoadMore';
import { ExtendRewardForm, type ExtendableReward } from './ExtendRewardForm';
import { ExtensionLinkForm, type LinkableReward } from './ExtensionLinkForm';
import { VoidRewardForm, type VoidableReward } from './VoidRewardForm';
import { ProfileRewardsQuery } from './queries';

export const REWARDS_PAGE_SIZE = 20;

export const REWARD_STATUSES: readonly RewardStatus[] = [
  'ACTIVE',
  'PENDING',
  'USED',
  'EXPIRED',
  'VOIDED',
];

export const RewardRow_RewardFragment = graphql(`
  fragment RewardRow_reward on Reward {
    id
    status
    source
    reason
    timezone
    expiresAt
    expiresLocal
    extensionCount
    voidedAt
    voidReason
    valueInitial {
      amount
      currency
    }
    valueRemaining {
      amount
      currency
    }
    definition {
      id
      name
    }
    type {
      id
      name
      extensionEnabled
      extensionDays
    }
  }
`);

export function StatusBadge({ status }: { status: RewardStatus }) {
  return <span className={`status-badge status-${status.toLowerCase()}`}>{status}</span>;
}

const SOURCE_WORDS: Record<string, string> = {
  CLAIM: 'Claimed',
  EVENT: 'Event',
  IMPORT: 'Import',
  MANUAL: 'Issued by staff',
  REACTION: 'Reaction',
  RETURN: 'Return',
  SCHEDULE: 'Schedule',
  SPEND_MILESTONE: 'Spend milestone',
};

type Action =
  | { kind: 'extend'; reward: ExtendableReward }
  | { kind: 'link'; reward: LinkableReward }
  | { kind: 'void'; reward: VoidableReward };

function RewardRow({
  reward,
  onAction,
}: {
  reward: FragmentType<typeof RewardRow_RewardFragment>;
  onAction: (action: Action) => void;
}) {
  const r = getFragmentData(RewardRow_RewardFragment, reward);
  const name = r.definition.name;
  const canExtend = r.status === 'ACTIVE' || r.status === 'EXPIRED';
  const canVoid = r.status === 'ACTIVE' || r.status === 'PENDING';
  return (
    <tr>
      <td data-label="Reward">
        {name}
        <div className="cell-note">{r.type.name}</div>
      </td>
      <td className="num" data-label="Left / issued">
        {formatMoney(r.valueRemaining.amount, r.valueRemaining.currency)}
        <span className="muted">
          {' / '}
          {formatMoney(r.valueInitial.amount, r.valueInitial.currency)}
        </span>
      </td>
      <td data-label="Status">
        <StatusBadge status={r.status} />
        {r.voidedAt && (
          <div className="cell-note">voided {formatInstant(r.voidedAt, r.timezone)}</div>
        )}
      </td>
      <td data-label="Expires">
        {formatInstant(r.expiresAt, r.timezone)}
        {r.extensionCount > 0 && (
          <div className="cell-note">
            extended {r.extensionCount === 1 ? 'once' : `${r.extensionCount} times`}
          </div>
        )}
      </td>
      <td data-label="Source">{SOURCE_WORDS[r.source] ?? r.source}</td>
      <td className="cell-reason" data-label="Reason">
        {r.status === 'VOIDED' && r.voidReason ? (
          <>
            <span className="reason-label">Voided:</span> {r.voidReason}
            {r.reason && <div className="cell-note">Issued: {r.reason}</div>}
          </>
        ) : (
          (r.reason ?? <span className="muted">—</span>)
        )}
      </td>
      <td className="cell-actions">
        {canExtend && (
          <button
            type="button"
            className="button button-small"
            aria-label={`Extend ${name}`}
            onClick={() =>
              onAction({
                kind: 'extend',
                reward: { id: r.id, name, timezone: r.timezone, expiresAt: r.expiresAt },
              })
            }
          >
            Extend
          </button>
        )}
        {canExtend && r.type.extensionEnabled && r.type.extensionDays > 0 && (
          <button
            type="button"
            className="button button-small"
            aria-label={`Send link to extend ${name}`}
            onClick={() =>
              onAction({
                kind: 'link',
                reward: {
                  id: r.id,
                  name,
                  timezone: r.timezone,
                  extensionDays: r.type.extensionDays,
                },
              })
            }
          >
            Send link
          </button>
        )}
        {canVoid && (
          <button
            type="button"
            className="button button-small button-danger-outline"
            aria-label={`Void ${name}`}
            onClick={() =>
              onAction({
                kind: 'void',
                reward: { id: r.id, name, valueRemaining: r.valueRemaining },
              })
            }
          >
            Void
          </button>
        )}
      </td>
    </tr>
  );
}

/** A profile's rewards, newest first, filtered by status, with extend and void. */
export function RewardsList({
  profileId,
  onNotice,
}: {
  profileId: string;
  onNotice: (message: string) => void;
}) {
  const id = useId();
  const [status, setStatus] = useState<RewardStatus | ''>('');
  const [action, setAction] = useState<Action | null>(null);
  const { data, error, loading, fetchMore } = useQuery(ProfileRewardsQuery, {
    variables: { id: profileId, first: REWARDS_PAGE_SIZE, ...(status ? { status } : {}) },
  });
  const connection = data?.profile?.rewards;

  const more = useLoadMore(connection?.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) =>
        previous.profile && fetchMoreResult.profile
          ? {
              ...fetchMoreResult,
              profile: {
                ...fetchMoreResult.profile,
                rewards: appendEdges(previous.profile.rewards, fetchMoreResult.profile.rewards),
              },
            }
          : previous,
    }),
  );

  function done(message: string) {
    setAction(null);
    onNotice(message);
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <div className="section-header">
        <h2 id={`${id}-heading`}>Rewards</h2>
        <div className="inline-field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(event) => setStatus(event.target.value as RewardStatus | '')}
          >
            <option value="">All</option>
            {REWARD_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorAlert message={error ? errorMessage(error) : null} />
      {loading && !connection && <p className="muted">Loading…</p>}
      {connection && connection.edges.length === 0 && (
        <p className="empty">
          {status ? `No ${status.toLowerCase()} rewards.` : 'No rewards yet.'}
        </p>
      )}
      {connection && connection.edges.length > 0 && (
        <div className="table-scroll">
          <table className="table table-cards" aria-label="Profile rewards">
            <thead>
              <tr>
                <th>Reward</th>
                <th className="num">Left / issued</th>
                <th>Status</th>
                <th>Expires</th>
                <th>Source</th>
                <th>Reason</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map((edge) => (
                <RewardRow key={edge.node.id} reward={edge.node} onAction={setAction} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore hasNextPage={connection?.pageInfo.hasNextPage} state={more} />

      {action?.kind === 'extend' && (
        <Modal title={`Extend “${action.reward.name}”`} onClose={() => setAction(null)}>
          <ExtendRewardForm
            reward={action.reward}
            onExtended={done}
            onCancel={() => setAction(null)}
          />
        </Modal>
      )}
      {action?.kind === 'link' && (
        <Modal title={`Extension link for “${action.reward.name}”`} onClose={() => setAction(null)}>
          <ExtensionLinkForm reward={action.reward} onDone={() => setAction(null)} />
        </Modal>
      )}
      {action?.kind === 'void' && (
        <Modal title={`Void “${action.reward.name}”`} onClose={() => setAction(null)}>
          <VoidRewardForm reward={action.reward} onVoided={done} onCancel={() => setAction(null)} />
        </Modal>
      )}
    </section>
  );
}
