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
import { money } from '../../test/fixtures';
import { RedeemForm, RedemptionPreviewQuery } from './RedeemForm';
import { RedeemMutation as RedeemDocument } from './useRedeem';

function allocation(id: string, name: string, amount: number, expiresLocal: string) {
  return {
    __typename: 'RedemptionAllocation' as const,
    amount: money(amount),
    reward: {
      __typename: 'Reward' as const,
      id,
      expiresLocal,
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
        allocations: [
          allocation('r1', 'Birthday $5', 500, '2026-04-30T23:59:59+10:00'),
          allocation('r2', 'Welcome $10', 1000, '2026-06-30T23:59:59+10:00'),
        ],
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

    fireEvent.click(screen.getByRole('button', { name: 'Redeem' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The balance covers 1200 cents.');
    expect(alert.textContent).toContain(formatMoney(1200, 'AUD'));
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
});
