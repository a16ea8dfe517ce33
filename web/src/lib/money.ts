// Money in the app: integer minor units (ISO 4217: JPY none, AUD 2, KWD 3) plus a currency, the
// same as the API. One locale for every amount, the server's too, so a limit in an error message
// reads like the same limit on a form ("A$50.00").
export const MONEY_LOCALE = 'en';

/** Largest amount the API accepts for an input: a positive 32-bit integer of minor units. */
export const MAX_MINOR = 2_147_483_647;

export type MoneyParseResult = { ok: true; amount: number } | { ok: false; error: string };

const digitsCache = new Map<string, number>();

/** Digits after the decimal point in a currency's minor unit: JPY 0, AUD 2, KWD 3. */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat(MONEY_LOCALE, { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** What may stand before or after an amount in this currency: its code and symbols, and "$". */
function currencyMarks(currency: string): Set<string> {
  const marks = new Set([currency.toUpperCase()]);
  for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
    for (const locale of [MONEY_LOCALE, undefined]) {
      try {
        const part = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay })
          .formatToParts(1)
          .find((p) => p.type === 'currency');
        if (part) marks.add(part.value.toUpperCase());
      } catch {
        // An unknown code has only itself.
      }
    }
  }
  // "$10" is a dollar amount in whichever dollar the field is in (A$, US$, NZ$, …).
  // Also the usual country-prefixed forms: US$, AU$, A$, NZ$, C$.
  if ([...marks].some((m) => m.endsWith('$'))) {
    const code = currency.toUpperCase();
    for (const mark of ['$', `${code.slice(0, 2)}$`, `${code[0]}$`]) marks.add(mark);
  }
  return marks;
}

// Digits with an optional decimal part; thousands separators only where they belong.
const PLAIN = /^(\d+)?(?:\.(\d*))?$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;
const MARK_BEFORE = /^([^\d.,\s-]+)\s*/;
const MARK_AFTER = /\s*([^\d.,\s-]+)$/;

function example(currency: string): string {
  const digits = minorDigits(currency);
  return digits === 0 ? '1200' : `12.${'5'.padEnd(digits, '0')}`;
}

/**
 * Parses an amount typed by a person into integer minor units of `currency`, exactly: the text
 * is split at the decimal point and never goes through a float, so "0.29" is 29 and "4.35" is
 * 435. Accepts "10", "10.5", "$10", "A$10.00", "10 AUD" and "1,000.50"; rejects more decimals
 * than the currency has, signs, exponents, another currency's symbol and anything else.
 */
export function parseMoney(
  input: string,
  currency: string,
  { allowZero = false }: { allowZero?: boolean } = {},
): MoneyParseResult {
  let text = input.trim();
  if (text === '') return { ok: false, error: 'Enter an amount.' };
  if (text.startsWith('-')) return { ok: false, error: 'The amount cannot be negative.' };
  const marks = currencyMarks(currency);
  for (const pattern of [MARK_BEFORE, MARK_AFTER]) {
    const mark = pattern.exec(text);
    if (!mark) continue;
    if (!marks.has((mark[1] ?? '').toUpperCase())) {
      return {
        ok: false,
        error: `Enter the amount in ${currency}, such as ${example(currency)}.`,
      };
    }
    text = text.replace(pattern, '');
  }
  if (text.startsWith('-')) return { ok: false, error: 'The amount cannot be negative.' };
  if (text.includes(',') && !GROUPED.test(text)) {
    return { ok: false, error: 'Use commas only between groups of three digits, e.g. 1,000.' };
  }
  const match = PLAIN.exec(text.replace(/,/g, ''));
  const whole = match?.[1] ?? '';
  const fraction = match?.[2] ?? '';
  if (!match || (whole === '' && fraction === '')) {
    return { ok: false, error: `Enter an amount in ${currency}, such as ${example(currency)}.` };
  }
  const digits = minorDigits(currency);
  if (fraction.length > digits) {
    return {
      ok: false,
      error:
        digits === 0
          ? `${currency} has no smaller unit: enter a whole amount.`
          : `Use at most ${digits} decimal places.`,
    };
  }
  // Too many digits cannot be a valid amount; checked before any arithmetic.
  const wholeDigits = whole.replace(/^0+/, '');
  if (wholeDigits.length + digits > 10) return { ok: false, error: tooLarge(currency) };
  const amount = Number(wholeDigits || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0'));
  if (amount > MAX_MINOR) return { ok: false, error: tooLarge(currency) };
  if (amount === 0 && !allowZero) return { ok: false, error: 'The amount must be more than 0.' };
  return { ok: true, amount };
}

function tooLarge(currency: string): string {
  return `The amount is too large: at most ${formatMoney(MAX_MINOR, currency)}.`;
}

/** Minor units as a plain amount for a form field: 1234 AUD → "12.34", 500 JPY → "500". */
export function moneyToInput(amount: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  if (digits === 0) return `${sign}${abs}`;
  const unit = 10 ** digits;
  return `${sign}${Math.floor(abs / unit)}.${String(abs % unit).padStart(digits, '0')}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats integer minor units with the currency's own decimals: A$12.34, ¥500, KWD 1.250. */
export function formatMoney(amount: number, currency: string): string {
  let formatter = formatters.get(currency);
  if (!formatter) {
    const digits = minorDigits(currency);
    formatter = new Intl.NumberFormat(MONEY_LOCALE, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(currency, formatter);
  }
  return formatter.format(amount / 10 ** minorDigits(currency));
}

/** A signed amount with an explicit + for credits, e.g. "+A$10.00" or "-A$4.50". */
export function formatSignedMoney(amount: number, currency: string): string {
  return amount > 0 ? `+${formatMoney(amount, currency)}` : formatMoney(amount, currency);
}

/** The currency's symbol alone, for a field's label: "A$", "¥", "KWD". */
export function currencySymbol(currency: string): string {
  return (
    new Intl.NumberFormat(MONEY_LOCALE, { style: 'currency', currency })
      .formatToParts(0)
      .find((p) => p.type === 'currency')?.value ?? currency
  );
}

/** Every ISO 4217 currency the runtime knows, with its name: [["AUD", "Australian Dollar"], …]. */
export function currencyOptions(): [code: string, name: string][] {
  const names = new Intl.DisplayNames([MONEY_LOCALE], { type: 'currency' });
  return Intl.supportedValuesOf('currency').map((code) => [code, names.of(code) ?? code]);
}
