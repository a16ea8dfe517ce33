import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CurrencyField, TimeZoneField } from '../../components/Field';
import { refusalSummary } from '../../components/FormDialog';
import { getFragmentData, graphql, type FragmentType } from '../../graphql/generated';
import type {
  SettingsForm_SettingsFragment as Settings,
  SettingsInput,
} from '../../graphql/generated/graphql';
import { errorMessage, refusalOf, withoutKey, type FieldInfo } from '../../lib/errors';
import { moneyToInput, parseMoney } from '../../lib/money';
import { permissions, useRole } from '../auth/role';
import { useUpdateSettings } from './useUpdateSettings';

export const SettingsForm_SettingsFragmentDoc = graphql(`
  fragment SettingsForm_settings on Settings {
    defaultCurrency
    defaultTimezone
    excludedCategories
    minimumSpend
    maxRedemptionPercent
    maxRedemptionAmount
    reversalWindowMinutes
    returnGraceDays
    managerIssueLimit
    managerDailyIssueLimit
    holdTtlSeconds
  }
`);

export const SettingsPageQuery = graphql(`
  query SettingsPage {
    settings {
      ...SettingsForm_settings
    }
  }
`);

type MoneyKey = 'minimumSpend' | 'managerIssueLimit' | 'managerDailyIssueLimit';
type IntKey = 'reversalWindowMinutes' | 'returnGraceDays' | 'holdTtlSeconds';

interface Values {
  defaultCurrency: string;
  defaultTimezone: string;
  excludedCategories: string;
  minimumSpend: string;
  managerIssueLimit: string;
  managerDailyIssueLimit: string;
  maxRedemptionAmount: string;
  maxRedemptionPercent: string;
  reversalWindowMinutes: string;
  returnGraceDays: string;
  holdTtlSeconds: string;
}

function toValues(s: Settings): Values {
  const c = s.defaultCurrency;
  return {
    defaultCurrency: s.defaultCurrency,
    defaultTimezone: s.defaultTimezone,
    excludedCategories: s.excludedCategories.join(', '),
    minimumSpend: moneyToInput(s.minimumSpend, c),
    managerIssueLimit: moneyToInput(s.managerIssueLimit, c),
    managerDailyIssueLimit: moneyToInput(s.managerDailyIssueLimit, c),
    maxRedemptionAmount:
      s.maxRedemptionAmount == null ? '' : moneyToInput(s.maxRedemptionAmount, c),
    maxRedemptionPercent: s.maxRedemptionPercent == null ? '' : String(s.maxRedemptionPercent),
    reversalWindowMinutes: String(s.reversalWindowMinutes),
    returnGraceDays: String(s.returnGraceDays),
    holdTtlSeconds: String(s.holdTtlSeconds),
  };
}

const labels: Record<keyof Values, string> = {
  defaultCurrency: 'Default currency',
  defaultTimezone: 'Default time zone',
  excludedCategories: 'Excluded categories',
  minimumSpend: 'Minimum spend',
  managerIssueLimit: 'Manager single issue limit',
  managerDailyIssueLimit: 'Manager daily issue limit',
  maxRedemptionAmount: 'Maximum redemption amount',
  maxRedemptionPercent: 'Maximum redemption percent',
  reversalWindowMinutes: 'Reversal window (minutes)',
  returnGraceDays: 'Return grace (days)',
  holdTtlSeconds: 'Hold lifetime (seconds)',
};

const MONEY_KEYS = new Set<keyof Values>([
  'minimumSpend',
  'managerIssueLimit',
  'managerDailyIssueLimit',
  'maxRedemptionAmount',
]);

const hints: Partial<Record<keyof Values, string>> = {
  excludedCategories: 'Comma-separated line categories rewards never pay for.',
  minimumSpend: '0 for none.',
  managerIssueLimit: 'Administrators are not limited.',
  managerDailyIssueLimit: "Per day, counted in the brand's time zone.",
  maxRedemptionAmount: 'Leave empty for no cap.',
  maxRedemptionPercent: 'Of the eligible subtotal; leave empty for no cap.',
};

/** The fields for the error mapping: labels, and the currency of the money ones. */
function fieldInfo(currency: string): Record<string, FieldInfo> {
  return Object.fromEntries(
    (Object.keys(labels) as (keyof Values)[]).map((key) => [
      key,
      { label: labels[key], ...(MONEY_KEYS.has(key) ? { currency } : {}) },
    ]),
  );
}

/** Turns the form into a SettingsInput, or says what is wrong with every field that is. */
function toInput(v: Values): { input: SettingsInput } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const currency = v.defaultCurrency;
  const input: SettingsInput = {
    defaultCurrency: v.defaultCurrency,
    defaultTimezone: v.defaultTimezone.trim(),
    excludedCategories: v.excludedCategories
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
  };
  const moneyKeys: MoneyKey[] = ['minimumSpend', 'managerIssueLimit', 'managerDailyIssueLimit'];
  for (const key of moneyKeys) {
    const parsed = parseMoney(v[key], currency, { allowZero: true });
    if (!parsed.ok) errors[key] = parsed.error;
    else input[key] = parsed.amount;
  }
  if (v.maxRedemptionAmount.trim() === '') {
    input.maxRedemptionAmount = null;
  } else {
    const parsed = parseMoney(v.maxRedemptionAmount, currency);
    if (!parsed.ok) errors.maxRedemptionAmount = parsed.error;
    else input.maxRedemptionAmount = parsed.amount;
  }
  const intKeys: (IntKey | 'maxRedemptionPercent')[] = [
    'maxRedemptionPercent',
    'reversalWindowMinutes',
    'returnGraceDays',
    'holdTtlSeconds',
  ];
  for (const key of intKeys) {
    const text = v[key].trim();
    if (key === 'maxRedemptionPercent' && text === '') {
      input.maxRedemptionPercent = null;
      continue;
    }
    if (!/^\d{1,9}$/.test(text)) errors[key] = 'Enter a whole number.';
    else if (key === 'maxRedemptionPercent' && (Number(text) < 1 || Number(text) > 100)) {
      errors[key] = 'Enter a whole number from 1 to 100.';
    } else input[key] = Number(text);
  }
  return Object.keys(errors).length > 0 ? { errors } : { input };
}

function SettingsForm({
  settings,
}: {
  settings: FragmentType<typeof SettingsForm_SettingsFragmentDoc>;
}) {
  const current = getFragmentData(SettingsForm_SettingsFragmentDoc, settings);
  const [updateSettings] = useUpdateSettings();
  const [values, setValues] = useState(() => toValues(current));
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setError(null);
    setFieldErrors({});
    setSaved(false);
    const result = toInput(values);
    if ('errors' in result) {
      setFieldErrors(result.errors);
      setError(refusalSummary({ fields: result.errors }));
      return;
    }
    setSubmitting(true);
    try {
      const { data } = await updateSettings({ variables: { input: result.input } });
      if (data) {
        setValues(toValues(getFragmentData(SettingsForm_SettingsFragmentDoc, data.updateSettings)));
        setSaved(true);
      }
    } catch (caught) {
      const refusal = refusalOf(caught, fieldInfo(values.defaultCurrency));
      setFieldErrors(refusal.fields);
      setError(refusalSummary(refusal));
    } finally {
      setSubmitting(false);
    }
  }

  const change = (key: keyof Values) => (value: string) => {
    setSaved(false);
    setFieldErrors((current) => withoutKey(current, key));
    setValues((v) => ({ ...v, [key]: value }));
  };

  const field = (key: keyof Values, inputMode?: 'decimal' | 'numeric') => {
    const error = fieldErrors[key];
    const described = [hints[key] && `settings-${key}-hint`, error && `settings-${key}-error`]
      .filter(Boolean)
      .join(' ');
    return (
      <div className={error ? 'field field-invalid' : 'field'}>
        <label htmlFor={`settings-${key}`}>
          {labels[key]}
          {MONEY_KEYS.has(key) && ` (${values.defaultCurrency})`}
        </label>
        <input
          id={`settings-${key}`}
          inputMode={inputMode}
          value={values[key]}
          aria-invalid={error ? true : undefined}
          aria-describedby={described || undefined}
          onChange={(event) => change(key)(event.target.value)}
        />
        {hints[key] && (
          <p id={`settings-${key}-hint`} className="field-hint">
            {hints[key]}
          </p>
        )}
        {error && (
          <p id={`settings-${key}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <section className="card card-form" aria-labelledby="settings-brand">
        <h2 id="settings-brand">Brand</h2>
        <div className="form-grid">
          <CurrencyField
            label={labels.defaultCurrency}
            value={values.defaultCurrency}
            error={fieldErrors.defaultCurrency}
            hint="Amounts below are in this currency."
            onChange={change('defaultCurrency')}
          />
          <TimeZoneField
            label={labels.defaultTimezone}
            value={values.defaultTimezone}
            error={fieldErrors.defaultTimezone}
            hint="Days (expiry, the manager daily limit) end at midnight here."
            onChange={change('defaultTimezone')}
          />
        </div>
      </section>
      <section className="card card-form" aria-labelledby="settings-redemption">
        <h2 id="settings-redemption">Redemption policy</h2>
        <div className="form-grid">
          {field('minimumSpend', 'decimal')}
          {field('maxRedemptionAmount', 'decimal')}
          {field('maxRedemptionPercent', 'numeric')}
          {field('reversalWindowMinutes', 'numeric')}
          {field('returnGraceDays', 'numeric')}
          {field('holdTtlSeconds', 'numeric')}
        </div>
        {field('excludedCategories')}
      </section>
      <section className="card card-form" aria-labelledby="settings-issue">
        <h2 id="settings-issue">Manager issue limits</h2>
        <div className="form-grid">
          {field('managerIssueLimit', 'decimal')}
          {field('managerDailyIssueLimit', 'decimal')}
        </div>
      </section>
      <ErrorAlert message={error} />
      {saved && (
        <p role="status" className="notice">
          Settings saved.
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? 'Saving…' : 'Save settings'}
        </button>
      </div>
    </form>
  );
}

export function SettingsPage() {
  const role = useRole();
  const allowed = permissions.manageSettings(role);
  const { data, error, loading } = useQuery(SettingsPageQuery, { skip: !allowed });

  return (
    <div className="page">
      <title>Settings · Rewards</title>
      <h1>Settings</h1>
      {!allowed ? (
        <p className="card">Brand settings are managed by administrators.</p>
      ) : (
        <>
          <p className="muted">Brand-wide rules for redemption and issuance.</p>
          <ErrorAlert message={error ? errorMessage(error) : null} />
          {loading && !data && <p className="muted">Loading…</p>}
          {data && <SettingsForm settings={data.settings} />}
        </>
      )}
    </div>
  );
}
