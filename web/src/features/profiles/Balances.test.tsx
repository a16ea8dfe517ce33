import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../graphql/generated';
import { formatMoney } from '../../lib/money';
import { money } from '../../test/fixtures';
import { BalanceCard_BalanceFragment, Balances } from './Balances';

function balance(held: number) {
  return {
    currency: 'AUD',
    ...makeFragmentData(
      {
        __typename: 'RewardBalance',
        currency: 'AUD',
        available: money(1050),
        held: money(held),
        expiringSoon: money(0),
        activeRewardCount: 2,
        nextExpiry: null,
      },
      BalanceCard_BalanceFragment,
    ),
  };
}

describe('balances', () => {
  it('calls out a held amount next to the available balance only when there is one', () => {
    const { unmount } = render(<Balances balances={[balance(250)]} fallback={balance(0)} />);
    const card = screen.getByLabelText('Balance in AUD');
    expect(within(card).getByTestId('balance-AUD').textContent).toBe(formatMoney(1050, 'AUD'));
    expect(within(card).getByTestId('held-AUD').textContent).toContain(formatMoney(250, 'AUD'));
    unmount();

    render(<Balances balances={[balance(0)]} fallback={balance(0)} />);
    expect(screen.queryByTestId('held-AUD')).toBeNull();
  });
});
