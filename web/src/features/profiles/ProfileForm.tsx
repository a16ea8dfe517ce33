import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormDialog';

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

/** The fields of a profile; the external id only when creating (it never changes). */
export function ProfileForm({
  initial,
  withExternalId,
  timezonePlaceholder,
  submitLabel,
  submittingLabel,
  error,
  onSubmit,
  onCancel,
  children,
}: {
  initial: ProfileFormValues;
  withExternalId: boolean;
  timezonePlaceholder?: string;
  submitLabel: string;
  submittingLabel: string;
  error: string | null;
  onSubmit: (values: ProfileFormValues) => Promise<void>;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const [submitting, setSubmitting] = useState(false);

  function set<K extends keyof ProfileFormValues>(key: K, value: ProfileFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    try {
      await onSubmit(values);
    } finally {
      setSubmitting(false);
    }
  }

  const text = (key: Exclude<keyof ProfileFormValues, 'isStaff'>, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        value={values[key]}
        onChange={(event) => set(key, event.target.value)}
        placeholder={key === 'timezone' ? timezonePlaceholder : undefined}
        required={key === 'externalId'}
      />
    </div>
  );

  return (
    <form className="form" onSubmit={(event) => void handleSubmit(event)}>
      {children}
      <div className="form-grid">
        {withExternalId && text('externalId', 'External id')}
        {text('email', 'Email', 'email')}
        {text('firstName', 'First name')}
        {text('lastName', 'Last name')}
        {text('birthDate', 'Birth date', 'date')}
        {text('timezone', 'Timezone')}
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
