import { skipToken, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Checkbox, MoneyField, SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { graphql } from '../../graphql/generated';
import type {
  CartInput,
  RedeemInput,
  RedemptionPolicyQuery as PolicyResult,
  TransactionRefInput,
} from '../../graphql/generated/graphql';
import { formatInstant } from '../../lib/dates';
import { errorMessage, humanMessage, type FieldInfo, type Refusal } from '../../lib/errors';
import { formatMoney, parseMoney } from '../../lib/money';
import { optionalText } from '../../lib/text';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { useFieldErrors } from '../../lib/useFieldErrors';
import { useRedeem } from './useRedeem';

/** How long the amount and cart must rest before the preview is asked for. */
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
      eligibleSubtotal {
        amount
        currency
      }
      lineDiscounts {
        lineId
        amount {
          amount
          currency
        }
      }
      allocations {
        amount {
          amount
          currency
        }
        reward {
          id
          expiresAt
          timezone
          definition {
            id
            name
          }
        }
      }
    }
  }
`);

/** The brand's redemption policy, shown beside the cart. */
export const RedemptionPolicyQuery = graphql(`
  query RedemptionPolicy {
    settings {
      excludedCategories
      minimumSpend
      maxRedemptionPercent
      maxRedemptionAmount
    }
  }
`);

type Policy = PolicyResult['settings'];

/** A cart line as typed at the counter. */
export interface CartLineDraft {
  key: number;
  category: string;
  quantity: string;
  unitPrice: string;
  discount: string;
}

function emptyLine(key: number): CartLineDraft {
  return { key, category: '', quantity: '1', unitPrice: '', discount: '' };
}

/** The id a line is sent with, and named by in the preview: its place in the cart. */
export function lineId(index: number): string {
  return `line-${index + 1}`;
}

/**
 * The cart as the API takes it, or what is wrong with each line (keys like `line-1-unitPrice`).
 * No line at all is no cart.
 */
export function toCart(
  lines: readonly CartLineDraft[],
  currency: string,
): { cart: CartInput | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (lines.length === 0) return { cart: null, errors };
  const cart: CartInput = { lines: [] };
  lines.forEach((line, index) => {
    const id = lineId(index);
    const quantity = line.quantity.trim();
    if (!/^\d{1,6}$/.test(quantity) || Number(quantity) < 1) {
      errors[`${id}-quantity`] = 'Enter a whole number of at least 1.';
    }
    const price = parseMoney(line.unitPrice, currency, { allowZero: true });
    if (!price.ok) errors[`${id}-unitPrice`] = price.error;
    const discount = line.discount.trim()
      ? parseMoney(line.discount, currency, { allowZero: true })
      : ({ ok: true, amount: 0 } as const);
    if (!discount.ok) errors[`${id}-discount`] = discount.error;
    if (price.ok && discount.ok && discount.amount > price.amount * Number(quantity || 0)) {
      errors[`${id}-discount`] = 'The discount cannot be more than the line’s price.';
    }
    cart.lines.push({
      id,
      quantity: Number(quantity),
      unitPrice: price.ok ? price.amount : 0,
      ...(discount.ok && discount.amount > 0 ? { discount: discount.amount } : {}),
      ...(line.category.trim() ? { category: line.category.trim() } : {}),
    });
  });
  return { cart, errors };
}

/** The line errors to show while typing: only for what has been typed (empty is for submit). */
function liveLineErrors(lines: readonly CartLineDraft[], errors: Record<string, string>) {
  const live: Record<string, string> = {};
  lines.forEach((line, index) => {
    for (const field of ['quantity', 'unitPrice', 'discount'] as const) {
      const key = `${lineId(index)}-${field}`;
      if (errors[key] && line[field].trim()) live[key] = errors[key];
    }
  });
  return live;
}

/** The policy caps in words: "at most 50% of the eligible subtotal; minimum spend A$20.00". */
export function policySummary(policy: Policy, currency: string): string {
  const parts: string[] = [];
  if (policy.maxRedemptionPercent != null) {
    parts.push(`at most ${policy.maxRedemptionPercent}% of the eligible subtotal`);
  }
  if (policy.maxRedemptionAmount != null) {
    parts.push(`at most ${formatMoney(policy.maxRedemptionAmount, currency)} per redemption`);
  }
  if (policy.minimumSpend > 0) {
    parts.push(`an eligible subtotal of at least ${formatMoney(policy.minimumSpend, currency)}`);
  }
  return parts.length ? `Policy: ${parts.join('; ')}.` : 'Policy: no cap.';
}

type PreviewData = NonNullable<ReturnType<typeof useRedemptionPreview>['preview']>;

/** The preview for what is typed, asked for once it has rested; none while it is not valid. */
function useRedemptionPreview(input: RedeemInput | null) {
  const settled = useDebouncedValue(input ? JSON.stringify(input) : null, PREVIEW_DEBOUNCE_MS);
  const current = input ? JSON.stringify(input) : null;
  const variables = settled && settled === current ? (JSON.parse(settled) as RedeemInput) : null;
  const { data, error, loading } = useQuery(
    RedemptionPreviewQuery,
    variables === null
      ? skipToken
      : {
          variables: {
            input: {
              profileId: variables.profileId,
              amount: variables.amount,
              ...(variables.currency ? { currency: variables.currency } : {}),
              ...(variables.cart ? { cart: variables.cart } : {}),
            },
          },
          // A dry run that changes with every balance change: never served from the cache.
          fetchPolicy: 'no-cache',
        },
  );
  return {
    waiting: input !== null && (variables === null || loading),
    error: variables ? error : undefined,
    preview: variables && !loading ? data?.previewRedemption : undefined,
  };
}

/** Why Redeem would fail now, from the preview, or null when it would go through. */
export function blockedReason(
  preview: Pick<PreviewData, 'amount' | 'maxRedeemable'>,
  requested: number,
  strict: boolean,
): string | null {
  const most = formatMoney(preview.maxRedeemable.amount, preview.maxRedeemable.currency);
  if (preview.amount.amount === 0) {
    return `Nothing can be redeemed now (at most ${most}).`;
  }
  if (strict && preview.amount.amount < requested) {
    return `Strict is on and at most ${most} can be redeemed: lower the amount or turn strict off.`;
  }
  return null;
}

function CartLines({
  lines,
  currency,
  policy,
  preview,
  errors,
  onChange,
}: {
  lines: readonly CartLineDraft[];
  currency: string;
  policy: Policy | undefined;
  preview: PreviewData | undefined;
  errors: Record<string, string | undefined>;
  onChange: (lines: CartLineDraft[]) => void;
}) {
  const excluded = new Set(policy?.excludedCategories ?? []);
  const set = (index: number, change: Partial<CartLineDraft>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...change } : line)));
  return (
    <fieldset className="choice cart">
      <legend>Cart (optional)</legend>
      <p className="field-hint">
        With a cart, rewards pay only for eligible lines, within the policy.{' '}
        {policy && policySummary(policy, currency)}
        {policy && policy.excludedCategories.length > 0 && (
          <> Never paid for: {policy.excludedCategories.join(', ')}.</>
        )}
      </p>
      {policy && policy.excludedCategories.length > 0 && (
        <datalist id="cart-categories">
          {policy.excludedCategories.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      )}
      {lines.map((line, index) => {
        const id = lineId(index);
        const category = line.category.trim();
        const discount = preview?.lineDiscounts.find((d) => d.lineId === id);
        return (
          <div key={line.key} className="cart-line" role="group" aria-label={`Line ${index + 1}`}>
            <div className="cart-line-fields">
              <TextField
                label="Category"
                list="cart-categories"
                value={line.category}
                onChange={(category) => set(index, { category })}
              />
              <TextField
                label="Quantity"
                inputMode="numeric"
                value={line.quantity}
                error={errors[`${id}-quantity`]}
                onChange={(quantity) => set(index, { quantity })}
              />
              <MoneyField
                label="Unit price"
                currency={currency}
                value={line.unitPrice}
                error={errors[`${id}-unitPrice`]}
                onChange={(unitPrice) => set(index, { unitPrice })}
              />
              <MoneyField
                label="Line discount"
                currency={currency}
                value={line.discount}
                error={errors[`${id}-discount`]}
                onChange={(discount) => set(index, { discount })}
              />
            </div>
            <div className="cart-line-result">
              {category && excluded.has(category) ? (
                <span className="cart-excluded">Excluded: rewards never pay for “{category}”.</span>
              ) : discount ? (
                <span>
                  Rewards pay <strong>{formatMoney(discount.amount.amount, currency)}</strong> of
                  this line.
                </span>
              ) : preview ? (
                <span className="muted">Rewards pay nothing of this line.</span>
              ) : null}
              <button
                type="button"
                className="button button-small"
                aria-label={`Remove line ${index + 1}`}
                onClick={() => onChange(lines.filter((_, i) => i !== index))}
              >
                Remove
              </button>
            </div>
          </div>
        );
      })}
      <button
        type="button"
        className="button button-small"
        onClick={() => onChange([...lines, emptyLine(Math.max(0, ...lines.map((l) => l.key)) + 1)])}
      >
        Add cart line
      </button>
    </fieldset>
  );
}

function PreviewPanel({
  state,
  requested,
  currency,
  strict,
  withCart,
  blocked,
}: {
  state: ReturnType<typeof useRedemptionPreview>;
  requested: number | null;
  currency: string;
  strict: boolean;
  withCart: boolean;
  blocked: string | null;
}) {
  const { preview, error, waiting } = state;
  let body;
  if (requested === null) {
    body = <p className="muted">Enter an amount to see which rewards would pay.</p>;
  } else if (error) {
    body = <ErrorAlert message={humanMessage(errorMessage(error))} />;
  } else if (waiting || !preview) {
    body = <p className="muted">Working out the preview…</p>;
  } else {
    body = (
      <>
        <p className="preview-summary">
          Would redeem{' '}
          <strong>{formatMoney(preview.amount.amount, preview.amount.currency)}</strong> of{' '}
          {formatMoney(requested, currency)} requested. At most{' '}
          <strong>
            {formatMoney(preview.maxRedeemable.amount, preview.maxRedeemable.currency)}
          </strong>{' '}
          can be redeemed now
          {withCart && (
            <>
              {' '}
              (eligible subtotal{' '}
              {formatMoney(preview.eligibleSubtotal.amount, preview.eligibleSubtotal.currency)})
            </>
          )}
          .
        </p>
        {blocked ? (
          <p className="preview-warning">{blocked}</p>
        ) : (
          preview.amount.amount < requested &&
          !strict && (
            <p className="preview-warning">
              Not strict: only {formatMoney(preview.amount.amount, preview.amount.currency)} would
              be redeemed.
            </p>
          )
        )}
        {preview.allocations.length > 0 ? (
          <table className="table table-compact" aria-label="Rewards that would pay">
            <thead>
              <tr>
                <th>Reward</th>
                <th>Expires</th>
                <th className="num">Amount</th>
              </tr>
            </thead>
            <tbody>
              {preview.allocations.map((a) => (
                <tr key={a.reward.id}>
                  <td>{a.reward.definition.name}</td>
                  <td>{formatInstant(a.reward.expiresAt, a.reward.timezone)}</td>
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
 * Redeems a customer's rewards at the counter or for a phone order, optionally against a cart
 * (excluded categories and the policy cap apply, and the discount is spread over the lines).
 * The preview runs as the amount and cart settle; Redeem stays disabled, saying why, while the
 * preview says it would fail. The idempotency key is made once when the dialog opens, so a
 * double click or a retry after a lost response cannot redeem twice.
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
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [redeem] = useRedeem();
  const policy = useQuery(RedemptionPolicyQuery).data?.settings;
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(currencies[0] ?? 'AUD');
  const [strict, setStrict] = useState(true);
  const [lines, setLines] = useState<CartLineDraft[]>([]);
  const [transactionId, setTransactionId] = useState('');
  const [receiptRef, setReceiptRef] = useState('');
  const [locationId, setLocationId] = useState('');
  const errors = useFieldErrors<string>({
    amount: { label: 'Amount', currency },
    currency: { label: 'Currency' },
    cart: { label: 'Cart', currency },
  } satisfies Record<string, FieldInfo>);

  const parsed = parseMoney(amount, currency);
  const requested = parsed.ok ? parsed.amount : null;
  const cart = toCart(lines, currency);
  const cartValid = Object.keys(cart.errors).length === 0;
  const draft: RedeemInput | null =
    requested !== null && cartValid
      ? {
          profileId,
          amount: requested,
          currency,
          strict,
          idempotencyKey,
          ...(cart.cart ? { cart: cart.cart } : {}),
        }
      : null;
  const previewState = useRedemptionPreview(draft);
  const blocked =
    previewState.preview && requested !== null
      ? blockedReason(previewState.preview, requested, strict)
      : null;
  const submitHint =
    draft === null
      ? null
      : previewState.error
        ? 'Redeem is off: the preview was refused.'
        : previewState.waiting
          ? 'Redeem waits for the preview…'
          : blocked
            ? `Redeem is off: ${blocked}`
            : null;

  function submit(): Refusal | Promise<Refusal | string | void> {
    const fields: Record<string, string> = { ...cart.errors };
    if (!parsed.ok) fields.amount = parsed.error;
    if (!draft || Object.keys(fields).length > 0) return { fields };
    const input: RedeemInput = { ...draft };
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

  async function send(input: RedeemInput): Promise<Refusal | string | void> {
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
        return {
          fields: {
            amount: `The balance covers only ${formatMoney(
              result.available.amount,
              result.available.currency,
            )}.`,
          },
        };
      case 'RedemptionPolicyError':
        return {
          fields: {
            amount: `The redemption policy allows at most ${formatMoney(
              result.maxAllowed.amount,
              result.maxAllowed.currency,
            )} here.`,
          },
        };
      case 'NotFoundError':
      case 'IdempotencyConflictError':
        return humanMessage(result.message);
    }
  }

  return (
    <FormDialog
      submitLabel="Redeem"
      submittingLabel="Redeeming…"
      onSubmit={submit}
      onCancel={onCancel}
      fieldErrors={errors}
      canSubmit={submitHint === null}
      submitHint={submitHint}
    >
      <div className="form-grid">
        <MoneyField
          label="Amount"
          currency={currency}
          placeholder="0.00"
          required
          value={amount}
          {...errors.bind('amount', setAmount)}
        />
        <SelectField label="Currency" value={currency} {...errors.bind('currency', setCurrency)}>
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </SelectField>
      </div>
      <Checkbox checked={strict} onChange={setStrict}>
        Strict: redeem exactly this amount or nothing
      </Checkbox>
      <CartLines
        lines={lines}
        currency={currency}
        policy={policy}
        preview={previewState.preview}
        errors={{ ...liveLineErrors(lines, cart.errors), ...errors.errors }}
        onChange={(next) => {
          // What a submit found about the lines goes once they change; live checks stay.
          errors.set(
            Object.fromEntries(
              Object.entries(errors.errors).filter(
                (entry): entry is [string, string] =>
                  !entry[0].startsWith('line-') && entry[0] !== 'cart' && !!entry[1],
              ),
            ),
          );
          setLines(next);
        }}
      />
      {errors.errors.cart && <p className="field-error">{errors.errors.cart}</p>}
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
      <PreviewPanel
        state={previewState}
        requested={requested}
        currency={currency}
        strict={strict}
        withCart={cart.cart !== null}
        blocked={blocked}
      />
    </FormDialog>
  );
}
