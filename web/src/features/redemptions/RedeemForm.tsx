import { skipToken, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Checkbox, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { graphql } from '../../graphql/generated';
import type { RedeemInput, TransactionRefInput } from '../../graphql/generated/graphql';
import { formatLocalExpiry } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { formatMoney, parseDollarsToCents } from '../../lib/money';
import { optionalText } from '../../lib/text';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { useRedeem } from './useRedeem';

/** How long the amount must rest before the preview is asked for. */
export const PREVIEW_DEBOUNCE_MS = 300;

export const RedemptionPreviewQuery = graphql(`
  query RedemptionPreview($input: PreviewRedemptionInput!) {
    previewRedemption(input: $input) {
      amount {
        amount
        currency
      }
      maxRedeemable {
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
          expiresLocal
          definition {
            id
            name
          }
        }
      }
    }
  }
`);

/** What redeem would do now for the amount typed: read-only, asked for as the amount settles. */
function RedemptionPreview({
  profileId,
  amount,
  currency,
  strict,
}: {
  profileId: string;
  amount: string;
  currency: string;
  strict: boolean;
}) {
  const settled = useDebouncedValue(amount, PREVIEW_DEBOUNCE_MS);
  const parsed = parseDollarsToCents(settled);
  const cents = parsed.ok ? parsed.cents : null;
  const { data, error, loading } = useQuery(
    RedemptionPreviewQuery,
    cents === null
      ? skipToken
      : {
          variables: { input: { profileId, amount: cents, currency } },
          // A dry run that changes with every balance change: never served from the cache.
          fetchPolicy: 'no-cache',
        },
  );
  const preview = cents === null ? undefined : data?.previewRedemption;

  let body;
  if (cents === null) {
    body = <p className="muted">Enter an amount to see which rewards would pay.</p>;
  } else if (error) {
    body = <ErrorAlert message={errorMessage(error)} />;
  } else if (!preview || loading) {
    body = <p className="muted">Working out the preview…</p>;
  } else {
    const short = preview.amount.amount < cents;
    body = (
      <>
        <p className="preview-summary">
          Would redeem{' '}
          <strong>{formatMoney(preview.amount.amount, preview.amount.currency)}</strong> of{' '}
          {formatMoney(cents, currency)} requested. At most{' '}
          <strong>
            {formatMoney(preview.maxRedeemable.amount, preview.maxRedeemable.currency)}
          </strong>{' '}
          can be redeemed now.
        </p>
        {short && (
          <p className="preview-warning">
            {strict
              ? 'Strict is on: this redemption would fail. Lower the amount or turn strict off.'
              : `Not strict: only ${formatMoney(preview.amount.amount, preview.amount.currency)} would be redeemed.`}
          </p>
        )}
        {preview.allocations.length > 0 ? (
          <table className="table table-compact" aria-label="Rewards that would pay">
            <thead>
              <tr>
                <th>Reward</th>
                <th>Expires (local)</th>
                <th className="num">Amount</th>
              </tr>
            </thead>
            <tbody>
              {preview.allocations.map((a) => (
                <tr key={a.reward.id}>
                  <td>{a.reward.definition.name}</td>
                  <td>{formatLocalExpiry(a.reward.expiresLocal)}</td>
                  <td className="num">{formatMoney(a.amount.amount, a.amount.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="empty">No active reward in {currency} can pay.</p>
        )}
      </>
    );
  }

  return (
    <section className="preview" aria-label="Preview" aria-live="polite">
      <h3>Preview</h3>
      {body}
    </section>
  );
}

/**
 * Redeems a customer's rewards on their behalf, e.g. for a phone order. The idempotency key is
 * made once when the dialog opens, so a double click or a retry after a lost response cannot
 * redeem twice.
 */
export function RedeemForm({
  profileId,
  currencies,
  onRedeemed,
  onCancel,
}: {
  profileId: string;
  /** The currencies to offer, the brand's first (the default). */
  currencies: readonly string[];
  onRedeemed: (message: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [redeem] = useRedeem();
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(currencies[0] ?? '');
  const [strict, setStrict] = useState(true);
  const [transactionId, setTransactionId] = useState('');
  const [receiptRef, setReceiptRef] = useState('');
  const [locationId, setLocationId] = useState('');

  function submit() {
    const parsed = parseDollarsToCents(amount);
    if (!parsed.ok) return `Amount: ${parsed.error}`;
    const input: RedeemInput = {
      profileId,
      amount: parsed.cents,
      strict,
      idempotencyKey,
      ...(currency ? { currency } : {}),
    };
    const transaction: TransactionRefInput = {};
    const externalId = optionalText(transactionId);
    const receipt = optionalText(receiptRef);
    const location = optionalText(locationId);
    if (externalId) transaction.externalId = externalId;
    if (receipt) transaction.receiptRef = receipt;
    if (location) transaction.locationId = location;
    if (Object.keys(transaction).length > 0) input.transaction = transaction;
    return send(input);
  }

  async function send(input: RedeemInput) {
    const { data } = await redeem({ variables: { input } });
    const result = data?.redeem;
    switch (result?.__typename) {
      case 'Redemption': {
        const redeemed = formatMoney(result.amount.amount, result.amount.currency);
        onRedeemed(
          result.amount.amount < result.requested.amount
            ? `Redeemed ${redeemed} of ${formatMoney(
                result.requested.amount,
                result.requested.currency,
              )} requested.`
            : `Redeemed ${redeemed}.`,
        );
        return;
      }
      case 'InsufficientBalanceError':
        return `${result.message} (available ${formatMoney(
          result.available.amount,
          result.available.currency,
        )})`;
      case 'RedemptionPolicyError':
        return `${result.message} (most allowed ${formatMoney(
          result.maxAllowed.amount,
          result.maxAllowed.currency,
        )})`;
      case 'NotFoundError':
      case 'IdempotencyConflictError':
        return result.message;
    }
  }

  return (
    <FormDialog
      submitLabel="Redeem"
      submittingLabel="Redeeming…"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="form-grid">
        <TextField
          label={`Amount (${currency || 'dollars'})`}
          inputMode="decimal"
          placeholder="0.00"
          required
          value={amount}
          onChange={setAmount}
        />
        <div className="field">
          <label htmlFor={`${id}-currency`}>Currency</label>
          <select
            id={`${id}-currency`}
            value={currency}
            onChange={(event) => setCurrency(event.target.value)}
          >
            {currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Checkbox checked={strict} onChange={setStrict}>
        Strict: redeem exactly this amount or nothing
      </Checkbox>
      <fieldset className="choice">
        <legend>Transaction reference (optional)</legend>
        <div className="form-grid">
          <TextField
            label="Order or transaction id"
            value={transactionId}
            onChange={setTransactionId}
          />
          <TextField label="Receipt" value={receiptRef} onChange={setReceiptRef} />
          <TextField label="Location" value={locationId} onChange={setLocationId} />
        </div>
      </fieldset>
      <RedemptionPreview
        profileId={profileId}
        amount={amount}
        currency={currency}
        strict={strict}
      />
    </FormDialog>
  );
}
