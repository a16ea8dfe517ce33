import { useId, useRef, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { formatMoney } from '../../lib/money';
import type { RedemptionSummary } from './RedemptionRow';
import { useReverseRedemption } from './useReverseRedemption';

/**
 * Undoes a whole COMPLETED redemption: every reward gets back what it gave. The server allows
 * it only within the brand's reversal window and says so otherwise.
 */
export function ReverseRedemptionForm({
  redemption,
  onReversed,
  onCancel,
}: {
  redemption: RedemptionSummary;
  onReversed: (message: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [reverseRedemption] = useReverseRedemption();
  const [reason, setReason] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const amount = formatMoney(redemption.amount.amount, redemption.amount.currency);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    setError(null);
    inFlight.current = true;
    setSubmitting(true);
    try {
      const trimmed = reason.trim();
      const { data } = await reverseRedemption({
        variables: {
          input: { redemptionId: redemption.id, ...(trimmed ? { reason: trimmed } : {}) },
        },
      });
      const result = data?.reverseRedemption;
      if (!result) return;
      switch (result.__typename) {
        case 'Redemption':
          onReversed(`Reversed the redemption of ${amount}; the rewards have their value back.`);
          return;
        case 'ReversalWindowClosedError':
        case 'NotFoundError':
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
        Reverses the whole redemption of <strong>{amount}</strong> made{' '}
        {formatDateTime(redemption.createdAt)}: every reward it drew on gets its value back.
      </p>
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
        <button type="submit" className="button button-danger" disabled={submitting}>
          {submitting ? 'Reversing…' : 'Reverse redemption'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
