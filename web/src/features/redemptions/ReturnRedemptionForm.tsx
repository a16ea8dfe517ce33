import { useState } from 'react';
import { MoneyField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { ReasonField } from '../../components/ReasonField';
import type { ReturnRedemptionInput } from '../../graphql/generated/graphql';
import { humanMessage, type Refusal } from '../../lib/errors';
import { formatMoney, moneyToInput, parseMoney } from '../../lib/money';
import { useFieldErrors } from '../../lib/useFieldErrors';
import type { RedemptionSummary } from './RedemptionRow';
import { useReturnRedemption } from './useReturnRedemption';

/**
 * Gives back part or all of what is left of a redemption when goods are refunded. The
 * idempotency key is made once when the dialog opens, so a double click or a retry after a lost
 * response cannot return twice.
 */
export function ReturnRedemptionForm({
  redemption,
  onReturned,
  onCancel,
}: {
  redemption: RedemptionSummary;
  onReturned: (message: string) => void;
  onCancel: () => void;
}) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [returnRedemption] = useReturnRedemption();
  const { currency } = redemption.amount;
  // What the list showed; the server's answer replaces it if it has changed since.
  const [returnable, setReturnable] = useState(
    Math.max(0, redemption.amount.amount - redemption.returned.amount),
  );
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const errors = useFieldErrors({
    amount: { label: 'Amount to return', currency },
    reason: { label: 'Reason' },
  });

  function submit(): Refusal | Promise<Refusal | string | void> {
    const parsed = parseMoney(amount, currency);
    if (!parsed.ok) return { fields: { amount: parsed.error } };
    if (parsed.amount > returnable) {
      return {
        fields: { amount: `At most ${formatMoney(returnable, currency)} can be returned.` },
      };
    }
    const input: ReturnRedemptionInput = {
      redemptionId: redemption.id,
      amount: parsed.amount,
      idempotencyKey,
    };
    if (reason.trim()) input.reason = reason.trim();
    return send(input);
  }

  async function send(input: ReturnRedemptionInput): Promise<Refusal | string | void> {
    const { data } = await returnRedemption({ variables: { input } });
    const result = data?.returnRedemption;
    switch (result?.__typename) {
      case 'Redemption':
        onReturned(`Returned ${formatMoney(input.amount, currency)} to the customer's rewards.`);
        return;
      case 'ReturnExceedsRedemptionError':
        setReturnable(result.returnable.amount);
        return {
          fields: {
            amount: `At most ${formatMoney(
              result.returnable.amount,
              result.returnable.currency,
            )} can be returned.`,
          },
        };
      case 'NotFoundError':
      case 'IdempotencyConflictError':
        return humanMessage(result.message);
    }
  }

  return (
    <FormDialog
      submitLabel="Return"
      submittingLabel="Returning…"
      onSubmit={submit}
      onCancel={onCancel}
      fieldErrors={errors}
    >
      <p>
        Redeemed {formatMoney(redemption.amount.amount, currency)}
        {redemption.returned.amount > 0 &&
          `, of which ${formatMoney(redemption.returned.amount, currency)} was returned`}
        . Up to <strong data-testid="returnable">{formatMoney(returnable, currency)}</strong> can be
        returned.
      </p>
      <MoneyField
        label="Amount to return"
        currency={currency}
        placeholder={moneyToInput(returnable, currency)}
        required
        value={amount}
        {...errors.bind('amount', setAmount)}
        hint={
          "Value goes back to the latest-expiring rewards first; an expired or voided reward's " +
          'part comes back as a new reward.'
        }
      />
      <ReasonField value={reason} {...errors.bind('reason', setReason)} />
    </FormDialog>
  );
}
