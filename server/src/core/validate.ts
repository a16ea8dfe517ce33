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

// Control characters have no place in names, ids or e-mails; free text (reasons,
// descriptions) may also hold line breaks and tabs.
// These patterns match control characters on purpose.
/* eslint-disable no-control-regex */
export const CONTROL = /[\u0000-\u001f\u007f]/;
export const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/* eslint-enable no-control-regex */

export interface TextOptions {
  /** Free text that may span lines (reasons, descriptions). */
  multiline?: boolean;
}

function text(value: string | null | undefined, field: string, max: number, o: TextOptions) {
  const trimmed = (value ?? '').trim();
  if (trimmed.length > max) throw badInput(`${field} must be at most ${max} characters`, field);
  if ((o.multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(trimmed)) {
    throw badInput(`${field} must not contain control characters`, field);
  }
  return trimmed;
}

/** Trimmed text that must not be blank. */
export function requiredText(
  value: string | null | undefined,
  field: string,
  max: number,
  options: TextOptions = {},
): string {
  const t = text(value, field, max, options);
  if (!t) throw badInput(`${field} is required`, field);
  return t;
}

/** Trimmed text, or null when blank. */
export function optionalText(
  value: string | null | undefined,
  field: string,
  max: number,
  options: TextOptions = {},
): string | null {
  return text(value, field, max, options) || null;
}

export interface JsonBounds {
  maxDepth: number;
  maxBytes: number;
}

/**
 * A JSON object within bounds, measured without recursion (a value nested 10,000 deep must
 * be refused, not overflow the stack while being measured or serialised).
 */
export function boundedJsonObject(
  value: unknown,
  field: string,
  { maxDepth, maxBytes }: JsonBounds,
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badInput(`${field} must be a JSON object`, field);
  }
  const tooBig = () => badInput(`${field} must be at most ${maxBytes} bytes of JSON`, field);
  let bytes = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node !== null && typeof node === 'object') {
      if (depth > maxDepth) {
        throw badInput(`${field} must be nested at most ${maxDepth} levels deep`, field);
      }
      bytes += 2;
      for (const [k, v] of Object.entries(node)) {
        bytes += Array.isArray(node) ? 1 : Buffer.byteLength(k) + 4;
        if (bytes > maxBytes) throw tooBig();
        stack.push([v, depth + 1]);
      }
    } else {
      bytes += typeof node === 'string' ? Buffer.byteLength(node) + 2 : String(node).length;
    }
    if (bytes > maxBytes) throw tooBig();
  }
  // Measured as small and shallow: serialising it is safe and gives the exact size.
  if (Buffer.byteLength(JSON.stringify(value)) > maxBytes) throw tooBig();
  return value as Record<string, unknown>;
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

/** The description of every idempotencyKey input. */
export const IDEMPOTENCY_KEY =
  'Your unique key for this operation, 1 to 200 characters, scoped to you: a retry with the same key and input gets the first answer and changes nothing again; another input is IdempotencyConflictError.';

export function idempotencyKey(value: string): string {
  const key = value.trim();
  if (!key || key.length > 200 || CONTROL.test(key)) {
    throw badInput(
      'idempotencyKey must be 1 to 200 characters without control characters',
      'idempotencyKey',
    );
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
