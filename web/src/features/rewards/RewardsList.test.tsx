import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../lib/cache';
import { rewardNode } from '../../test/fixtures';
import { RewardsList } from './RewardsList';
import { ProfileRewardsQuery } from './queries';

function rewardsResult(nodes: ReturnType<typeof rewardNode>[]) {
  return {
    data: {
      profile: {
        __typename: 'Profile',
        id: 'p1',
        rewards: {
          __typename: 'RewardConnection',
          totalCount: nodes.length,
          edges: nodes.map((node) => ({ __typename: 'RewardEdge', cursor: node.id, node })),
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

const active = rewardNode('r1', 'ACTIVE', 'Birthday treat');
const voided = rewardNode('r2', 'VOIDED', 'Sorry voucher');

describe('rewards list', () => {
  it('asks the server for the chosen status and shows only what it returns', async () => {
    render(
      <MockedProvider
        cache={createCache()}
        mocks={[
          {
            request: { query: ProfileRewardsQuery, variables: { id: 'p1', first: 20 } },
            result: rewardsResult([active, voided]),
          },
          {
            request: {
              query: ProfileRewardsQuery,
              variables: { id: 'p1', first: 20, status: 'VOIDED' },
            },
            result: rewardsResult([voided]),
          },
        ]}
      >
        <RewardsList profileId="p1" onNotice={() => {}} />
      </MockedProvider>,
    );

    const birthdayCell = await screen.findByText('Birthday treat');
    const birthdayRow = birthdayCell.closest('tr')!;
    expect(within(birthdayRow).getByText('ACTIVE')).toBeTruthy();
    expect(within(birthdayRow).getByRole('button', { name: 'Extend Birthday treat' })).toBeTruthy();
    expect(within(birthdayRow).getByRole('button', { name: 'Void Birthday treat' })).toBeTruthy();
    expect(
      within(birthdayRow).getByRole('button', {
        name: 'Send link to extend Birthday treat',
      }),
    ).toBeTruthy();
    const sorryRow = screen.getByText('Sorry voucher').closest('tr')!;
    expect(within(sorryRow).queryByRole('button')).toBeNull();
    // A voided reward says why it was voided, and still why it was issued.
    expect(sorryRow.textContent).toContain('Voided: Void reason for Sorry voucher');
    expect(sorryRow.textContent).toContain('Issued: Reason for Sorry voucher');
    expect(sorryRow.textContent).toContain('voided 2 Mar 2026, 12:00 Australia/Melbourne');

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'VOIDED' } });

    await screen.findByText('Sorry voucher');
    await waitFor(() => expect(screen.queryByText('Birthday treat')).toBeNull());
    expect(screen.getAllByRole('row')).toHaveLength(2); // the header and the voided reward
    expect(screen.getByText('VOIDED', { selector: '.status-badge' })).toBeTruthy();
  });
});
