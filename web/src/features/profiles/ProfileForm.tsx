import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField, TimeZoneField } from '../../components/Field';
import { FormActions, refusalSummary } from '../../components/FormDialog';
import { refusalOf, withoutKey, type FieldInfo, type Refusal } from '../../lib/errors';

/** A profile's fields, for the error mapping. */
export const PROFILE_FIELDS: Record<string, FieldInfo> = {
  externalId: { label: 'External id' },
  email: { label: 'Email' },
  firstName: { label: 'First name' },
  lastName: { label: 'Last name' },
  birthDate: { label: 'Birth date' },
  timezone: { label: 'Time zone' },
  tier: { label: 'Tier' },
};

export interface ProfileFormValues {
  externalId: string;
  email: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  timezone: string;
  tier: string;
  isStaff: boolean;
}

export const emptyProfileValues: ProfileFormValues = {
  externalId: '',
  email: '',
  firstName: '',
  lastName: '',
  birthDate: '',
  timezone: '',
  tier: '',
  isStaff: false,
};

/**
 * The fields of a profile; the external id only when creating (it never changes). `onSubmit`
 * sends, and throws or resolves to what was refused: each field's error is shown next to it and
 * cleared when it changes.
 */
export function ProfileForm({
  initial,
  withExternalId,
  timezoneDefault,
  submitLabel,
  submittingLabel,
  onSubmit,
  onCancel,
  children,
}: {
  initial: ProfileFormValues;
  withExternalId: boolean;
  /** With it, the zone may be left to this default (the brand's). */
  timezoneDefault?: string;
  submitLabel: string;
  submittingLabel: string;
  onSubmit: (values: ProfileFormValues) => Promise<Refusal | void>;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const [values, setValues] = useState(initial);
  const [submitting, setSubmitting] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  function set<K extends keyof ProfileFormValues>(key: K, value: ProfileFormValues[K]) {
    setFieldErrors((current) => withoutKey(current, key));
    setValues((current) => ({ ...current, [key]: value }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setError(null);
    setFieldErrors({});
    let refusal: Refusal | void;
    try {
      refusal = await onSubmit(values);
    } catch (caught) {
      refusal = refusalOf(caught, PROFILE_FIELDS);
    } finally {
      setSubmitting(false);
    }
    if (refusal) {
      setFieldErrors(refusal.fields);
      setError(refusalSummary(refusal));
    }
  }

  const text = (key: Exclude<keyof ProfileFormValues, 'isStaff'>, label: string, type = 'text') => (
    <TextField
      label={label}
      type={type}
      value={values[key]}
      onChange={(value) => set(key, value)}
      error={fieldErrors[key]}
      required={key === 'externalId'}
    />
  );

  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {children}
      <div className="form-grid">
        {withExternalId && text('externalId', 'External id')}
        {text('email', 'Email', 'email')}
        {text('firstName', 'First name')}
        {text('lastName', 'Last name')}
        {text('birthDate', 'Birth date', 'date')}
        <TimeZoneField
          value={values.timezone}
          emptyLabel={timezoneDefault ? `Brand default (${timezoneDefault})` : undefined}
          error={fieldErrors.timezone}
          onChange={(value) => set('timezone', value)}
        />
        {text('tier', 'Tier')}
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={values.isStaff}
          onChange={(event) => set('isStaff', event.target.checked)}
        />
        Staff member
      </label>
      <ErrorAlert message={error} />
      <FormActions
        submitLabel={submitting ? submittingLabel : submitLabel}
        submitDisabled={submitting}
        onCancel={onCancel}
      />
    </form>
  );
}
