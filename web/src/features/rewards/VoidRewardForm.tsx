import { useId, useRef, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../lib/errors';
import { formatMoney } from '../../lib/money';
import { useVoidReward } from './useVoidReward';

export interface VoidableReward {
  id: string;
  name: string;
  valueRemaining: { amount: number; currency: string };
}

/** Ends an ACTIVE or PENDING reward, after a reason and an explicit confirmation. */
export function VoidRewardForm({
  reward,
  onVoided,
  onCancel,
}: {
  reward: VoidableReward;
  onVoided: (message: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [voidReward] = useVoidReward();
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const remaining = formatMoney(reward.valueRemaining.amount, reward.valueRemaining.currency);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    setError(null);
    if (!reason.trim()) {
      setError('Give a reason.');
      return;
    }
    if (!confirmed) {
      setError('Confirm that the reward should be voided.');
      return;
    }
    inFlight.current = true;
    setSubmitting(true);
    try {
      const { data } = await voidReward({
        variables: { input: { rewardId: reward.id, reason: reason.trim() } },
      });
      const result = data?.voidReward;
      if (!result) return;
      if (result.__typename === 'Reward') {
        onVoided(`Voided “${reward.name}”; ${remaining} left the balance.`);
      } else {
        setError(result.message);
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
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          required
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={confirmed}
          onChange={(event) => setConfirmed(event.target.checked)}
        />
        Void this reward: the remaining {remaining} leaves the balance. This cannot be undone.
      </label>
      <ErrorAlert message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-danger" disabled={submitting || !confirmed}>
          {submitting ? 'Voiding…' : 'Void reward'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
