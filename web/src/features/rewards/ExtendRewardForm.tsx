import { useId, useState } from 'react';
import { Checkbox, TextField, WholeNumberField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { ReasonField } from '../../components/ReasonField';
import type { ExtendRewardInput } from '../../graphql/generated/graphql';
import { endOfLocalDay, formatInstant, localDateOf } from '../../lib/dates';
import { humanMessage, type Refusal } from '../../lib/errors';
import { useFieldErrors } from '../../lib/useFieldErrors';
import { useExtendReward } from './useExtendReward';

export interface ExtendableReward {
  id: string;
  name: string;
  timezone: string;
  /** The current expiry (UTC). */
  expiresAt: string;
}

/** The local date `days` after `date` (YYYY-MM-DD), by the calendar. */
function addDays(date: string, days: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The expiry an extension would give: days are added to the current expiry's local day, and the
 * reward ends at the end of that day in its zone, as the server does.
 */
export function extendedExpiry(
  reward: Pick<ExtendableReward, 'expiresAt' | 'timezone'>,
  change: { days: number } | { until: string },
): string | null {
  if ('days' in change) {
    return endOfLocalDay(
      addDays(localDateOf(reward.expiresAt, reward.timezone), change.days),
      reward.timezone,
    );
  }
  return change.until ? endOfLocalDay(change.until, reward.timezone) : null;
}

const FIELDS = {
  days: { label: 'Days to add' },
  until: { label: 'New expiry date' },
  reason: { label: 'Reason' },
};

/** Extends an ACTIVE or EXPIRED reward by a number of days or to a date, showing old → new. */
export function ExtendRewardForm({
  reward,
  onExtended,
  onCancel,
}: {
  reward: ExtendableReward;
  onExtended: (message: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [extendReward] = useExtendReward();
  const [mode, setMode] = useState<'days' | 'until'>('days');
  const [days, setDays] = useState('30');
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const errors = useFieldErrors(FIELDS);

  const validDays = /^\d+$/.test(days.trim()) && Number(days) >= 1 ? Number(days) : null;
  const next =
    mode === 'days'
      ? validDays === null
        ? null
        : extendedExpiry(reward, { days: validDays })
      : extendedExpiry(reward, { until });

  function submit(): Refusal | Promise<Refusal | string | void> {
    const fields: Record<string, string> = {};
    const input: ExtendRewardInput = { rewardId: reward.id, reason: reason.trim() };
    if (!input.reason) fields.reason = 'Give a reason.';
    if (mode === 'days') {
      if (validDays === null) fields.days = 'Enter a whole number of at least 1.';
      else input.days = validDays;
    } else if (!next) {
      fields.until = 'Choose the new expiry date.';
    } else if (next <= reward.expiresAt) {
      fields.until = 'Choose a date after the current expiry.';
    } else {
      input.until = next;
    }
    if (Object.keys(fields).length > 0) return { fields };
    return send(input);
  }

  async function send(input: ExtendRewardInput): Promise<string | void> {
    const { data } = await extendReward({ variables: { input } });
    const result = data?.extendReward;
    if (!result) return;
    if (result.__typename !== 'Reward') return humanMessage(result.message);
    onExtended(
      `Extended “${reward.name}”: it now expires ` +
        `${formatInstant(result.expiresAt, reward.timezone)} ` +
        `(was ${formatInstant(reward.expiresAt, reward.timezone)}).`,
    );
  }

  return (
    <FormDialog
      submitLabel="Extend reward"
      submittingLabel="Extending…"
      onSubmit={submit}
      onCancel={onCancel}
      fieldErrors={errors}
    >
      <fieldset className="choice">
        <legend>Extend</legend>
        <Checkbox
          radioGroup={`${id}-mode`}
          checked={mode === 'days'}
          onChange={() => setMode('days')}
        >
          By a number of days
        </Checkbox>
        <Checkbox
          radioGroup={`${id}-mode`}
          checked={mode === 'until'}
          onChange={() => setMode('until')}
        >
          Until a date
        </Checkbox>
      </fieldset>
      {mode === 'days' ? (
        <WholeNumberField
          label="Days to add"
          min={1}
          value={days}
          {...errors.bind('days', setDays)}
        />
      ) : (
        <TextField
          label="New expiry date"
          type="date"
          value={until}
          hint={`Ends at the end of that day in ${reward.timezone}.`}
          {...errors.bind('until', setUntil)}
        />
      )}
      <dl className="change-summary" aria-label="Expiry change">
        <dt>Expires now</dt>
        <dd>{formatInstant(reward.expiresAt, reward.timezone)}</dd>
        <dt>After extending</dt>
        <dd>{next ? formatInstant(next, reward.timezone) : '—'}</dd>
      </dl>
      <ReasonField required value={reason} {...errors.bind('reason', setReason)} />
    </FormDialog>
  );
}
