import { useId, useRef, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ExtendRewardInput } from '../../graphql/generated/graphql';
import { endOfLocalDay, formatLocalExpiry } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { useExtendReward } from './useExtendReward';

export interface ExtendableReward {
  id: string;
  name: string;
  timezone: string;
  expiresLocal: string;
}

/** Extends an ACTIVE or EXPIRED reward by a number of days or to a date. */
export function ExtendRewardForm({
  reward,
  onExtended,
  onCancel,
}: {
  reward: ExtendableReward;
  onExtended: (message: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [extendReward] = useExtendReward();
  const [mode, setMode] = useState<'days' | 'until'>('days');
  const [days, setDays] = useState('30');
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    setError(null);
    const input: ExtendRewardInput = { rewardId: reward.id, reason: reason.trim() };
    if (!input.reason) {
      setError('Give a reason.');
      return;
    }
    if (mode === 'days') {
      if (!/^\d+$/.test(days.trim()) || Number(days) < 1) {
        setError('Days: enter a whole number of at least 1.');
        return;
      }
      input.days = Number(days);
    } else {
      const iso = until ? endOfLocalDay(until, reward.timezone) : null;
      if (!iso) {
        setError('Choose the new expiry date.');
        return;
      }
      input.until = iso;
    }
    inFlight.current = true;
    setSubmitting(true);
    try {
      const { data } = await extendReward({ variables: { input } });
      const result = data?.extendReward;
      if (!result) return;
      if (result.__typename === 'Reward') {
        onExtended(`Extended “${reward.name}”.`);
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
      <p className="muted">
        Currently expires {formatLocalExpiry(reward.expiresLocal)} ({reward.timezone}).
      </p>
      <fieldset className="choice">
        <legend>Extend</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'days'}
            onChange={() => setMode('days')}
          />
          By a number of days
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'until'}
            onChange={() => setMode('until')}
          />
          Until a date
        </label>
      </fieldset>
      {mode === 'days' ? (
        <div className="field">
          <label htmlFor={`${id}-days`}>Days to add</label>
          <input
            id={`${id}-days`}
            type="number"
            min={1}
            step={1}
            value={days}
            onChange={(event) => setDays(event.target.value)}
          />
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-until`}>New expiry date</label>
          <input
            id={`${id}-until`}
            type="date"
            value={until}
            onChange={(event) => setUntil(event.target.value)}
          />
          <p className="field-hint">Ends at the end of that day in {reward.timezone}.</p>
        </div>
      )}
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
      <ErrorAlert message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? 'Extending…' : 'Extend reward'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
