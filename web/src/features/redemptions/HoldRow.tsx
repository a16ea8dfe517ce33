import { Fragment, useId, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../graphql/generated';
import type { HoldStatus } from '../../graphql/generated/graphql';
import { formatInstant, formatLapse } from '../../lib/dates';
import { formatMoney } from '../../lib/money';
import { useTimeZone } from '../../lib/timeZone';
import { AllocationDetails } from './AllocationDetails';

export const HoldRow_HoldFragment = graphql(`
  fragment HoldRow_hold on RewardHold {
    id
    status
    expiresAt
    redemptionId
    amount {
      amount
      currency
    }
    allocations {
      amount {
        amount
        currency
      }
      reward {
        id
        definition {
          id
          name
        }
      }
    }
    lineDiscounts {
      lineId
      amount {
        amount
        currency
      }
    }
  }
`);

/** What the release dialog needs to know about a hold. */
export interface HoldSummary {
  id: string;
  expiresAt: string;
  amount: { amount: number; currency: string };
}

export function HoldStatusBadge({ status }: { status: HoldStatus }) {
  return <span className={`status-badge status-${status.toLowerCase()}`}>{status}</span>;
}

/** Still reserving balance: ACTIVE and not yet past its expiry (the server lapses it then). */
export function isLive(hold: { status: HoldStatus; expiresAt: string }, now: number): boolean {
  return hold.status === 'ACTIVE' && new Date(hold.expiresAt).getTime() > now;
}

function Expiry({
  status,
  expiresAt,
  now,
}: {
  status: HoldStatus;
  expiresAt: string;
  now: number;
}) {
  const timeZone = useTimeZone();
  const absolute = formatInstant(expiresAt, timeZone);
  if (status === 'ACTIVE' || status === 'EXPIRED') {
    return (
      <>
        <time dateTime={expiresAt}>{formatLapse(expiresAt, now)}</time>
        <div className="cell-note">{absolute}</div>
      </>
    );
  }
  // Released or captured: it never got to lapse.
  return (
    <>
      <time dateTime={expiresAt} className="muted">
        {absolute}
      </time>
      <div className="cell-note">would have lapsed</div>
    </>
  );
}

/**
 * One checkout hold as a table row, with the rewards it reserves and its line discounts in a row
 * below it on demand. With `onRelease` it offers to release a live hold.
 */
export function HoldRow({
  hold,
  now,
  onRelease,
}: {
  hold: FragmentType<typeof HoldRow_HoldFragment>;
  now: number;
  onRelease?: (hold: HoldSummary) => void;
}) {
  const h = getFragmentData(HoldRow_HoldFragment, hold);
  const detailsId = useId();
  const [open, setOpen] = useState(false);
  const amount = formatMoney(h.amount.amount, h.amount.currency);
  const rewards = [...new Set(h.allocations.map((a) => a.reward.definition.name))];

  return (
    <Fragment>
      <tr>
        <td className="num" data-label="Amount">
          {amount}
        </td>
        <td data-label="Status">
          <HoldStatusBadge status={h.status} />
          {h.redemptionId && (
            <div className="cell-note">
              redemption <code>{h.redemptionId}</code>
            </div>
          )}
        </td>
        <td className="cell-date" data-label="Lapses">
          <Expiry status={h.status} expiresAt={h.expiresAt} now={now} />
        </td>
        <td className="cell-reason" data-label="Rewards">
          {rewards.length > 0 ? rewards.join(', ') : <span className="muted">—</span>}
        </td>
        <td className="cell-actions">
          <button
            type="button"
            className="button button-small"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen((current) => !current)}
          >
            {open ? 'Hide details' : 'Details'}
          </button>
          {onRelease && isLive(h, now) && (
            <button
              type="button"
              className="button button-small button-danger-outline"
              aria-label={`Release the hold of ${amount}`}
              onClick={() => onRelease({ id: h.id, expiresAt: h.expiresAt, amount: h.amount })}
            >
              Release
            </button>
          )}
        </td>
      </tr>
      {open && (
        <tr id={detailsId} className="redemption-details">
          <td colSpan={5}>
            <AllocationDetails
              heading="Reserves"
              allocations={h.allocations}
              lineDiscounts={h.lineDiscounts}
            />
          </td>
        </tr>
      )}
    </Fragment>
  );
}
