import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  RedeemInput,
  RedeemMutation,
  RedeemMutationVariables,
} from '../../graphql/generated/graphql';
import { createCache } from '../../lib/cache';
import { formatMoney } from '../../lib/money';
import { fieldError } from '../../test/fieldError';
import { money } from '../../test/fixtures';
import { RedeemForm, RedemptionPolicyQuery, RedemptionPreviewQuery } from './RedeemForm';
import { RedeemMutation as RedeemDocument } from './useRedeem';

function allocation(id: string, name: string, amount: number, expiresAt: string) {
  return {
    __typename: 'RedemptionAllocation' as const,
    amount: money(amount),
    reward: {
      __typename: 'Reward' as const,
      id,
      expiresAt,
      timezone: 'Australia/Melbourne',
      definition: { __typename: 'RewardDefinition' as const, id: `def-${id}`, name },
    },
  };
}

const previewMock = {
  request: {
    query: RedemptionPreviewQuery,
    variables: { input: { profileId: 'p1', amount: 1500, currency: 'AUD' } },
  },
  result: {
    data: {
      previewRedemption: {
        __typename: 'RedemptionPreview',
        amount: money(1500),
        maxRedeemable: money(2250),
        eligibleSubtotal: money(0),
        lineDiscounts: [],
        allocations: [
          allocation('r1', 'Birthday $5', 500, '2026-04-30T13:59:59.999Z'),
          allocation('r2', 'Welcome $10', 1000, '2026-06-30T13:59:59.999Z'),
        ],
      },
    },
  },
};

const policyMock = {
  request: { query: RedemptionPolicyQuery },
  result: {
    data: {
      settings: {
        __typename: 'Settings',
        excludedCategories: ['gift-card'],
        minimumSpend: 0,
        maxRedemptionPercent: 50,
        maxRedemptionAmount: null,
      },
    },
  },
};

const insufficient: RedeemMutation = {
  redeem: {
    __typename: 'InsufficientBalanceError',
    errorCode: 'INSUFFICIENT_BALANCE',
    message: 'The balance covers 1200 cents.',
    available: money(1200),
  },
};

describe('redeem form', () => {
  afterEach(() => vi.restoreAllMocks());

  it("previews which rewards would pay, then shows the balance's available amount on failure", async () => {
    vi.spyOn(crypto, 'randomUUID').mockReturnValue('00000000-0000-4000-8000-000000000001');
    const sent: RedeemInput[] = [];
    const onRedeemed = vi.fn();
    render(
      <MockedProvider
        cache={createCache()}
        mocks={[
          policyMock,
          previewMock,
          {
            request: { query: RedeemDocument, variables: () => true },
            result: (variables: RedeemMutationVariables) => {
              sent.push(variables.input);
              return { data: insufficient };
            },
          },
        ]}
      >
        <RedeemForm
          profileId="p1"
          currencies={['AUD']}
          onRedeemed={onRedeemed}
          onCancel={() => {}}
        />
      </MockedProvider>,
    );

    fireEvent.change(screen.getByLabelText('Amount (AUD)'), { target: { value: '15' } });
    fireEvent.change(screen.getByLabelText('Order or transaction id'), {
      target: { value: ' phone-42 ' },
    });

    const table = await screen.findByRole('table', { name: 'Rewards that would pay' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('Birthday $5')).toBeTruthy();
    expect(within(rows[1]!).getByText(formatMoney(500, 'AUD'))).toBeTruthy();
    expect(within(rows[2]!).getByText('Welcome $10')).toBeTruthy();
    expect(within(rows[2]!).getByText(formatMoney(1000, 'AUD'))).toBeTruthy();
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(preview.textContent).toContain(formatMoney(2250, 'AUD'));

    expect(within(rows[1]!).getByText('30 Apr 2026, 23:59 Australia/Melbourne')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Redeem' }));
    await screen.findByRole('alert');
    expect(fieldError('Amount (AUD)')).toBe('The balance covers only A$12.00.');
    expect(onRedeemed).not.toHaveBeenCalled();
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      profileId: 'p1',
      amount: 1500,
      currency: 'AUD',
      strict: true,
      idempotencyKey: '00000000-0000-4000-8000-000000000001',
      transaction: { externalId: 'phone-42' },
    });
  });

  it('takes cart lines: shows the excluded line, the cap and each line’s share, and keeps Redeem off while it would fail', async () => {
    const cartPreview = {
      request: {
        query: RedemptionPreviewQuery,
        variables: {
          input: {
            profileId: 'p1',
            amount: 3000,
            currency: 'AUD',
            cart: {
              lines: [
                { id: 'line-1', quantity: 2, unitPrice: 2000, category: 'shoes' },
                { id: 'line-2', quantity: 1, unitPrice: 5000, category: 'gift-card' },
              ],
            },
          },
        },
      },
      result: {
        data: {
          previewRedemption: {
            __typename: 'RedemptionPreview',
            amount: money(2000),
            maxRedeemable: money(2000),
            eligibleSubtotal: money(4000),
            lineDiscounts: [{ __typename: 'LineDiscount', lineId: 'line-1', amount: money(2000) }],
            allocations: [allocation('r2', 'Welcome $10', 2000, '2026-06-30T13:59:59.999Z')],
          },
        },
      },
    };
    render(
      <MockedProvider cache={createCache()} mocks={[policyMock, cartPreview]}>
        <RedeemForm profileId="p1" currencies={['AUD']} onRedeemed={vi.fn()} onCancel={() => {}} />
      </MockedProvider>,
    );
    await screen.findByText(/at most 50% of the eligible subtotal/);
    fireEvent.change(screen.getByLabelText('Amount (AUD)'), { target: { value: '$30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add cart line' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add cart line' }));
    const first = screen.getByRole('group', { name: 'Line 1' });
    const second = screen.getByRole('group', { name: 'Line 2' });
    fireEvent.change(within(first).getByLabelText('Category'), { target: { value: 'shoes' } });
    fireEvent.change(within(first).getByLabelText('Quantity'), { target: { value: '2' } });
    fireEvent.change(within(first).getByLabelText('Unit price (AUD)'), {
      target: { value: '20' },
    });
    fireEvent.change(within(second).getByLabelText('Category'), { target: { value: 'gift-card' } });
    fireEvent.change(within(second).getByLabelText('Unit price (AUD)'), {
      target: { value: 'A$50.00' },
    });

    expect(within(second).getByText(/Excluded: rewards never pay for “gift-card”/)).toBeTruthy();
    await within(first).findByText(formatMoney(2000, 'AUD'));
    expect(first.textContent).toContain('Rewards pay A$20.00 of this line.');
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(preview.textContent).toContain('eligible subtotal A$40.00');
    const redeem = screen.getByRole('button', { name: 'Redeem' });
    expect(redeem).toHaveProperty('disabled', true);
    const why = document.getElementById(redeem.getAttribute('aria-describedby')!);
    expect(why?.textContent).toBe(
      'Redeem is off: Strict is on and at most A$20.00 can be redeemed: lower the amount or turn strict off.',
    );
  });
});
