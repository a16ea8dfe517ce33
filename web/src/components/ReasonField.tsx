import { useId } from 'react';

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
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{required ? 'Reason' : 'Reason (optional)'}</label>
      <textarea
        id={id}
        rows={2}
        required={required}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
