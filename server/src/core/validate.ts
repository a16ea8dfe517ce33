import { badInput } from './errors';
import { isCurrency } from './currency';
import { canonicalTimeZone } from './time';

// Input checks shared by services. Each throws BAD_USER_INPUT naming the field, before
// anything is written.

export const MAX_INT32 = 2_147_483_647;

/** A money input: a positive 32-bit whole number of cents. */
export function positiveCents(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0 || value > MAX_INT32) {
    throw badInput(
      `${field} must be a positive whole number of cents (at most ${MAX_INT32})`,
      field,
    );
  }
  return value;
}

export function wholeNumber(value: number, field: string, min: number, max = MAX_INT32): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${field} must be a whole number from ${min} to ${max}`, field);
  }
  return value;
}

/** Trimmed text that must not be blank. */
export function requiredText(value: string | null | undefined, field: string, max: number): string {
  const text = (value ?? '').trim();
  if (!text) throw badInput(`${field} is required`, field);
  if (text.length > max) throw badInput(`${field} must be at most ${max} characters`, field);
  return text;
}

/** Trimmed text, or null when blank. */
export function optionalText(value: string | null | undefined, field: string, max: number) {
  const text = (value ?? '').trim();
  if (text.length > max) throw badInput(`${field} must be at most ${max} characters`, field);
  return text || null;
}

export function currency(value: string, field = 'currency'): string {
  const code = value.trim().toUpperCase();
  if (!isCurrency(code))
    throw badInput(`${field} '${value}' is not an ISO 4217 currency code`, field);
  return code;
}

export function timeZone(value: string, field = 'timezone'): string {
  const zone = canonicalTimeZone(value.trim());
  if (!zone) throw badInput(`${field} '${value}' is not an IANA time zone`, field);
  return zone;
}

export function idempotencyKey(value: string): string {
  const key = value.trim();
  if (!key || key.length > 200) {
    throw badInput('idempotencyKey must be 1 to 200 characters', 'idempotencyKey');
  }
  return key;
}

/** A real date (not an Invalid Date). */
export function validDate(value: Date, field: string): Date {
  if (Number.isNaN(value.getTime())) throw badInput(`${field} is not a valid date`, field);
  return value;
}

/** A date in the future (with `now` from the request's clock). */
export function futureDate(value: Date, now: Date, field: string): Date {
  if (Number.isNaN(value.getTime())) throw badInput(`${field} is not a valid date`, field);
  if (value.getTime() <= now.getTime()) throw badInput(`${field} must be in the future`, field);
  return value;
}
