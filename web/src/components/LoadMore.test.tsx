import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { appendEdges, useLoadMore } from '../lib/useLoadMore';
import { LoadMore } from './LoadMore';

function Harness(props: {
  cursor: string | null;
  hasNextPage: boolean;
  fetchPage: (after: string) => Promise<unknown>;
}) {
  const state = useLoadMore(props.cursor, props.fetchPage);
  return <LoadMore hasNextPage={props.hasNextPage} state={state} />;
}

describe('load more', () => {
  it('asks for the page after the cursor and shows why it failed', async () => {
    const fetchPage = vi.fn().mockRejectedValueOnce(new Error('Network down'));
    render(<Harness cursor="c2" hasNextPage fetchPage={fetchPage} />);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('could not be reached'),
    );
    expect(fetchPage).toHaveBeenCalledWith('c2');
  });

  it('offers no button on the last page', () => {
    render(<Harness cursor="c9" hasNextPage={false} fetchPage={vi.fn()} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('appends the new edges after the shown ones', () => {
    const merged = appendEdges(
      { edges: [1, 2], pageInfo: { endCursor: 'a' } },
      { edges: [3], pageInfo: { endCursor: 'b' } },
    );
    expect(merged).toEqual({ edges: [1, 2, 3], pageInfo: { endCursor: 'b' } });
  });
});
