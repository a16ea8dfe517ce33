import { FormDialog } from '../../components/FormDialog';
import { formatInstant } from '../../lib/dates';
import { formatMoney } from '../../lib/money';
import { useTimeZone } from '../../lib/timeZone';
import type { HoldSummary } from './HoldRow';
import { useReleaseHold } from './useReleaseHold';

/**
 * Frees what an ACTIVE checkout hold reserves, after an explicit confirmation. The server says
 * so when the hold lapsed or was captured meanwhile.
 */
export function ReleaseHoldForm({
  hold,
  onReleased,
  onCancel,
}: {
  hold: HoldSummary;
  onReleased: (message: string) => void;
  onCancel: () => void;
}) {
  const [releaseHold] = useReleaseHold();
  const timeZone = useTimeZone();
  const amount = formatMoney(hold.amount.amount, hold.amount.currency);

  async function submit() {
    const { data } = await releaseHold({ variables: { holdId: hold.id } });
    const result = data?.releaseHold;
    switch (result?.__typename) {
      case 'RewardHold':
        onReleased(`Released the hold of ${amount}; it is available again.`);
        return;
      case 'HoldNotActiveError':
      case 'NotFoundError':
        return result.message;
    }
  }

  return (
    <FormDialog
      submitLabel="Release hold"
      submittingLabel="Releasing…"
      danger
      onSubmit={submit}
      onCancel={onCancel}
    >
      <p>
        Frees the <strong>{amount}</strong> this checkout hold reserves (it would lapse by itself{' '}
        {formatInstant(hold.expiresAt, timeZone)}). The checkout that placed it can no longer
        capture it.
      </p>
    </FormDialog>
  );
}
