import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { getFragmentData, graphql, type FragmentType } from '../../graphql/generated';
import { formatDayChange, formatInstant } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { formatMoney, formatSignedMoney } from '../../lib/money';
import { useTimeZone } from '../../lib/timeZone';
import { appendEdges, useLoadMore } from '../../lib/useLoadMore';
import { ProfileLedgerQuery } from './queries';

export const LEDGER_PAGE_SIZE = 25;

export const LedgerRow_EntryFragment = graphql(`
  fragment LedgerRow_entry on LedgerEntry {
    id
    createdAt
    type
    actor
    actorLabel
    reason
    expiresBefore
    expiresAfter
    amount {
      amount
      currency
    }
    balanceAfter {
      amount
      currency
    }
    reward {
      id
      definition {
        id
        name
      }
    }
  }
`);

function LedgerRow({
  entry,
  timeZone,
}: {
  entry: FragmentType<typeof LedgerRow_EntryFragment>;
  timeZone: string;
}) {
  const e = getFragmentData(LedgerRow_EntryFragment, entry);
  return (
    <tr>
      <td data-label="Time">{formatInstant(e.createdAt, timeZone)}</td>
      <td data-label="Type">
        <span className={`ledger-type ledger-${e.type.toLowerCase()}`}>{e.type}</span>
        {e.reward && <div className="cell-note">{e.reward.definition.name}</div>}
      </td>
      <td className={`num ${e.amount.amount < 0 ? 'negative' : ''}`} data-label="Amount">
        {e.type === 'EXTEND' ? (
          <>
            {/* An extension moves the expiry; it changes the balance only when it brings
                back value the daily pass had already expired. */}
            {e.amount.amount !== 0 && (
              <div>{formatSignedMoney(e.amount.amount, e.amount.currency)}</div>
            )}
            <span className="cell-note">
              {e.expiresBefore && e.expiresAfter
                ? `Expiry ${formatDayChange(e.expiresBefore, e.expiresAfter, timeZone)}`
                : 'Expiry moved'}
            </span>
          </>
        ) : (
          formatSignedMoney(e.amount.amount, e.amount.currency)
        )}
      </td>
      <td className="num" data-label="Balance after">
        {formatMoney(e.balanceAfter.amount, e.balanceAfter.currency)}
      </td>
      <td title={e.actor} data-label="Actor">
        {e.actorLabel}
      </td>
      <td className="cell-reason" data-label="Reason">
        {e.reason ?? <span className="muted">—</span>}
      </td>
    </tr>
  );
}

/** Every change to a profile's rewards, newest first. */
export function LedgerTable({ profileId }: { profileId: string }) {
  const id = useId();
  const timeZone = useTimeZone();
  const { data, error, loading, fetchMore } = useQuery(ProfileLedgerQuery, {
    variables: { id: profileId, first: LEDGER_PAGE_SIZE },
  });
  const connection = data?.profile?.ledger;

  const more = useLoadMore(connection?.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) =>
        previous.profile && fetchMoreResult.profile
          ? {
              ...fetchMoreResult,
              profile: {
                ...fetchMoreResult.profile,
                ledger: appendEdges(previous.profile.ledger, fetchMoreResult.profile.ledger),
              },
            }
          : previous,
    }),
  );

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Ledger</h2>
      <ErrorAlert message={error ? errorMessage(error) : null} />
      {loading && !connection && <p className="muted">Loading…</p>}
      {connection && connection.edges.length === 0 && <p className="empty">No changes yet.</p>}
      {connection && connection.edges.length > 0 && (
        <div className="table-scroll">
          <table className="table table-cards" aria-label="Ledger entries">
            <thead>
              <tr>
                <th>Time</th>
                <th>Type</th>
                <th className="num">Amount</th>
                <th className="num">Balance after</th>
                <th>Actor</th>
                <th>Reason</th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map((edge) => (
                <LedgerRow key={edge.node.id} entry={edge.node} timeZone={timeZone} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore hasNextPage={connection?.pageInfo.hasNextPage} state={more} />
    </section>
  );
}
