import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { getFragmentData, graphql, type FragmentType } from '../../graphql/generated';
import type {
  SettingsForm_SettingsFragment as Settings,
  SettingsInput,
} from '../../graphql/generated/graphql';
import { errorMessage } from '../../lib/errors';
import { centsToDollarsInput, parseDollarsToCents } from '../../lib/money';
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
  return {
    defaultCurrency: s.defaultCurrency,
    defaultTimezone: s.defaultTimezone,
    excludedCategories: s.excludedCategories.join(', '),
    minimumSpend: centsToDollarsInput(s.minimumSpend),
    managerIssueLimit: centsToDollarsInput(s.managerIssueLimit),
    managerDailyIssueLimit: centsToDollarsInput(s.managerDailyIssueLimit),
    maxRedemptionAmount:
      s.maxRedemptionAmount == null ? '' : centsToDollarsInput(s.maxRedemptionAmount),
    maxRedemptionPercent: s.maxRedemptionPercent == null ? '' : String(s.maxRedemptionPercent),
    reversalWindowMinutes: String(s.reversalWindowMinutes),
    returnGraceDays: String(s.returnGraceDays),
    holdTtlSeconds: String(s.holdTtlSeconds),
  };
}

const labels: Record<keyof Values, string> = {
  defaultCurrency: 'Default currency',
  defaultTimezone: 'Default timezone',
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

const hints: Partial<Record<keyof Values, string>> = {
  excludedCategories: 'Comma-separated line categories rewards never pay for.',
  minimumSpend: 'Dollars; 0 for none.',
  managerIssueLimit: 'Dollars. Administrators are not limited.',
  managerDailyIssueLimit: "Dollars per day, counted in the brand's time zone.",
  maxRedemptionAmount: 'Dollars; leave empty for no cap.',
  maxRedemptionPercent: 'Of the eligible subtotal; leave empty for no cap.',
};

/** Turns the form into a SettingsInput, or says which field is wrong. */
function toInput(v: Values): { input: SettingsInput } | { error: string } {
  const input: SettingsInput = {
    defaultCurrency: v.defaultCurrency.trim().toUpperCase(),
    defaultTimezone: v.defaultTimezone.trim(),
    excludedCategories: v.excludedCategories
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
  };
  const moneyKeys: MoneyKey[] = ['minimumSpend', 'managerIssueLimit', 'managerDailyIssueLimit'];
  for (const key of moneyKeys) {
    const parsed = parseDollarsToCents(v[key], { allowZero: true });
    if (!parsed.ok) return { error: `${labels[key]}: ${parsed.error}` };
    input[key] = parsed.cents;
  }
  if (v.maxRedemptionAmount.trim() === '') {
    input.maxRedemptionAmount = null;
  } else {
    const parsed = parseDollarsToCents(v.maxRedemptionAmount);
    if (!parsed.ok) return { error: `${labels.maxRedemptionAmount}: ${parsed.error}` };
    input.maxRedemptionAmount = parsed.cents;
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
    if (!/^\d{1,9}$/.test(text)) return { error: `${labels[key]}: enter a whole number.` };
    input[key] = Number(text);
  }
  return { input };
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
  const [saved, setSaved] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setError(null);
    setSaved(false);
    const result = toInput(values);
    if ('error' in result) {
      setError(result.error);
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
      setError(errorMessage(caught));
    } finally {
      setSubmitting(false);
    }
  }

  const field = (key: keyof Values, inputMode?: 'decimal' | 'numeric') => (
    <div className="field">
      <label htmlFor={`settings-${key}`}>{labels[key]}</label>
      <input
        id={`settings-${key}`}
        inputMode={inputMode}
        value={values[key]}
        onChange={(event) => {
          setSaved(false);
          setValues((v) => ({ ...v, [key]: event.target.value }));
        }}
      />
      {hints[key] && <p className="field-hint">{hints[key]}</p>}
    </div>
  );

  return (
    <form className="form" onSubmit={(event) => void handleSubmit(event)}>
      <section className="card card-form" aria-labelledby="settings-brand">
        <h2 id="settings-brand">Brand</h2>
        <div className="form-grid">
          {field('defaultCurrency')}
          {field('defaultTimezone')}
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
