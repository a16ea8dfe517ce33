import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { getFragmentData, graphql, type FragmentType } from '../../graphql/generated';
import { formatDay } from '../../lib/dates';
import { useTimeZone } from '../../lib/timeZone';
import { errorMessage } from '../../lib/errors';
import { formatMoney } from '../../lib/money';
import { appendEdges, useLoadMore } from '../../lib/useLoadMore';
import { NewProfileForm } from './NewProfileForm';
import { profileName } from './profileName';

export const PAGE_SIZE = 25;

export const ProfileRow_ProfileFragment = graphql(`
  fragment ProfileRow_profile on Profile {
    id
    externalId
    firstName
    lastName
    email
    tier
    balance {
      currency
      available {
        amount
        currency
      }
      activeRewardCount
      nextExpiry
    }
  }
`);

export const ProfilesQuery = graphql(`
  query Profiles($search: String, $first: Int, $after: String) {
    profiles(search: $search, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...ProfileRow_profile
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

function ProfileRow({ profile }: { profile: FragmentType<typeof ProfileRow_ProfileFragment> }) {
  const p = getFragmentData(ProfileRow_ProfileFragment, profile);
  const navigate = useNavigate();
  const timeZone = useTimeZone();
  const { available, activeRewardCount, nextExpiry } = p.balance;
  return (
    <tr className="row-link" onClick={() => void navigate(`/profiles/${p.id}`)}>
      <td data-label="Name">
        <Link to={`/profiles/${p.id}`} onClick={(event) => event.stopPropagation()}>
          {profileName(p)}
        </Link>
      </td>
      <td data-label="Email">{p.email ?? <span className="muted">—</span>}</td>
      <td data-label="External id">
        <code>{p.externalId}</code>
      </td>
      <td data-label="Tier">{p.tier ?? <span className="muted">—</span>}</td>
      <td className="num" data-label="Available">
        {formatMoney(available.amount, available.currency)}
        <div className="cell-note">
          {activeRewardCount} active
          {nextExpiry ? ` · next expiry ${formatDay(nextExpiry, timeZone)}` : ''}
        </div>
      </td>
    </tr>
  );
}

export function ProfilesPage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [draft, setDraft] = useState(search);
  const [creating, setCreating] = useState(false);
  const { data, error, loading, fetchMore } = useQuery(ProfilesQuery, {
    variables: { first: PAGE_SIZE, ...(search ? { search } : {}) },
  });

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = draft.trim();
    setParams(q ? { q } : {}, { replace: true });
  }

  const more = useLoadMore(data?.profiles.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        profiles: appendEdges(previous.profiles, fetchMoreResult.profiles),
      }),
    }),
  );

  const connection = data?.profiles;

  return (
    <div className="page page-wide">
      <title>Profiles · Rewards</title>
      <div className="page-header">
        <h1>Profiles</h1>
        {!creating && (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            New profile
          </button>
        )}
      </div>

      {creating && <NewProfileForm onCancel={() => setCreating(false)} />}

      <section className="card" aria-label="Find a customer">
        <form className="search-form" role="search" onSubmit={submitSearch}>
          <label htmlFor="profile-search" className="visually-hidden">
            Search profiles
          </label>
          <input
            id="profile-search"
            type="search"
            placeholder="Name, email or external id"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button">
            Search
          </button>
        </form>

        <ErrorAlert message={error ? errorMessage(error) : null} />
        {loading && !connection && <p className="muted">Loading…</p>}
        {connection && (
          <>
            <p className="muted table-caption">
              {connection.totalCount === 1 ? '1 profile' : `${connection.totalCount} profiles`}
              {search ? ` matching “${search}”` : ''}
            </p>
            {connection.edges.length > 0 ? (
              <table className="table table-cards">
                <thead>
                  <tr>
                    <th>Name</th>
                    <th>Email</th>
                    <th>External id</th>
                    <th>Tier</th>
                    <th className="num">Balance</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map((edge) => (
                    <ProfileRow key={edge.node.id} profile={edge.node} />
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="empty">
                {search ? 'No profile matches this search.' : 'There are no profiles yet.'}
              </p>
            )}
            <LoadMore hasNextPage={connection.pageInfo.hasNextPage} state={more} />
          </>
        )}
      </section>
    </div>
  );
}
