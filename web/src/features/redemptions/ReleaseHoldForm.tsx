import { useRef, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { formatMoney } from '../../lib/money';
import type { HoldSummary } from './HoldRow';
import { useReleaseHold } from './useReleaseHold';

/**
 * Frees what an ACTIVE checkout hold reserves, after an explicit confirmation. The server says
 * so when the hold lapsed or was captured meanwhile.
 */
export function ReleaseHoldForm({
  hold,
  onReleased,
  onCancel,
}: {
  hold: HoldSummary;
  onReleased: (message: string) => void;
  onCancel: () => void;
}) {
  const [releaseHold] = useReleaseHold();
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const amount = formatMoney(hold.amount.amount, hold.amount.currency);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    setError(null);
    inFlight.current = true;
    setSubmitting(true);
    try {
      const { data } = await releaseHold({ variables: { holdId: hold.id } });
      const result = data?.releaseHold;
      if (!result) return;
      switch (result.__typename) {
        case 'RewardHold':
          onReleased(`Released the hold of ${amount}; it is available again.`);
          return;
        case 'HoldNotActiveError':
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
        Frees the <strong>{amount}</strong> this checkout hold reserves (it would lapse by itself{' '}
        {formatDateTime(hold.expiresAt)}). The checkout that placed it can no longer capture it.
      </p>
      <ErrorAlert message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-danger" disabled={submitting}>
          {submitting ? 'Releasing…' : 'Release hold'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
