import type { LoadMoreState } from '../lib/useLoadMore';
import { ErrorAlert } from './ErrorAlert';

/** The error of the last page fetch, and a button for the next page while there is one. */
export function LoadMore({
  hasNextPage,
  state,
}: {
  hasNextPage: boolean | undefined;
  state: LoadMoreState;
}) {
  return (
    <>
      <ErrorAlert message={state.error} />
      {hasNextPage && (
        <button
          type="button"
          className="button load-more"
          disabled={state.loading}
          onClick={() => void state.loadMore()}
        >
          {state.loading ? 'Loading…' : 'Load more'}
        </button>
      )}
    </>
  );
}
