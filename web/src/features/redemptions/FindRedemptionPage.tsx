import { skipToken, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { graphql } from '../../graphql/generated';
import { errorMessage } from '../../lib/errors';
import { appendEdges, useLoadMore } from '../../lib/useLoadMore';
import { profileName } from '../profiles/profileName';
import { RedemptionRow } from './RedemptionRow';
import { RedemptionsHeader } from './RedemptionsList';

export const FIND_PAGE_SIZE = 25;

export const FindRedemptionsQuery = graphql(`
  query FindRedemptions(
    $transactionExternalId: String
    $receiptRef: String
    $locationId: String
    $first: Int
    $after: String
  ) {
    redemptions(
      transactionExternalId: $transactionExternalId
      receiptRef: $receiptRef
      locationId: $locationId
      first: $first
      after: $after
    ) {
      totalCount
      edges {
        cursor
        node {
          id
          profile {
            id
            externalId
            firstName
            lastName
          }
          ...RedemptionRow_redemption
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

// The search lives in the address, so a result can be shared and survives a reload.
const FIELDS = [
  { param: 'transaction', label: 'Transaction id', placeholder: 'Order or transaction id' },
  { param: 'receipt', label: 'Receipt', placeholder: 'Receipt reference' },
  { param: 'location', label: 'Location', placeholder: 'Store or location id' },
] as const;

type Param = (typeof FIELDS)[number]['param'];

/** Finds redemptions by transaction id, receipt or location, e.g. for a refund at the till. */
export function FindRedemptionPage() {
  const [params, setParams] = useSearchParams();
  const current = (param: Param) => params.get(param)?.trim() ?? '';
  const [draft, setDraft] = useState<Record<Param, string>>(() => ({
    transaction: current('transaction'),
    receipt: current('receipt'),
    location: current('location'),
  }));
  const [formError, setFormError] = useState<string | null>(null);

  const transactionExternalId = current('transaction');
  const receiptRef = current('receipt');
  const locationId = current('location');
  const searching = Boolean(transactionExternalId || receiptRef || locationId);
  const { data, error, loading, fetchMore } = useQuery(
    FindRedemptionsQuery,
    searching
      ? {
          variables: {
            first: FIND_PAGE_SIZE,
            ...(transactionExternalId ? { transactionExternalId } : {}),
            ...(receiptRef ? { receiptRef } : {}),
            ...(locationId ? { locationId } : {}),
          },
          fetchPolicy: 'cache-and-network',
        }
      : skipToken,
  );
  const connection = searching ? data?.redemptions : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Record<string, string> = {};
    for (const { param } of FIELDS) {
      const value = draft[param].trim();
      if (value) next[param] = value;
    }
    if (Object.keys(next).length === 0) {
      setFormError('Enter a transaction id, a receipt or a location.');
      return;
    }
    setFormError(null);
    setParams(next, { replace: true });
  }

  const more = useLoadMore(connection?.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        redemptions: appendEdges(previous.redemptions, fetchMoreResult.redemptions),
      }),
    }),
  );

  return (
    <div className="page page-wide">
      <title>Find redemption · Rewards</title>
      <div className="page-header">
        <h1>Find redemption</h1>
      </div>

      <section className="card" aria-label="Find a redemption">
        <form className="form" role="search" onSubmit={submit}>
          <div className="form-grid">
            {FIELDS.map((field) => (
              <div className="field" key={field.param}>
                <label htmlFor={`redemption-search-${field.param}`}>{field.label}</label>
                <input
                  id={`redemption-search-${field.param}`}
                  type="search"
                  placeholder={field.placeholder}
                  value={draft[field.param]}
                  onChange={(event) =>
                    setDraft((d) => ({ ...d, [field.param]: event.target.value }))
                  }
                />
              </div>
            ))}
          </div>
          <p className="field-hint">Exact matches; every field given must match.</p>
          <ErrorAlert message={formError} />
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              Search
            </button>
          </div>
        </form>
      </section>

      {searching && (
        <section className="card" aria-label="Redemptions found">
          <ErrorAlert message={error ? errorMessage(error) : null} />
          {loading && !connection && <p className="muted">Loading…</p>}
          {connection && (
            <>
              <p className="muted table-caption">
                {connection.totalCount === 1
                  ? '1 redemption'
                  : `${connection.totalCount} redemptions`}
              </p>
              {connection.edges.length > 0 ? (
                <div className="table-scroll">
                  <table className="table table-cards" aria-label="Redemptions found">
                    <RedemptionsHeader withProfile />
                    <tbody>
                      {connection.edges.map(({ node }) => (
                        <RedemptionRow
                          key={node.id}
                          redemption={node}
                          profile={
                            <Link to={`/profiles/${node.profile.id}`}>
                              {profileName(node.profile)}
                            </Link>
                          }
                        />
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : (
                <p className="empty">No redemption matches this search.</p>
              )}
              <LoadMore hasNextPage={connection.pageInfo.hasNextPage} state={more} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
