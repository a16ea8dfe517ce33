import { formatInstant } from '../../lib/dates';
import { useTimeZone } from '../../lib/timeZone';
import { withInstants } from './words';

/** An endpoint's state: active, failing (since when), or disabled (why and when). */
export function WebhookStatus({
  webhook,
}: {
  webhook: { active: boolean; disabledReason?: string | null; failingSince?: string | null };
}) {
  const timeZone = useTimeZone();
  if (!webhook.active) {
    return (
      <>
        <span className="status-badge status-voided">DISABLED</span>
        <div className="cell-note">
          {webhook.disabledReason
            ? withInstants(webhook.disabledReason, timeZone)
            : 'Turned off after failing for 24 hours.'}
        </div>
      </>
    );
  }
  if (webhook.failingSince) {
    return (
      <>
        <span className="status-badge status-expired">FAILING</span>
        <div className="cell-note">
          Every delivery has failed since {formatInstant(webhook.failingSince, timeZone)}; it is
          disabled after 24 hours of failures.
        </div>
      </>
    );
  }
  return <span className="status-badge status-active">ACTIVE</span>;
}
