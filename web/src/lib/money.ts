/** Largest amount the API accepts for an input: a positive 32-bit integer of cents. */
export const MAX_CENTS = 2_147_483_647;

export type CentsParseResult = { ok: true; cents: number } | { ok: false; error: string };

// Digits with an optional decimal part; thousands separators only where they belong.
const PLAIN = /^(\d+)?(?:\.(\d*))?$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;

/**
 * Parses a dollar amount typed by a person into integer cents, exactly: the string is split at
 * the decimal point and never goes through a float, so "0.29" is 29 and "4.35" is 435.
 * Accepts "12", "12.3", "12.34", ".5" and "1,000.50"; rejects more than two decimals,
 * signs, exponents and anything else.
 */
export function parseDollarsToCents(
  input: string,
  { allowZero = false }: { allowZero?: boolean } = {},
): CentsParseResult {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'Enter an amount.' };
  if (text.startsWith('-')) return { ok: false, error: 'The amount cannot be negative.' };
  if (text.includes(',') && !GROUPED.test(text)) {
    return {
      ok: false,
      error: 'Use commas only between groups of three digits, e.g. 1,000.50.',
    };
  }
  const match = PLAIN.exec(text.replace(/,/g, ''));
  const whole = match?.[1] ?? '';
  const fraction = match?.[2] ?? '';
  if (!match || (whole === '' && fraction === '')) {
    return { ok: false, error: 'Enter an amount in dollars, such as 12.50.' };
  }
  if (fraction.length > 2) {
    return { ok: false, error: 'Use at most 2 decimal places (whole cents).' };
  }
  // Too many digits cannot be a valid amount; checked before any arithmetic.
  const wholeDigits = whole.replace(/^0+/, '');
  if (wholeDigits.length > 8) return { ok: false, error: 'The amount is too large.' };
  const cents = Number(wholeDigits || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (cents > MAX_CENTS) return { ok: false, error: 'The amount is too large.' };
  if (cents === 0 && !allowZero) return { ok: false, error: 'The amount must be more than 0.' };
  return { ok: true, cents };
}

/** Integer cents as a plain dollar string for a form field: 1234 → "12.34", 500 → "5.00". */
export function centsToDollarsInput(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats integer minor units for display in the user's locale. */
export function formatMoney(amount: number, currency: string): string {
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    formatters.set(currency, formatter);
  }
  return formatter.format(amount / 100);
}

/** A signed amount with an explicit + for credits, e.g. "+$10.00" or "-$4.50". */
export function formatSignedMoney(amount: number, currency: string): string {
  return amount > 0 ? `+${formatMoney(amount, currency)}` : formatMoney(amount, currency);
}
