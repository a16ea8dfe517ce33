import { useState } from 'react';
import { Checkbox } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { ReasonField } from '../../components/ReasonField';
import { humanMessage } from '../../lib/errors';
import { formatMoney } from '../../lib/money';
import { useFieldErrors } from '../../lib/useFieldErrors';
import { useVoidReward } from './useVoidReward';

export interface VoidableReward {
  id: string;
  name: string;
  valueRemaining: { amount: number; currency: string };
}

const FIELDS = { reason: { label: 'Reason' } };

/** Ends an ACTIVE or PENDING reward, after a reason and an explicit confirmation. */
export function VoidRewardForm({
  reward,
  onVoided,
  onCancel,
}: {
  reward: VoidableReward;
  onVoided: (message: string) => void;
  onCancel: () => void;
}) {
  const [voidReward] = useVoidReward();
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const errors = useFieldErrors(FIELDS);
  const remaining = formatMoney(reward.valueRemaining.amount, reward.valueRemaining.currency);

  function submit() {
    if (!reason.trim()) return { fields: { reason: 'Give a reason.' } };
    if (!confirmed) return 'Confirm that the reward should be voided.';
    return send(reason.trim());
  }

  async function send(trimmedReason: string) {
    const { data } = await voidReward({
      variables: { input: { rewardId: reward.id, reason: trimmedReason } },
    });
    const result = data?.voidReward;
    if (!result) return;
    if (result.__typename !== 'Reward') return humanMessage(result.message);
    onVoided(`Voided “${reward.name}”; ${remaining} left the balance.`);
  }

  return (
    <FormDialog
      submitLabel="Void reward"
      submittingLabel="Voiding…"
      danger
      canSubmit={confirmed}
      onSubmit={submit}
      onCancel={onCancel}
      fieldErrors={errors}
    >
      <ReasonField required value={reason} {...errors.bind('reason', setReason)} />
      <Checkbox checked={confirmed} onChange={setConfirmed}>
        Void this reward: the remaining {remaining} leaves the balance. This cannot be undone.
      </Checkbox>
    </FormDialog>
  );
}
