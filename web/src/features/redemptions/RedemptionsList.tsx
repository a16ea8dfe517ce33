import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { Modal } from '../../components/Modal';
import { errorMessage } from '../../lib/errors';
import { formatMoney } from '../../lib/money';
import { appendEdges, useLoadMore } from '../../lib/useLoadMore';
import { RedemptionRow, type RedemptionAction } from './RedemptionRow';
import { ReturnRedemptionForm } from './ReturnRedemptionForm';
import { ReverseRedemptionForm } from './ReverseRedemptionForm';
import { ProfileRedemptionsQuery } from './queries';

export const REDEMPTIONS_PAGE_SIZE = 20;

/** RedemptionsTable's header; the customer column only where rows name one. */
export function RedemptionsHeader({ withProfile = false }: { withProfile?: boolean }) {
  return (
    <thead>
      <tr>
        <th>Date</th>
        {withProfile && <th>Customer</th>}
        <th className="num">Amount / requested</th>
        <th>Status / returned</th>
        <th>Transaction</th>
        <th>By</th>
        <th>
          <span className="visually-hidden">Actions</span>
        </th>
      </tr>
    </thead>
  );
}

/** A profile's redemptions, newest first, with reverse and return. */
export function RedemptionsList({
  profileId,
  onNotice,
}: {
  profileId: string;
  onNotice: (message: string) => void;
}) {
  const id = useId();
  const [action, setAction] = useState<RedemptionAction | null>(null);
  const { data, error, loading, fetchMore } = useQuery(ProfileRedemptionsQuery, {
    variables: { id: profileId, first: REDEMPTIONS_PAGE_SIZE },
  });
  const connection = data?.profile?.redemptions;

  const more = useLoadMore(connection?.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) =>
        previous.profile && fetchMoreResult.profile
          ? {
              ...fetchMoreResult,
              profile: {
                ...fetchMoreResult.profile,
                redemptions: appendEdges(
                  previous.profile.redemptions,
                  fetchMoreResult.profile.redemptions,
                ),
              },
            }
          : previous,
    }),
  );

  function done(message: string) {
    setAction(null);
    onNotice(message);
  }

  const close = () => setAction(null);
  const amount = action
    ? formatMoney(action.redemption.amount.amount, action.redemption.amount.currency)
    : '';

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <div className="section-header">
        <h2 id={`${id}-heading`}>Redemptions</h2>
        {connection && connection.totalCount > 0 && (
          <span className="muted">
            {connection.totalCount === 1 ? '1 redemption' : `${connection.totalCount} redemptions`}
          </span>
        )}
      </div>
      <ErrorAlert message={error ? errorMessage(error) : null} />
      {loading && !connection && <p className="muted">Loading…</p>}
      {connection && connection.edges.length === 0 && <p className="empty">No redemptions yet.</p>}
      {connection && connection.edges.length > 0 && (
        <div className="table-scroll">
          <table className="table table-cards" aria-label="Profile redemptions">
            <RedemptionsHeader />
            <tbody>
              {connection.edges.map((edge) => (
                <RedemptionRow key={edge.node.id} redemption={edge.node} onAction={setAction} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore hasNextPage={connection?.pageInfo.hasNextPage} state={more} />

      {action?.kind === 'reverse' && (
        <Modal title={`Reverse the redemption of ${amount}`} onClose={close}>
          <ReverseRedemptionForm
            redemption={action.redemption}
            onReversed={done}
            onCancel={close}
          />
        </Modal>
      )}
      {action?.kind === 'return' && (
        <Modal title={`Return part of the redemption of ${amount}`} onClose={close}>
          <ReturnRedemptionForm redemption={action.redemption} onReturned={done} onCancel={close} />
        </Modal>
      )}
    </section>
  );
}
