import { LogicEngine } from 'json-logic-engine';
import { badInput } from '../../core/errors';
import * as check from '../../core/validate';

// Pure rules of automatic issuance: conditions, spend milestones. No I/O.

const engine = new LogicEngine();
const CONDITION_BOUNDS = { maxDepth: 20, maxBytes: 8_192 };

/**
 * Checks a condition when a reaction is saved: JSON Logic made of the engine's own operators
 * only, each an object with one operator key. Anything else is BAD_USER_INPUT, so a reaction
 * never fails later on a rule nobody could evaluate.
 */
export function validateCondition(condition: unknown): object | boolean | null {
  if (condition === null || condition === undefined) return null;
  if (typeof condition === 'boolean') return condition;
  if (typeof condition !== 'object' || Array.isArray(condition)) {
    throw badInput('condition must be a JSON Logic object (or true/false)', 'condition');
  }
  check.boundedJsonObject(condition, 'condition', CONDITION_BOUNDS);
  const operators = engine.methods as Record<string, unknown>;
  const stack: unknown[] = [condition];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]));
    } else if (node !== null && typeof node === 'object') {
      const keys = Object.keys(node);
      if (keys.length !== 1) {
        throw badInput(
          `condition: a JSON Logic rule has exactly one operator, got ${keys.length} keys`,
          'condition',
        );
      }
      const op = keys[0];
      if (!Object.prototype.hasOwnProperty.call(operators, op)) {
        throw badInput(`condition: unknown JSON Logic operator '${op}'`, 'condition');
      }
      const args = (node as Record<string, unknown>)[op];
      // preserve holds data, not rules; eachKey holds an object of rules.
      if (op === 'preserve') continue;
      if (op === 'eachKey' && args && typeof args === 'object' && !Array.isArray(args)) {
        stack.push(...Object.values(args as Record<string, unknown>));
      } else {
        stack.push(args);
      }
    }
  }
  try {
    engine.build(condition);
  } catch {
    throw badInput('condition is not valid JSON Logic', 'condition');
  }
  return condition;
}

/** Whether a (validated) condition holds for the data; a rule that throws does not hold. */
export function conditionHolds(condition: object | boolean | null, data: object): boolean {
  if (condition === null) return true;
  if (typeof condition === 'boolean') return condition;
  try {
    return Boolean(engine.truthy(engine.run(condition, data)));
  } catch {
    return false;
  }
}

/** Most milestones one transaction pays per reaction: a guard against a 1-cent repeat. */
export const MAX_MILESTONES_PER_TRANSACTION = 100;

/** The spend at which milestone k (0, 1, 2, …) is reached. */
export function milestoneAmount(threshold: number, repeatEvery: number | null, k: number): number {
  return threshold + k * (repeatEvery ?? 0);
}

/**
 * The milestones passed when lifetime spend moves from `low` (exclusive) to `high`
 * (inclusive): the threshold, then every `repeatEvery` above it (once only without a repeat).
 * A purchase passes them upwards (low = before), a return downwards (low = after).
 */
export function milestonesBetween(
  threshold: number,
  repeatEvery: number | null,
  low: number,
  high: number,
): number[] {
  if (high < threshold || high <= low) return [];
  const last = repeatEvery ? Math.floor((high - threshold) / repeatEvery) : 0;
  const first =
    low < threshold ? 0 : repeatEvery ? Math.floor((low - threshold) / repeatEvery) + 1 : 1;
  const out: number[] = [];
  for (let k = first; k <= last && out.length < MAX_MILESTONES_PER_TRANSACTION; k++) out.push(k);
  return out;
}
