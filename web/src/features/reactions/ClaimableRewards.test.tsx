import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createCache } from '../../lib/cache';
import { money } from '../../test/fixtures';
import { ClaimableRewards } from './ClaimableRewards';
import { ClaimableReactionsQuery } from './queries';
import { ClaimRewardMutation } from './reactionHooks';
import { definition, reaction } from './testData';

const birthdayTreat = reaction('r-5', 'Birthday treat', {
  claimable: true,
  definition: definition('def-5', 'Treat $5', { amount: 500 }),
});

function claimableMock(reactions: readonly object[]) {
  return {
    request: { query: ClaimableReactionsQuery, variables: { profileId: 'p-1' } },
    result: { data: { claimableReactions: reactions } },
  };
}

function claimMock(result: object) {
  return {
    request: {
      query: ClaimRewardMutation,
      variables: { input: { profileId: 'p-1', reactionId: 'r-5' } },
    },
    result: { data: { claimReward: result } },
  };
}

function renderClaims(mocks: readonly object[]) {
  const onNotice = vi.fn();
  render(
    <MockedProvider cache={createCache()} mocks={mocks as never}>
      <ClaimableRewards profileId="p-1" onNotice={onNotice} />
    </MockedProvider>,
  );
  return onNotice;
}

describe('rewards to claim on a profile', () => {
  it('claims a reward the profile may claim and says what it got', async () => {
    const onNotice = renderClaims([
      claimableMock([birthdayTreat]),
      claimMock({
        __typename: 'Reward',
        id: 'reward-1',
        expiresAt: '2026-06-30T13:59:59.999Z',
        timezone: 'Australia/Melbourne',
        valueInitial: money(500),
      }),
      claimableMock([]),
    ]);
    expect(await screen.findByRole('heading', { name: 'Rewards to claim' })).toBeTruthy();
    expect(screen.getByText('Treat $5: A$5.00, valid for 3 months')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Claim Birthday treat' }));

    await waitFor(() => expect(onNotice).toHaveBeenCalledTimes(1));
    expect(onNotice.mock.calls[0]?.[0]).toBe(
      'Claimed “Birthday treat”: A$5.00 issued, usable until 30 Jun 2026, 23:59 Australia/Melbourne.',
    );
    // Claimed once, it is no longer offered; with nothing left, the section goes.
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Rewards to claim' })).toBeNull(),
    );
  });

  it('says why a claim was refused', async () => {
    renderClaims([
      claimableMock([birthdayTreat]),
      claimMock({
        __typename: 'NotEligibleError',
        errorCode: 'NOT_ELIGIBLE',
        message: 'The profile does not meet the condition.',
      }),
      claimableMock([birthdayTreat]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Claim Birthday treat' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not claim “Birthday treat”: The profile does not meet the condition.',
    );
  });

  it('shows nothing when there is nothing to claim', async () => {
    const { container } = render(
      <MockedProvider cache={createCache()} mocks={[claimableMock([])] as never}>
        <ClaimableRewards profileId="p-1" onNotice={() => {}} />
      </MockedProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.innerHTML).toBe('');
  });
});
