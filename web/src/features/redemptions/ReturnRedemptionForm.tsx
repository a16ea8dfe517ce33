import { useState } from 'react';
import { TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { ReasonField } from '../../components/ReasonField';
import type { ReturnRedemptionInput } from '../../graphql/generated/graphql';
import { centsToDollarsInput, formatMoney, parseDollarsToCents } from '../../lib/money';
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

  function submit() {
    const parsed = parseDollarsToCents(amount);
    if (!parsed.ok) return `Amount: ${parsed.error}`;
    if (parsed.cents > returnable) {
      return `At most ${formatMoney(returnable, currency)} can be returned.`;
    }
    const input: ReturnRedemptionInput = {
      redemptionId: redemption.id,
      amount: parsed.cents,
      idempotencyKey,
    };
    if (reason.trim()) input.reason = reason.trim();
    return send(input);
  }

  async function send(input: ReturnRedemptionInput) {
    const { data } = await returnRedemption({ variables: { input } });
    const result = data?.returnRedemption;
    switch (result?.__typename) {
      case 'Redemption':
        onReturned(`Returned ${formatMoney(input.amount, currency)} to the customer's rewards.`);
        return;
      case 'ReturnExceedsRedemptionError':
        setReturnable(result.returnable.amount);
        return `${result.message} (returnable ${formatMoney(
          result.returnable.amount,
          result.returnable.currency,
        )})`;
      case 'NotFoundError':
      case 'IdempotencyConflictError':
        return result.message;
    }
  }

  return (
    <FormDialog
      submitLabel="Return"
      submittingLabel="Returning…"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <p>
        Redeemed {formatMoney(redemption.amount.amount, currency)}
        {redemption.returned.amount > 0 &&
          `, of which ${formatMoney(redemption.returned.amount, currency)} was returned`}
        . Up to <strong data-testid="returnable">{formatMoney(returnable, currency)}</strong> can be
        returned.
      </p>
      <TextField
        label={`Amount to return (${currency})`}
        inputMode="decimal"
        placeholder={centsToDollarsInput(returnable)}
        required
        value={amount}
        onChange={setAmount}
        hint={
          "Value goes back to the latest-expiring rewards first; an expired or voided reward's " +
          'part comes back as a new reward.'
        }
      />
      <ReasonField value={reason} onChange={setReason} />
    </FormDialog>
  );
}
