import { Fragment, useId, useState, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../graphql/generated';
import type { RedemptionStatus } from '../../graphql/generated/graphql';
import { formatInstant } from '../../lib/dates';
import { formatMoney } from '../../lib/money';
import { useTimeZone } from '../../lib/timeZone';
import { AllocationDetails } from './AllocationDetails';

export const RedemptionRow_RedemptionFragment = graphql(`
  fragment RedemptionRow_redemption on Redemption {
    id
    createdAt
    createdBy
    createdByLabel
    status
    reversedAt
    transactionExternalId
    receiptRef
    locationId
    amount {
      amount
      currency
    }
    requested {
      amount
      currency
    }
    returned {
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

/** What the reverse and return dialogs need to know about a redemption. */
export interface RedemptionSummary {
  id: string;
  createdAt: string;
  amount: { amount: number; currency: string };
  returned: { amount: number; currency: string };
}

export type RedemptionAction =
  | { kind: 'reverse'; redemption: RedemptionSummary }
  | { kind: 'return'; redemption: RedemptionSummary };

export function RedemptionStatusBadge({ status }: { status: RedemptionStatus }) {
  return <span className={`status-badge status-${status.toLowerCase()}`}>{status}</span>;
}

/** Reverse undoes a whole redemption; only one nothing was returned from yet. */
export function canReverse(status: RedemptionStatus): boolean {
  return status === 'COMPLETED';
}

/** Return gives back part of what is left. */
export function canReturn(status: RedemptionStatus): boolean {
  return status === 'COMPLETED' || status === 'PARTIALLY_RETURNED';
}

function TransactionRef({
  transactionExternalId,
  receiptRef,
  locationId,
}: {
  transactionExternalId?: string | null;
  receiptRef?: string | null;
  locationId?: string | null;
}) {
  if (!transactionExternalId && !receiptRef && !locationId) return <span className="muted">—</span>;
  return (
    <dl className="transaction-ref">
      {transactionExternalId && (
        <>
          <dt>Transaction</dt>
          <dd>
            <code>{transactionExternalId}</code>
          </dd>
        </>
      )}
      {receiptRef && (
        <>
          <dt>Receipt</dt>
          <dd>
            <code>{receiptRef}</code>
          </dd>
        </>
      )}
      {locationId && (
        <>
          <dt>Location</dt>
          <dd>
            <code>{locationId}</code>
          </dd>
        </>
      )}
    </dl>
  );
}

/**
 * One redemption as a table row, with its allocations and line discounts in a row below it
 * on demand. With `onAction` it offers reverse and return; with `profile` it names the customer.
 */
export function RedemptionRow({
  redemption,
  onAction,
  profile,
}: {
  redemption: FragmentType<typeof RedemptionRow_RedemptionFragment>;
  onAction?: (action: RedemptionAction) => void;
  profile?: ReactNode;
}) {
  const r = getFragmentData(RedemptionRow_RedemptionFragment, redemption);
  const timeZone = useTimeZone();
  const detailsId = useId();
  const [open, setOpen] = useState(false);
  const summary: RedemptionSummary = {
    id: r.id,
    createdAt: r.createdAt,
    amount: r.amount,
    returned: r.returned,
  };
  const partial = r.amount.amount !== r.requested.amount;
  const columns = 6 + (profile === undefined ? 0 : 1);

  return (
    <Fragment>
      <tr>
        <td className="cell-date" data-label="Time">
          {formatInstant(r.createdAt, timeZone)}
        </td>
        {profile !== undefined && <td data-label="Customer">{profile}</td>}
        <td className="num" data-label="Redeemed / requested">
          {formatMoney(r.amount.amount, r.amount.currency)}
          <span className="muted">
            {' / '}
            {formatMoney(r.requested.amount, r.requested.currency)}
          </span>
          {partial && <div className="cell-note">less than requested</div>}
        </td>
        <td data-label="Status">
          <RedemptionStatusBadge status={r.status} />
          {r.returned.amount > 0 && (
            <div className="cell-note">
              {formatMoney(r.returned.amount, r.returned.currency)} returned
            </div>
          )}
          {r.reversedAt && (
            <div className="cell-note">reversed {formatInstant(r.reversedAt, timeZone)}</div>
          )}
        </td>
        <td className="cell-transaction" data-label="Transaction">
          <TransactionRef {...r} />
        </td>
        <td className="cell-actor" data-label="By">
          {r.createdByLabel ? (
            <span title={r.createdBy ?? undefined}>{r.createdByLabel}</span>
          ) : (
            <span className="muted">—</span>
          )}
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
          {onAction && canReturn(r.status) && (
            <button
              type="button"
              className="button button-small"
              onClick={() => onAction({ kind: 'return', redemption: summary })}
            >
              Return
            </button>
          )}
          {onAction && canReverse(r.status) && (
            <button
              type="button"
              className="button button-small button-danger-outline"
              onClick={() => onAction({ kind: 'reverse', redemption: summary })}
            >
              Reverse
            </button>
          )}
        </td>
      </tr>
      {open && (
        <tr id={detailsId} className="redemption-details">
          <td colSpan={columns}>
            <AllocationDetails
              heading="Paid by"
              allocations={r.allocations}
              lineDiscounts={r.lineDiscounts}
            />
          </td>
        </tr>
      )}
    </Fragment>
  );
}
