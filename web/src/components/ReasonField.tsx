import { TextAreaField } from './Field';

/** The reason a change is made, for the ledger: "Reason", or "Reason (optional)" when not required. */
export function ReasonField({
  value,
  onChange,
  required = false,
}: {
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
}) {
  return (
    <TextAreaField
      label={required ? 'Reason' : 'Reason (optional)'}
      value={value}
      onChange={onChange}
      required={required}
    />
  );
}
