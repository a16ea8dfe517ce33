import { formatMoney, moneyToInput, parseMoney } from '../../lib/money';

// A reaction's condition is JSON Logic over { profile, event }, evaluated by the server (see
// profileFacts in the server's reactions module for the facts). The builder covers the common
// cases and writes them in one canonical form; anything else is a custom condition, edited as
// JSON and never rewritten.

/** What the builder can say: every rule that is set must hold (AND). */
export interface BuilderCondition {
  /** The profile's tier is one of these (exactly as written on profiles). */
  tiers: string[] | null;
  /** The profile's birth month, 1 to 12 (from its birth date; no birth date never matches). */
  birthMonth: number | null;
  /** Lifetime spend at least this many minor units of the brand's currency. */
  minLifetimeSpend: number | null;
}

export const EMPTY_CONDITION: BuilderCondition = {
  tiers: null,
  birthMonth: null,
  minLifetimeSpend: null,
};

const TIER = { var: 'profile.tier' };
const BIRTH_MONTH = { substr: [{ var: 'profile.birthDate' }, 5, 2] };
const LIFETIME_SPEND = { var: 'profile.lifetimeSpend' };

type Logic = Record<string, unknown>;

/** The builder's condition as JSON Logic; null (always) when no rule is set. */
export function builderToLogic(condition: BuilderCondition): Logic | null {
  const rules: Logic[] = [];
  const { tiers, birthMonth, minLifetimeSpend } = condition;
  if (tiers && tiers.length === 1) rules.push({ '==': [TIER, tiers[0]] });
  if (tiers && tiers.length > 1) rules.push({ in: [TIER, [...tiers]] });
  if (birthMonth != null) {
    rules.push({ '==': [BIRTH_MONTH, String(birthMonth).padStart(2, '0')] });
  }
  if (minLifetimeSpend != null) rules.push({ '>=': [LIFETIME_SPEND, minLifetimeSpend] });
  if (rules.length === 0) return null;
  return rules.length === 1 ? rules[0]! : { and: rules };
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every(
        (k) =>
          k in b && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      )
    );
  }
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One rule of the builder read into `into`; false when it is not one. */
function readRule(rule: unknown, into: BuilderCondition): boolean {
  if (!isRecord(rule)) return false;
  const [op, ...more] = Object.keys(rule);
  const args = rule[op ?? ''];
  if (more.length > 0 || !Array.isArray(args) || args.length !== 2) return false;
  const [left, right] = args as [unknown, unknown];
  if (op === '==' && sameJson(left, TIER) && typeof right === 'string' && into.tiers === null) {
    into.tiers = [right];
    return true;
  }
  if (
    op === 'in' &&
    sameJson(left, TIER) &&
    Array.isArray(right) &&
    right.length > 0 &&
    right.every((t): t is string => typeof t === 'string') &&
    into.tiers === null
  ) {
    into.tiers = [...right];
    return true;
  }
  if (op === '==' && sameJson(left, BIRTH_MONTH) && typeof right === 'string') {
    const month = /^(0[1-9]|1[0-2])$/.test(right) ? Number(right) : null;
    if (month === null || into.birthMonth !== null) return false;
    into.birthMonth = month;
    return true;
  }
  if (
    op === '>=' &&
    sameJson(left, LIFETIME_SPEND) &&
    typeof right === 'number' &&
    Number.isSafeInteger(right) &&
    right > 0 &&
    into.minLifetimeSpend === null
  ) {
    into.minLifetimeSpend = right;
    return true;
  }
  return false;
}

/**
 * A condition as the builder shows it, or null when the builder cannot show it (a custom
 * condition). Only what the builder itself would write is read, so that a condition shown in
 * the builder is saved back exactly as it was: `builderToLogic(logicToBuilder(c))` is `c`.
 */
export function logicToBuilder(condition: unknown): BuilderCondition | null {
  if (condition === null || condition === undefined) return { ...EMPTY_CONDITION };
  if (!isRecord(condition)) return null;
  const read: BuilderCondition = { ...EMPTY_CONDITION };
  const keys = Object.keys(condition);
  const rules =
    keys.length === 1 && keys[0] === 'and' && Array.isArray(condition.and)
      ? (condition.and as unknown[])
      : [condition];
  if (!rules.every((rule) => readRule(rule, read))) return null;
  return sameJson(builderToLogic(read), condition) ? read : null;
}

// ------------------------------------------------------------------ the builder's fields

/** The builder's fields as typed: each rule on or off, with its value as text. */
export interface BuilderDraft {
  tierOn: boolean;
  /** Tier names separated by commas. */
  tiers: string;
  monthOn: boolean;
  /** "1" to "12", or "" before one is chosen. */
  month: string;
  spendOn: boolean;
  /** An amount of the brand's currency, as typed. */
  spend: string;
}

export const EMPTY_DRAFT: BuilderDraft = {
  tierOn: false,
  tiers: '',
  monthOn: false,
  month: '',
  spendOn: false,
  spend: '',
};

export function draftOf(condition: BuilderCondition, currency: string): BuilderDraft {
  return {
    tierOn: condition.tiers !== null,
    tiers: condition.tiers?.join(', ') ?? '',
    monthOn: condition.birthMonth !== null,
    month: condition.birthMonth === null ? '' : String(condition.birthMonth),
    spendOn: condition.minLifetimeSpend !== null,
    spend:
      condition.minLifetimeSpend === null ? '' : moneyToInput(condition.minLifetimeSpend, currency),
  };
}

/** The names in a comma-separated list of tiers, trimmed, each once. */
export function tierNames(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()))].filter(Boolean);
}

/** The builder's fields whose values are wrong, by field. */
export interface DraftErrors {
  conditionTiers?: string;
  conditionMonth?: string;
  conditionSpend?: string;
}

export type DraftResult =
  { ok: true; condition: BuilderCondition } | { ok: false; errors: DraftErrors };

/** The builder's fields read into a condition, or what is wrong with them. */
export function readDraft(draft: BuilderDraft, currency: string): DraftResult {
  const errors: DraftErrors = {};
  const condition: BuilderCondition = { ...EMPTY_CONDITION };
  if (draft.tierOn) {
    const tiers = tierNames(draft.tiers);
    if (tiers.length === 0) errors.conditionTiers = 'Enter at least one tier, such as Gold.';
    else if (tiers.some((t) => t.length > 64)) {
      errors.conditionTiers = 'A tier name has at most 64 characters.';
    } else condition.tiers = tiers;
  }
  if (draft.monthOn) {
    const month = Number(draft.month);
    if (!draft.month || !(month >= 1 && month <= 12)) errors.conditionMonth = 'Choose a month.';
    else condition.birthMonth = month;
  }
  if (draft.spendOn) {
    const parsed = parseMoney(draft.spend, currency);
    if (!parsed.ok) errors.conditionSpend = parsed.error;
    else condition.minLifetimeSpend = parsed.amount;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, condition };
}

// ------------------------------------------------------------------ in words

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "Gold", "Gold or Silver", "Gold, Silver or Bronze". */
function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The builder's rules in words, one phrase each. */
export function builderPhrases(condition: BuilderCondition, currency: string): string[] {
  const phrases: string[] = [];
  if (condition.tiers) {
    phrases.push(
      condition.tiers.length === 1
        ? `tier is ${condition.tiers[0]}`
        : `tier is ${orList(condition.tiers)}`,
    );
  }
  if (condition.birthMonth !== null) {
    phrases.push(`birth month is ${MONTH_NAMES[condition.birthMonth - 1]}`);
  }
  if (condition.minLifetimeSpend !== null) {
    phrases.push(`lifetime spend is at least ${formatMoney(condition.minLifetimeSpend, currency)}`);
  }
  return phrases;
}

export type ConditionWords =
  { kind: 'always' | 'never' | 'rules'; text: string } | { kind: 'custom'; text: string };

/** A condition for people: "Always", "Tier is Gold and birth month is March", or custom. */
export function describeCondition(condition: unknown, currency: string): ConditionWords {
  if (condition === null || condition === undefined || condition === true) {
    return { kind: 'always', text: 'Always' };
  }
  if (condition === false) return { kind: 'never', text: 'Never' };
  const read = logicToBuilder(condition);
  if (!read) return { kind: 'custom', text: 'Custom condition' };
  const text = builderPhrases(read, currency).join(' and ');
  return { kind: 'rules', text: text.charAt(0).toUpperCase() + text.slice(1) };
}

// ------------------------------------------------------------------ the JSON view

/** A condition as the JSON view shows it: "" for none. */
export function conditionText(condition: unknown): string {
  return condition === null || condition === undefined ? '' : JSON.stringify(condition, null, 2);
}

export type JsonResult = { ok: true; condition: unknown } | { ok: false; error: string };

/** The JSON view's text read as a condition: empty is none (always). */
export function parseConditionText(text: string): JsonResult {
  if (!text.trim()) return { ok: true, condition: null };
  try {
    return { ok: true, condition: JSON.parse(text) as unknown };
  } catch (caught) {
    const detail = caught instanceof SyntaxError ? caught.message : '';
    return {
      ok: false,
      error: `This is not valid JSON${detail ? ` (${detail.replace(/^JSON\.parse: /, '')})` : ''}.`,
    };
  }
}

/**
 * The server's refusal of a condition said as what to do. Its messages name the JSON Logic
 * rule that failed; anything not known here is passed on as it was said.
 */
export function conditionMessage(message: string): string {
  const rules: [RegExp, (...groups: string[]) => string][] = [
    [
      /must be a JSON Logic object/i,
      () =>
        'Write the condition as one JSON Logic rule, such as {"==": [{"var": "profile.tier"}, "Gold"]}.',
    ],
    [
      /exactly one operator, got (\d+) keys/i,
      (keys) =>
        `Each rule is an object with exactly one operator; one here has ${keys}. Combine rules with "and" or "or".`,
    ],
    [
      /unknown JSON Logic operator '(.*)'/i,
      (op) => `“${op}” is not an operator conditions may use. Check its spelling.`,
    ],
    [
      /is not valid JSON Logic/i,
      () => 'The server cannot evaluate this rule. Check each operator’s arguments.',
    ],
    [/nested at most (\d+) levels/i, (depth) => `Nest rules at most ${depth} levels deep.`],
    [/at most (\d+) bytes/i, (bytes) => `Keep the condition under ${bytes} bytes of JSON.`],
  ];
  for (const [pattern, say] of rules) {
    const match = pattern.exec(message);
    if (match) return say(...match.slice(1));
  }
  return message;
}
