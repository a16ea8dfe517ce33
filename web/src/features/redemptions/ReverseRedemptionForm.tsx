import { useState } from 'react';
import { FormDialog } from '../../components/FormDialog';
import { ReasonField } from '../../components/ReasonField';
import { formatInstant } from '../../lib/dates';
import { humanMessage } from '../../lib/errors';
import { formatMoney } from '../../lib/money';
import { useTimeZone } from '../../lib/timeZone';
import type { RedemptionSummary } from './RedemptionRow';
import { useReverseRedemption } from './useReverseRedemption';

/**
 * Undoes a whole COMPLETED redemption: every reward gets back what it gave. The server allows
 * it only within the brand's reversal window and says so otherwise.
 */
export function ReverseRedemptionForm({
  redemption,
  onReversed,
  onCancel,
}: {
  redemption: RedemptionSummary;
  onReversed: (message: string) => void;
  onCancel: () => void;
}) {
  const [reverseRedemption] = useReverseRedemption();
  const timeZone = useTimeZone();
  const [reason, setReason] = useState('');
  const amount = formatMoney(redemption.amount.amount, redemption.amount.currency);

  async function submit() {
    const trimmed = reason.trim();
    const { data } = await reverseRedemption({
      variables: {
        input: { redemptionId: redemption.id, ...(trimmed ? { reason: trimmed } : {}) },
      },
    });
    const result = data?.reverseRedemption;
    switch (result?.__typename) {
      case 'Redemption':
        onReversed(`Reversed the redemption of ${amount}; the rewards have their value back.`);
        return;
      case 'ReversalWindowClosedError':
      case 'NotFoundError':
        return humanMessage(result.message);
    }
  }

  return (
    <FormDialog
      submitLabel="Reverse redemption"
      submittingLabel="Reversing…"
      danger
      onSubmit={submit}
      onCancel={onCancel}
    >
      <p>
        Reverses the whole redemption of <strong>{amount}</strong> made{' '}
        {formatInstant(redemption.createdAt, timeZone)}: every reward it drew on gets its value
        back.
      </p>
      <ReasonField value={reason} onChange={setReason} />
    </FormDialog>
  );
}
