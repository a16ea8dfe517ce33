import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/** A labelled input of a form, with a hint under it where one is given. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  ...input
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
} & InputProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} {...input} value={value} onChange={(event) => onChange(event.target.value)} />
      {hint && <p className="field-hint">{hint}</p>}
    </div>
  );
}

/** A labelled input for a whole number of at least `min`, e.g. days. */
export function WholeNumberField({
  label,
  min,
  value,
  onChange,
}: {
  label: string;
  min: number;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField label={label} type="number" min={min} step={1} value={value} onChange={onChange} />
  );
}

/** A labelled two-line text area of a form. */
export function TextAreaField({
  label,
  value,
  onChange,
  required = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
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

/**
 * A checkbox with its label after it; with `radioGroup`, a radio button of that group (its
 * `onChange` is called when it is chosen).
 */
export function Checkbox({
  checked,
  onChange,
  radioGroup,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  radioGroup?: string;
  children: ReactNode;
}) {
  return (
    <label className="checkbox">
      <input
        type={radioGroup ? 'radio' : 'checkbox'}
        name={radioGroup}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {children}
    </label>
  );
}
