import { createHash } from 'node:crypto';
import { ObjectLiteral, QueryFailedError } from 'typeorm';
import { ErrorResult, IdempotencyConflictError, isErrorResult } from '../../core/results';
import { LockFirst, Rollback } from '../../db/database';
import type { RequestContext } from '../../core/context';
import { IdempotencyKeyEntity } from './idempotency-key.entity';

/** JSON with object keys sorted, so equal inputs always fingerprint the same. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function fingerprint(operation: string, input: unknown): string {
  return createHash('sha256')
    .update(`${operation}\n${canonicalJson(input)}`)
    .digest('hex');
}

function isDuplicateKey(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const driverError = err.driverError as { errno?: number; code?: string } | undefined;
  return driverError?.errno === 1062 || driverError?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export interface IdempotentOperation<T, E extends ObjectLiteral> {
  operation: string;
  key: string;
  /** Everything that defines the request; a retry must send the same. */
  input: unknown;
  /** The row locked first (the profile), as the transaction helper takes it. */
  lockFirst?: LockFirst<E>;
  /** The effects; an ErrorResult rolls everything back and is not remembered. */
  work: (tx: RequestContext, locked: E | null) => Promise<T | ErrorResult>;
  /** How to name and reload a result. */
  resultRef: (result: T) => { type: string; id: string };
  load: (tx: RequestContext, ref: { type: string; id: string }) => Promise<T>;
}

/**
 * Runs a money-moving operation at most once per key: the key, a fingerprint of the input and
 * a reference to the first result are stored in the same transaction as the effects. The same
 * key and input returns the first result; a different input returns IdempotencyConflictError.
 */
export class IdempotencyService {
  async run<T, E extends ObjectLiteral>(
    ctx: RequestContext,
    op: IdempotentOperation<T, E>,
  ): Promise<T | ErrorResult> {
    const print = fingerprint(op.operation, op.input);
    const attempt = () =>
      ctx.transaction<T | ErrorResult, E>(
        async (tx, locked) => {
          const seen = await tx.em.findOne(IdempotencyKeyEntity, {
            where: { operation: op.operation, key: op.key },
          });
          if (seen) {
            if (seen.fingerprint !== print) {
              return new Rollback<T | ErrorResult>(
                new IdempotencyConflictError(
                  `idempotencyKey '${op.key}' was already used with a different input.`,
                ),
              );
            }
            return op.load(tx, { type: seen.resultType, id: seen.resultId });
          }
          const result = await op.work(tx, locked);
          if (isErrorResult(result)) return new Rollback<T | ErrorResult>(result);
          const ref = op.resultRef(result);
          await tx.em.insert(IdempotencyKeyEntity, {
            operation: op.operation,
            key: op.key,
            fingerprint: print,
            resultType: ref.type,
            resultId: ref.id,
            createdAt: tx.now(),
          });
          return result;
        },
        op.lockFirst ? { lockFirst: op.lockFirst } : {},
      );
    try {
      return await attempt();
    } catch (err) {
      // Two first attempts with one key that lock different rows (say, different profiles)
      // can both miss the key; the loser's insert fails, and a second look finds the winner.
      if (!isDuplicateKey(err) || ctx.inTransaction) throw err;
      return attempt();
    }
  }
}
