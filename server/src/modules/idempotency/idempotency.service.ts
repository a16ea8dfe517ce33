import { createHash } from 'node:crypto';
import { ObjectLiteral, QueryFailedError } from 'typeorm';
import {
  ErrorResult,
  errorResultFromJson,
  errorResultToJson,
  IdempotencyConflictError,
  isErrorResult,
  type StoredErrorResult,
} from '../../core/results';
import { LockFirst, Rollback } from '../../db/database';
import type { RequestContext } from '../../core/context';
import { insertRows } from '../../db/prepared';
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
  /**
   * The result's name and id when they are known before the work runs (a new row's id made
   * up front, or the row the operation changes). The key is then claimed by inserting its
   * answer first, and the stored answer is read only when the insert meets a duplicate: one
   * statement on the way of every first request instead of a look-up and an insert.
   */
  claim?: { type: string; id: string };
  /**
   * The effects. An ErrorResult rolls them back and becomes the key's answer. Checks that
   * depend on the time (an expiry in the future, a window still open) belong here, after the
   * key was looked up, so a retry gets the first answer whatever the clock says now.
   */
  work: (tx: RequestContext, locked: E | null) => Promise<T | ErrorResult>;
  /** How to name and reload a result. */
  resultRef: (result: T) => { type: string; id: string };
  load: (tx: RequestContext, ref: { type: string; id: string }) => Promise<T>;
}

/**
 * Runs a money-moving operation at most once per caller's key. The first answer for a key is
 * its answer for as long as the key is kept (Settings aside, at least a day): a result is
 * stored with its effects in one transaction, a refusal (an ErrorResult) right after the
 * rolled-back attempt. The same key and input gets that answer back, whatever happened
 * meanwhile; a different input gets IdempotencyConflictError. Keys are per caller (the
 * user or API key), so one caller can never receive another's answer.
 */
export class IdempotencyService {
  /**
   * Forgets keys first used before `cutoff` (DOMAIN.md: kept for a configurable retention,
   * 7 days by default, never under a day). Returns how many were removed.
   */
  async purgeOlderThan(ctx: RequestContext, cutoff: Date): Promise<number> {
    return ctx.transaction(async (tx) => {
      const result = await tx.em
        .createQueryBuilder()
        .delete()
        .from(IdempotencyKeyEntity)
        .where('createdAt < :cutoff', { cutoff })
        .execute();
      return result.affected ?? 0;
    });
  }

  async run<T, E extends ObjectLiteral>(
    ctx: RequestContext,
    op: IdempotentOperation<T, E>,
  ): Promise<T | ErrorResult> {
    const id = { scope: ctx.actor, operation: op.operation, key: op.key };
    const print = fingerprint(op.operation, op.input);
    const lock = op.lockFirst ? { lockFirst: op.lockFirst } : {};

    const answerOf = (tx: RequestContext, seen: IdempotencyKeyEntity) => {
      if (seen.fingerprint !== print) {
        return new IdempotencyConflictError(
          `idempotencyKey '${op.key}' was already used with a different input.`,
        );
      }
      if (seen.refusal) return errorResultFromJson(seen.refusal as StoredErrorResult);
      return op.load(tx, { type: seen.resultType, id: seen.resultId });
    };

    const insertAnswer = (tx: RequestContext, ref: { type: string; id: string }) =>
      insertRows(tx.em, IdempotencyKeyEntity, [
        tx.em.create(IdempotencyKeyEntity, {
          ...id,
          fingerprint: print,
          resultType: ref.type,
          resultId: ref.id,
          refusal: null,
          createdAt: tx.now(),
        }),
      ]);

    // Claims the key for `claim`; a duplicate means an answer is stored: hands it back.
    const claimed = async (tx: RequestContext, claim: { type: string; id: string }) => {
      try {
        await insertAnswer(tx, claim);
        return null;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        const seen = await tx.em.findOneOrFail(IdempotencyKeyEntity, { where: id });
        return answerOf(tx, seen);
      }
    };

    // Inside a caller's transaction a refusal cannot roll the claim back: look up first there.
    const claim = ctx.inTransaction ? undefined : op.claim;
    // The key is claimed before the profile's lock is waited for: a retry is answered without
    // queueing behind that lock, and the lock is held one round trip less. Only a twin with the
    // same key waits on the claim (for the first to commit or roll back); other keys never do.
    const attempt = () =>
      ctx.transaction<{ answer: T | ErrorResult; refused: boolean }, E>(
        async (tx, lockedFirst) => {
          let locked = lockedFirst;
          if (claim) {
            const stored = await claimed(tx, claim);
            if (stored) return new Rollback({ answer: stored, refused: false });
            if (op.lockFirst) locked = await tx.lock(op.lockFirst);
          } else {
            const seen = await tx.em.findOne(IdempotencyKeyEntity, { where: id });
            if (seen) return new Rollback({ answer: await answerOf(tx, seen), refused: false });
          }
          const result = await op.work(tx, locked);
          if (isErrorResult(result)) return new Rollback({ answer: result, refused: true });
          const ref = op.resultRef(result);
          if (!claim) await insertAnswer(tx, ref);
          else if (ref.type !== claim.type || ref.id !== claim.id) {
            throw new Error(`${op.operation} answered ${ref.type} ${ref.id}, not what it claimed`);
          }
          return { answer: result, refused: false };
        },
        claim ? {} : lock,
      );

    // A refusal is remembered after its attempt rolled back. If a twin of this request stored
    // an answer in between, that first answer is the key's answer for both.
    const remember = (refusal: ErrorResult) =>
      ctx.transaction<T | ErrorResult, E>(async (tx) => {
        const seen = await tx.em.findOne(IdempotencyKeyEntity, { where: id });
        if (seen) return answerOf(tx, seen);
        await tx.em.insert(IdempotencyKeyEntity, {
          ...id,
          fingerprint: print,
          resultType: refusal.constructor.name,
          resultId: '',
          refusal: errorResultToJson(refusal),
          createdAt: tx.now(),
        });
        return refusal;
      }, lock);

    const once = async () => {
      const { answer, refused } = await attempt();
      return refused && !ctx.inTransaction ? remember(answer as ErrorResult) : answer;
    };
    try {
      return await once();
    } catch (err) {
      // Two first attempts with one key that lock different rows (say, different profiles)
      // can both miss the key; the loser's insert fails, and a second look finds the winner.
      if (!isDuplicateKey(err) || ctx.inTransaction) throw err;
      return once();
    }
  }
}
