import { TextAreaField } from './Field';

/** The reason a change is made, for the ledger: "Reason", or "Reason (optional)" when not required. */
export function ReasonField({
  value,
  onChange,
  required = false,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  error?: string | null;
}) {
  return (
    <TextAreaField
      label={required ? 'Reason' : 'Reason (optional)'}
      value={value}
      onChange={onChange}
      required={required}
      error={error}
    />
  );
}
