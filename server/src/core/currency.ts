const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** A real ISO 4217 code, upper case (e.g. AUD). */
export function isCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code);
}
