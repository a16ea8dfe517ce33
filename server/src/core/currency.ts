const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** A real ISO 4217 code, upper case (e.g. AUD). */
export function isCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code);
}

/** Digits after the decimal point in a currency's minor unit (ISO 4217: JPY 0, AUD 2, KWD 3). */
export function minorUnitDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/** An amount in minor units, written for people: A$50.00, ¥500, KWD 1.250. */
export function formatMoney(amount: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  return new Intl.NumberFormat('en', {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount / 10 ** digits);
}
