import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  ReturnRedemptionInput,
  ReturnRedemptionMutation,
  ReturnRedemptionMutationVariables,
} from '../../graphql/generated/graphql';
import { createCache } from '../../lib/cache';
import { formatMoney } from '../../lib/money';
import { fieldError } from '../../test/fieldError';
import { money, redemptionNode } from '../../test/fixtures';
import { ReturnRedemptionForm } from './ReturnRedemptionForm';
import { ReturnRedemptionMutation as ReturnRedemptionDocument } from './useReturnRedemption';

const returned = {
  returnRedemption: redemptionNode('red-1', 'PARTIALLY_RETURNED', { amount: 1500, returned: 435 }),
} as unknown as ReturnRedemptionMutation;

const exceeds: ReturnRedemptionMutation = {
  returnRedemption: {
    __typename: 'ReturnExceedsRedemptionError',
    errorCode: 'RETURN_EXCEEDS_REDEMPTION',
    message: 'At most 500 cents can be returned.',
    returnable: money(500),
  },
};

/** Answers returnRedemption with the given results in turn and records what was sent. */
function returnMock(results: ReturnRedemptionMutation[]) {
  const sent: ReturnRedemptionInput[] = [];
  return {
    sent,
    mock: {
      request: { query: ReturnRedemptionDocument, variables: () => true },
      maxUsageCount: results.length,
      delay: 30,
      result: (variables: ReturnRedemptionMutationVariables) => {
        sent.push(variables.input);
        return { data: results[sent.length - 1] };
      },
    },
  };
}

function renderForm(mocks: readonly object[]) {
  const onReturned = vi.fn();
  render(
    <MockedProvider cache={createCache()} mocks={mocks as never}>
      <ReturnRedemptionForm
        // What the list showed: $15.00 redeemed, nothing returned yet (another return may have
        // happened since).
        redemption={{
          id: 'red-1',
          createdAt: '2026-03-02T01:00:00.000Z',
          amount: money(1500),
          returned: money(0),
        }}
        onReturned={onReturned}
        onCancel={() => {}}
      />
    </MockedProvider>,
  );
  return onReturned;
}

describe('return redemption form', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends integer cents with one idempotency key across two clicks and shows the returnable', async () => {
    let n = 0;
    vi.spyOn(crypto, 'randomUUID').mockImplementation(
      () => `00000000-0000-4000-8000-00000000000${++n}`,
    );
    const { sent, mock } = returnMock([exceeds, returned]);
    const onReturned = renderForm([mock]);
    expect(screen.getByTestId('returnable').textContent).toBe(formatMoney(1500, 'AUD'));

    const amount = screen.getByLabelText('Amount to return (AUD)');
    fireEvent.change(amount, { target: { value: '7.35' } });
    fireEvent.change(screen.getByLabelText('Reason (optional)'), {
      target: { value: 'Damaged item' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Return' }));

    // The server knows better: part was returned meanwhile.
    await screen.findByRole('alert');
    expect(fieldError('Amount to return (AUD)')).toBe('At most A$5.00 can be returned.');
    expect(screen.getByTestId('returnable').textContent).toBe(formatMoney(500, 'AUD'));
    expect(onReturned).not.toHaveBeenCalled();

    fireEvent.change(amount, { target: { value: '4.35' } });
    const button = screen.getByRole('button', { name: 'Return' });
    fireEvent.click(button);
    fireEvent.click(button); // a double click sends once
    await waitFor(() => expect(onReturned).toHaveBeenCalledTimes(1));

    expect(sent).toHaveLength(2);
    expect(sent.map((input) => input.amount)).toEqual([735, 435]);
    for (const input of sent) expect(Number.isInteger(input.amount)).toBe(true);
    expect(sent[0]).toEqual({
      redemptionId: 'red-1',
      amount: 735,
      reason: 'Damaged item',
      idempotencyKey: '00000000-0000-4000-8000-000000000001',
    });
    expect(sent[1]?.idempotencyKey).toBe(sent[0]?.idempotencyKey);
    expect(onReturned.mock.calls[0]?.[0]).toContain(formatMoney(435, 'AUD'));
  });

  it('refuses more than the returnable or a malformed amount without sending anything', async () => {
    const { sent, mock } = returnMock([returned]);
    renderForm([mock]);
    const amount = screen.getByLabelText('Amount to return (AUD)');

    fireEvent.change(amount, { target: { value: '15.01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Return' }));
    await screen.findByRole('alert');
    expect(fieldError('Amount to return (AUD)')).toBe('At most A$15.00 can be returned.');

    fireEvent.change(amount, { target: { value: '1.234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Return' }));
    await waitFor(() =>
      expect(fieldError('Amount to return (AUD)')).toBe('Use at most 2 decimal places.'),
    );
    expect(sent).toHaveLength(0);
  });
});
