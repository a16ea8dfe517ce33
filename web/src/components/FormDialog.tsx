import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { isRefusal, refusalOf, type FieldInfo, type Refusal } from '../lib/errors';
import { ErrorAlert } from './ErrorAlert';

/** What FormDialog needs of a form's field errors (see useFieldErrors). */
export interface FormFieldErrors {
  fields: Record<string, FieldInfo>;
  set(next: Record<string, string>): void;
}

/**
 * What a dialog's submit does. It checks the fields first and returns what is wrong (a message,
 * or a Refusal with every field's message at once; nothing is sent then); otherwise it sends and
 * returns that promise, which resolves to what the server refused (an error result), or to
 * nothing when the change went through. A network or GraphQL error is shown next to the field it
 * names when the form has it (see refusalOf), otherwise above the buttons.
 */
export type FormSubmit = () => string | Refusal | Promise<string | Refusal | void>;

/** The form-level message for a refusal: its own, or a pointer to the marked fields. */
export function refusalSummary(refusal: Refusal): string | null {
  const count = Object.keys(refusal.fields).length;
  if (refusal.message) return refusal.message;
  if (count === 0) return null;
  return count === 1 ? 'Check the field marked above.' : `Check the ${count} fields marked above.`;
}

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
  fieldErrors,
  submitHint,
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
  /** Where field errors go; without it, every error is shown for the form. */
  fieldErrors?: FormFieldErrors;
  /** Why the submit button is disabled, shown beside it. */
  submitHint?: string | null;
  children: ReactNode;
}) {
  const hintId = useId();
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A second click before React re-renders the disabled button must not send again.
    if (inFlight.current) return;
    setError(null);
    fieldErrors?.set({});
    const refuse = (refusal: string | Refusal) => {
      if (typeof refusal === 'string') {
        setError(refusal);
        return;
      }
      if (fieldErrors) fieldErrors.set(refusal.fields);
      setError(
        fieldErrors
          ? refusalSummary(refusal)
          : [refusal.message, ...Object.values(refusal.fields)].filter(Boolean).join(' '),
      );
    };
    const sending = onSubmit();
    if (typeof sending === 'string' || isRefusal(sending)) {
      refuse(sending);
      return;
    }
    inFlight.current = true;
    setSubmitting(true);
    try {
      const refusal = await sending;
      if (refusal) refuse(refusal);
    } catch (caught) {
      refuse(refusalOf(caught, fieldErrors?.fields));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {children}
      <ErrorAlert message={error} />
      {submitHint && (
        <p id={hintId} className="submit-hint">
          {submitHint}
        </p>
      )}
      <FormActions
        submitLabel={submitting ? submittingLabel : submitLabel}
        submitClassName={danger ? 'button button-danger' : 'button button-primary'}
        submitDisabled={submitting || !canSubmit}
        submitDescribedBy={submitHint ? hintId : undefined}
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
  submitDescribedBy,
  onCancel,
}: {
  submitLabel: string;
  submitClassName?: string;
  submitDisabled: boolean;
  submitDescribedBy?: string;
  onCancel: () => void;
}) {
  return (
    <div className="form-actions">
      <button
        type="submit"
        className={submitClassName}
        disabled={submitDisabled}
        aria-describedby={submitDescribedBy}
      >
        {submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
