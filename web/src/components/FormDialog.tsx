import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { errorMessage } from '../lib/errors';
import { ErrorAlert } from './ErrorAlert';

/**
 * What a dialog's submit does. It checks the fields first and returns the message to show when
 * one is wrong (nothing is sent then); otherwise it sends and returns that promise, which
 * resolves to the message to show when the server refused (an error result), or to nothing when
 * the change went through. A network or GraphQL error is shown in `errorMessage` words.
 */
export type FormSubmit = () => string | Promise<string | void>;

/**
 * The form of a dialog: its fields, the error of the last attempt, and the submit and Cancel
 * buttons. The submit button shows `submittingLabel` and is disabled while a submit is under way;
 * a second click before React re-renders the disabled button does not send again.
 */
export function FormDialog({
  submitLabel,
  submittingLabel,
  danger = false,
  canSubmit = true,
  onSubmit,
  onCancel,
  children,
}: {
  submitLabel: string;
  submittingLabel: string;
  /** A red submit button, for what takes value away or cannot be undone. */
  danger?: boolean;
  /** False keeps the submit button disabled, e.g. until a confirmation is ticked. */
  canSubmit?: boolean;
  onSubmit: FormSubmit;
  onCancel: () => void;
  children: ReactNode;
}) {
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A second click before React re-renders the disabled button must not send again.
    if (inFlight.current) return;
    setError(null);
    const sending = onSubmit();
    if (typeof sending === 'string') {
      setError(sending);
      return;
    }
    inFlight.current = true;
    setSubmitting(true);
    try {
      const refusal = await sending;
      if (refusal) setError(refusal);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void handleSubmit(event)}>
      {children}
      <ErrorAlert message={error} />
      <FormActions
        submitLabel={submitting ? submittingLabel : submitLabel}
        submitClassName={danger ? 'button button-danger' : 'button button-primary'}
        submitDisabled={submitting || !canSubmit}
        onCancel={onCancel}
      />
    </form>
  );
}

/** A form's submit button and, next to it, Cancel. */
export function FormActions({
  submitLabel,
  submitClassName = 'button button-primary',
  submitDisabled,
  onCancel,
}: {
  submitLabel: string;
  submitClassName?: string;
  submitDisabled: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="form-actions">
      <button type="submit" className={submitClassName} disabled={submitDisabled}>
        {submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
