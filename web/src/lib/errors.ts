import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { formatMoney } from './money';

/** The `extensions.code` of the first GraphQL error, if the error came from the API. */
export function graphQLErrorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A message fit to show: the server's own words for GraphQL errors, a generic one otherwise. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const message = error.errors[0]?.message;
    if (message) return message;
  }
  return 'The server could not be reached. Check your connection and try again.';
}

/** What the error mapping needs to know of a form's field. */
export interface FieldInfo {
  /** The field's label, as the person sees it. */
  label: string;
  /** A money field: its amounts are minor units of this currency. */
  currency?: string;
}

/** What a form was refused with: a message per field, and one for the form where there is. */
export interface Refusal {
  fields: Record<string, string>;
  message?: string;
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'fields' in value;
}

const ROLE_WORDS: [RegExp, string][] = [
  [/\bADMINs\b/g, 'administrators'],
  [/\bADMIN\b/g, 'administrator'],
  [/\bMANAGERs\b/g, 'managers'],
  [/\bMANAGER\b/g, 'manager'],
  [/\bSTAFF\b/g, 'staff'],
];

function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?)]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * A server message in the person's terms: amounts in cents written as money, roles in words,
 * and, for a field, the field's name left out (the message sits next to the field) and the
 * usual checks said as what to do.
 */
export function humanMessage(message: string, field?: FieldInfo & { name: string }): string {
  let text = message;
  const currency = field?.currency;
  if (field) {
    const money = (n: string) => (currency ? formatMoney(Number(n), currency) : n);
    const rules: [RegExp, (...groups: string[]) => string][] = [
      [
        /must be a positive whole number of cents \(at most (\d+)\)/,
        (max) => `Enter an amount more than 0 and at most ${money(max)}`,
      ],
      [
        /must be a whole number from (\d+) to (\d+)/,
        (min, max) =>
          currency
            ? `Enter an amount from ${money(min)} to ${money(max)}`
            : `Enter a whole number from ${min} to ${max}`,
      ],
      [/must be at most (\d+) characters/, (max) => `Use at most ${max} characters`],
      [/must not contain control characters/, () => 'Remove the control characters'],
      [/^\S+ is required$/, () => 'Fill this in'],
      [/'(.*)' is not an IANA time zone/, (zone) => `“${zone}” is not a time zone; pick one`],
      [/'(.*)' is not an email address/, (email) => `“${email}” is not an email address`],
      [/is not an ISO 4217 currency|is not a currency/, () => 'Pick a currency from the list'],
    ];
    const rule = rules.find(([pattern]) => pattern.test(text));
    if (rule) {
      const groups = rule[0].exec(text)!.slice(1);
      text = rule[1](...groups);
    } else {
      // "maxRedemptionPercent must be …" → "Must be …": the label is already beside it.
      text = text.replace(new RegExp(`^(?:the )?${field.name}\\b:?\\s*`, 'i'), '');
    }
  }
  if (currency) {
    text = text.replace(/(\d+) cents\b/g, (_, n: string) => formatMoney(Number(n), currency));
  }
  for (const [pattern, words] of ROLE_WORDS) text = text.replace(pattern, words);
  return sentence(text);
}

/**
 * An error from the API as a refusal of the form: next to the field it names
 * (`extensions.field` or `fields`) when the form has that field, otherwise for the whole form.
 */
export function refusalOf(error: unknown, fields: Record<string, FieldInfo> = {}): Refusal {
  if (CombinedGraphQLErrors.is(error)) {
    const result: Refusal = { fields: {} };
    for (const e of error.errors) {
      const named = [
        e.extensions?.field,
        ...(Array.isArray(e.extensions?.fields) ? (e.extensions.fields as unknown[]) : []),
      ].filter((f): f is string => typeof f === 'string' && f in fields);
      if (named.length > 0) {
        for (const name of named) {
          result.fields[name] = humanMessage(e.message, { name, ...fields[name]! });
        }
      } else if (!result.message) {
        result.message =
          e.extensions?.code === 'FORBIDDEN'
            ? 'Your role does not allow this. Ask an administrator.'
            : humanMessage(e.message);
      }
    }
    return result;
  }
  return { fields: {}, message: errorMessage(error) };
}

/** A record without one key, for clearing a field's error as its input changes. */
export function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!(key in record)) return record;
  const next = { ...record };
  delete next[key];
  return next;
}
