import { useState } from 'react';
import { errorMessage } from './errors';

/** A connection page's edges appended to the ones already shown. */
export function appendEdges<C extends { edges: readonly unknown[] }>(previous: C, next: C): C {
  return { ...next, edges: [...previous.edges, ...next.edges] };
}

/**
 * State for a "Load more" button over a cursor connection: fetches the page after
 * `endCursor`, one at a time, and keeps the error of the last attempt.
 */
export function useLoadMore(
  endCursor: string | null | undefined,
  fetchPage: (after: string) => Promise<unknown>,
) {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function loadMore() {
    if (!endCursor) return;
    setLoading(true);
    setError(null);
    try {
      await fetchPage(endCursor);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setLoading(false);
    }
  }

  return { loadMore, loading, error };
}

export type LoadMoreState = ReturnType<typeof useLoadMore>;
