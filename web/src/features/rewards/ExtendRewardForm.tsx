import { useId, useState } from 'react';
import { Checkbox, TextField, WholeNumberField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { ReasonField } from '../../components/ReasonField';
import type { ExtendRewardInput } from '../../graphql/generated/graphql';
import { endOfLocalDay, formatLocalExpiry } from '../../lib/dates';
import { useExtendReward } from './useExtendReward';

export interface ExtendableReward {
  id: string;
  name: string;
  timezone: string;
  expiresLocal: string;
}

/** Extends an ACTIVE or EXPIRED reward by a number of days or to a date. */
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

  function submit() {
    const input: ExtendRewardInput = { rewardId: reward.id, reason: reason.trim() };
    if (!input.reason) return 'Give a reason.';
    if (mode === 'days') {
      if (!/^\d+$/.test(days.trim()) || Number(days) < 1) {
        return 'Days: enter a whole number of at least 1.';
      }
      input.days = Number(days);
    } else {
      const iso = until ? endOfLocalDay(until, reward.timezone) : null;
      if (!iso) return 'Choose the new expiry date.';
      input.until = iso;
    }
    return send(input);
  }

  async function send(input: ExtendRewardInput) {
    const { data } = await extendReward({ variables: { input } });
    const result = data?.extendReward;
    if (!result) return;
    if (result.__typename !== 'Reward') return result.message;
    onExtended(`Extended “${reward.name}”.`);
  }

  return (
    <FormDialog
      submitLabel="Extend reward"
      submittingLabel="Extending…"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <p className="muted">
        Currently expires {formatLocalExpiry(reward.expiresLocal)} ({reward.timezone}).
      </p>
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
        <WholeNumberField label="Days to add" min={1} value={days} onChange={setDays} />
      ) : (
        <TextField
          label="New expiry date"
          type="date"
          value={until}
          onChange={setUntil}
          hint={`Ends at the end of that day in ${reward.timezone}.`}
        />
      )}
      <ReasonField required value={reason} onChange={setReason} />
    </FormDialog>
  );
}
