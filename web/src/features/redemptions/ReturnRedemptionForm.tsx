import { useId, useRef, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ReturnRedemptionInput } from '../../graphql/generated/graphql';
import { errorMessage } from '../../lib/errors';
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
  const id = useId();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [returnRedemption] = useReturnRedemption();
  const { currency } = redemption.amount;
  // What the list showed; the server's answer replaces it if it has changed since.
  const [returnable, setReturnable] = useState(
    Math.max(0, redemption.amount.amount - redemption.returned.amount),
  );
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A second click before React re-renders the disabled button must not send again.
    if (inFlight.current) return;
    setError(null);
    const parsed = parseDollarsToCents(amount);
    if (!parsed.ok) {
      setError(`Amount: ${parsed.error}`);
      return;
    }
    if (parsed.cents > returnable) {
      setError(`At most ${formatMoney(returnable, currency)} can be returned.`);
      return;
    }
    const input: ReturnRedemptionInput = {
      redemptionId: redemption.id,
      amount: parsed.cents,
      idempotencyKey,
    };
    if (reason.trim()) input.reason = reason.trim();

    inFlight.current = true;
    setSubmitting(true);
    try {
      const { data } = await returnRedemption({ variables: { input } });
      const result = data?.returnRedemption;
      if (!result) return;
      switch (result.__typename) {
        case 'Redemption':
          onReturned(`Returned ${formatMoney(parsed.cents, currency)} to the customer's rewards.`);
          return;
        case 'ReturnExceedsRedemptionError':
          setReturnable(result.returnable.amount);
          setError(
            `${result.message} (returnable ${formatMoney(
              result.returnable.amount,
              result.returnable.currency,
            )})`,
          );
          return;
        case 'NotFoundError':
        case 'IdempotencyConflictError':
          setError(result.message);
          return;
      }
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void handleSubmit(event)}>
      <p>
        Redeemed {formatMoney(redemption.amount.amount, currency)}
        {redemption.returned.amount > 0 &&
          `, of which ${formatMoney(redemption.returned.amount, currency)} was returned`}
        . Up to <strong data-testid="returnable">{formatMoney(returnable, currency)}</strong> can be
        returned.
      </p>
      <div className="field">
        <label htmlFor={`${id}-amount`}>Amount to return ({currency})</label>
        <input
          id={`${id}-amount`}
          inputMode="decimal"
          placeholder={centsToDollarsInput(returnable)}
          required
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
        />
        <p className="field-hint">
          Value goes back to the latest-expiring rewards first; an expired or voided reward&apos;s
          part comes back as a new reward.
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason (optional)</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      <ErrorAlert message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? 'Returning…' : 'Return'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
