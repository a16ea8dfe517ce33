import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../lib/cache';
import { formatMoney } from '../../lib/money';
import { redemptionNode } from '../../test/fixtures';
import { REDEMPTIONS_PAGE_SIZE, RedemptionsList } from './RedemptionsList';
import { ProfileRedemptionsQuery } from './queries';

function redemptionsResult(nodes: ReturnType<typeof redemptionNode>[]) {
  return {
    data: {
      profile: {
        __typename: 'Profile',
        id: 'p1',
        redemptions: {
          __typename: 'RedemptionConnection',
          totalCount: nodes.length,
          edges: nodes.map((node) => ({ __typename: 'RedemptionEdge', cursor: node.id, node })),
          pageInfo: {
            __typename: 'PageInfo',
            endCursor: nodes.at(-1)?.id ?? null,
            hasNextPage: false,
          },
        },
      },
    },
  };
}

describe('redemptions list', () => {
  it('offers reverse only for a completed redemption and return while something is left', async () => {
    render(
      <MockedProvider
        cache={createCache()}
        mocks={[
          {
            request: {
              query: ProfileRedemptionsQuery,
              variables: { id: 'p1', first: REDEMPTIONS_PAGE_SIZE },
            },
            result: redemptionsResult([
              redemptionNode('done', 'COMPLETED'),
              redemptionNode('part', 'PARTIALLY_RETURNED', { returned: 400 }),
              redemptionNode('undone', 'REVERSED'),
            ]),
          },
        ]}
      >
        <RedemptionsList profileId="p1" onNotice={() => {}} />
      </MockedProvider>,
    );

    const row = async (order: string) => (await screen.findByText(order)).closest('tr')!;

    const completed = await row('order-done');
    expect(within(completed).getByText('COMPLETED')).toBeTruthy();
    expect(within(completed).getByRole('button', { name: 'Reverse' })).toBeTruthy();
    expect(within(completed).getByRole('button', { name: 'Return' })).toBeTruthy();
    expect(within(completed).getByText('Ada Admin')).toBeTruthy();

    const partial = await row('order-part');
    expect(within(partial).getByText(`${formatMoney(400, 'AUD')} returned`)).toBeTruthy();
    expect(within(partial).queryByRole('button', { name: 'Reverse' })).toBeNull();
    expect(within(partial).getByRole('button', { name: 'Return' })).toBeTruthy();

    const reversed = await row('order-undone');
    expect(within(reversed).getByText('REVERSED')).toBeTruthy();
    expect(within(reversed).queryByRole('button', { name: 'Reverse' })).toBeNull();
    expect(within(reversed).queryByRole('button', { name: 'Return' })).toBeNull();

    // The details name the rewards that paid.
    fireEvent.click(within(reversed).getByRole('button', { name: 'Details' }));
    const allocations = screen.getByRole('table', { name: 'Allocations' });
    expect(within(allocations).getByText('Welcome $10')).toBeTruthy();
    expect(within(allocations).getByText('Birthday $5')).toBeTruthy();
    expect(within(allocations).getByText(formatMoney(1000, 'AUD'))).toBeTruthy();
  });
});
