import {
  useId,
  useMemo,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
} from 'react';
import { timeZoneOptions } from '../lib/dates';
import { currencyOptions } from '../lib/money';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/** What every field shows around its control: the hint, then its error, both described by id. */
interface FieldFrame {
  hint?: ReactNode;
  /** The message of what is wrong with the value; marks the control invalid. */
  error?: string | null;
}

/** The ids and aria attributes tying a control to its hint and error. */
function useFieldIds({ hint, error }: FieldFrame) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return {
    id,
    hintId,
    errorId,
    control: {
      id,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy,
    },
  };
}

function FieldNotes({
  hint,
  error,
  hintId,
  errorId,
}: FieldFrame & { hintId?: string; errorId?: string }) {
  return (
    <>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

/** A labelled input of a form, with a hint and an error under it where there are. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  ...input
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
} & FieldFrame &
  InputProps) {
  const ids = useFieldIds({ hint, error });
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={ids.id}>{label}</label>
      <input
        {...input}
        {...ids.control}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldNotes hint={hint} error={error} hintId={ids.hintId} errorId={ids.errorId} />
    </div>
  );
}

/** An amount of money in one currency: "10", "10.5", "$10" or "A$10.00" (see parseMoney). */
export function MoneyField({
  label,
  currency,
  ...rest
}: {
  label: string;
  currency: string;
  value: string;
  onChange: (value: string) => void;
} & FieldFrame &
  Omit<InputProps, 'inputMode'>) {
  return <TextField label={`${label} (${currency})`} inputMode="decimal" {...rest} />;
}

/** A labelled input for a whole number of at least `min`, e.g. days. */
export function WholeNumberField({
  label,
  min,
  value,
  onChange,
  hint,
  error,
}: {
  label: string;
  min: number;
  value: string;
  onChange: (value: string) => void;
} & FieldFrame) {
  return (
    <TextField
      label={label}
      type="number"
      min={min}
      step={1}
      value={value}
      onChange={onChange}
      hint={hint}
      error={error}
    />
  );
}

/** A labelled two-line text area of a form. */
export function TextAreaField({
  label,
  value,
  onChange,
  required = false,
  hint,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
} & FieldFrame) {
  const ids = useFieldIds({ hint, error });
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={ids.id}>{label}</label>
      <textarea
        {...ids.control}
        rows={2}
        required={required}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldNotes hint={hint} error={error} hintId={ids.hintId} errorId={ids.errorId} />
    </div>
  );
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange'>;

/** A labelled select; its options are the children. */
export function SelectField({
  label,
  value,
  onChange,
  hint,
  error,
  children,
  ...select
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
} & FieldFrame &
  SelectProps) {
  const ids = useFieldIds({ hint, error });
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={ids.id}>{label}</label>
      <select
        {...select}
        {...ids.control}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
      <FieldNotes hint={hint} error={error} hintId={ids.hintId} errorId={ids.errorId} />
    </div>
  );
}

/**
 * A time zone picked from the IANA zones, grouped by region; with `emptyLabel`, an empty choice
 * first (e.g. "The brand's: Australia/Melbourne").
 */
export function TimeZoneField({
  label = 'Time zone',
  emptyLabel,
  value,
  ...rest
}: {
  label?: string;
  emptyLabel?: string;
  value: string;
  onChange: (value: string) => void;
} & FieldFrame) {
  const groups = useMemo(() => {
    const byRegion = new Map<string, string[]>();
    for (const zone of timeZoneOptions()) {
      const region = zone.includes('/') ? zone.slice(0, zone.indexOf('/')) : 'Other';
      byRegion.set(region, [...(byRegion.get(region) ?? []), zone]);
    }
    return [...byRegion];
  }, []);
  const known = groups.some(([, zones]) => zones.includes(value));
  return (
    <SelectField label={label} value={value} {...rest}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {value && !known && <option value={value}>{value}</option>}
      {groups.map(([region, zones]) => (
        <optgroup key={region} label={region}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}

/** A currency picked from the ISO 4217 codes, shown with their names. */
export function CurrencyField({
  label = 'Currency',
  value,
  ...rest
}: {
  label?: string;
  value: string;
  onChange: (value: string) => void;
} & FieldFrame) {
  const options = useMemo(() => currencyOptions(), []);
  return (
    <SelectField label={label} value={value} {...rest}>
      {!options.some(([code]) => code === value) && <option value={value}>{value}</option>}
      {options.map(([code, name]) => (
        <option key={code} value={code}>
          {code} — {name}
        </option>
      ))}
    </SelectField>
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
