import { In, QueryFailedError } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { badInput } from '../../core/errors';
import type { EventBus } from '../../core/events';
import { newId } from '../../core/ids';
import { rowsById } from '../../core/loaders';
import * as check from '../../core/validate';
import { toDate } from '../../db/raw';
import { fingerprint } from '../idempotency';
import type { ProfileRecord, ProfilesService } from '../profiles';
import type { SettingsService } from '../settings';
import { TransactionEntity } from './transaction.entity';

export interface RecordTransactionRequest {
  profileId: string;
  externalId: string;
  total: number;
  currency?: string | null;
  occurredAt?: Date | null;
}

/** What recording a transaction announces, inside its transaction (reactions listen). */
export interface TransactionRecorded {
  transaction: TransactionEntity;
  profile: ProfileRecord;
  /** Lifetime spend before and after this transaction, cents. */
  spendBefore: number;
  spendAfter: number;
}

declare module '../../core/events' {
  interface DomainEvents {
    /** A purchase or return was recorded and lifetime spend moved (under the profile lock). */
    'transaction.recorded': TransactionRecorded;
  }
}

export interface TransactionsDeps {
  events: EventBus;
  settings: SettingsService;
  profiles: ProfilesService;
}

const MIN_INT32 = -2_147_483_648;

function isDuplicateKey(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const e = err.driverError as { errno?: number; code?: string } | undefined;
  return e?.errno === 1062 || (e?.code ?? '').startsWith('SQLITE_CONSTRAINT');
}

/**
 * Purchases and returns. Recording one moves the profile's lifetime spend (never below 0) and
 * its last-transaction time, and announces it; spend milestones and TRANSACTION_CREATED
 * reactions are paid by the reactions module in the same database transaction.
 */
export class TransactionsService {
  constructor(private readonly deps: TransactionsDeps) {}

  load(ctx: RequestContext, id: string): Promise<TransactionEntity> {
    return ctx.loaders
      .get(
        'transactions.byId',
        rowsById(
          (ids) => ctx.em.find(TransactionEntity, { where: { id: In([...ids]) } }),
          'transaction',
        ),
      )
      .load(id);
  }

  async record(ctx: RequestContext, req: RecordTransactionRequest): Promise<TransactionEntity> {
    const externalId = check.requiredText(req.externalId, 'externalId', 100);
    if (
      typeof req.total !== 'number' ||
      !Number.isInteger(req.total) ||
      req.total === 0 ||
      req.total < MIN_INT32 ||
      req.total > check.MAX_INT32
    ) {
      throw badInput(
        'total must be a non-zero whole number of cents within 32 bits (negative for a return)',
        'total',
      );
    }
    if (req.occurredAt != null) {
      check.validDate(req.occurredAt, 'occurredAt');
      if (req.occurredAt.getTime() < 0) throw badInput('occurredAt is before 1970', 'occurredAt');
    }
    const defaultCurrency = (await this.deps.settings.get(ctx)).defaultCurrency;
    const currency = req.currency ? check.currency(req.currency) : defaultCurrency;
    if (currency !== defaultCurrency) {
      throw badInput(
        `Lifetime spend is counted in ${defaultCurrency}; record transactions in it.`,
        'currency',
      );
    }
    const print = fingerprint('recordTransaction', {
      profileId: req.profileId,
      externalId,
      total: req.total,
      currency,
      occurredAt: req.occurredAt ?? null,
    });

    const attempt = () =>
      this.deps.profiles.underLock(ctx, req.profileId, async (tx, profile) => {
        const seen = await tx.em.findOneBy(TransactionEntity, { externalId });
        if (seen) return this.sameOrRefuse(seen, print);
        if (!profile) throw badInput(`No profile with id ${req.profileId}.`, 'profileId');
        const now = tx.now();
        const occurredAt = req.occurredAt ?? now;
        if (occurredAt.getTime() > now.getTime() + 60_000) {
          throw badInput('occurredAt cannot be in the future', 'occurredAt');
        }
        const transaction = tx.em.create(TransactionEntity, {
          id: newId(),
          profileId: profile.id,
          externalId,
          total: req.total,
          currency,
          occurredAt,
          fingerprint: print,
          createdAt: now,
        });
        await tx.em.insert(TransactionEntity, transaction);
        // A return never takes lifetime spend below nothing.
        const delta = Math.max(req.total, -profile.lifetimeSpend);
        const { before, after } = await this.deps.profiles.addSpend(tx, profile, delta);
        await this.deps.events.publish(tx, 'transaction.recorded', {
          transaction,
          profile,
          spendBefore: before,
          spendAfter: after,
        });
        return transaction;
      });
    try {
      return await attempt();
    } catch (err) {
      // The same externalId recorded at once for two profiles: the loser sees the winner.
      if (!isDuplicateKey(err) || ctx.inTransaction) throw err;
      return attempt();
    }
  }

  /** The first answer for an externalId, or BAD_USER_INPUT when the input differs. */
  private sameOrRefuse(seen: TransactionEntity, print: string): TransactionEntity {
    if (seen.fingerprint !== print) {
      throw badInput(
        `Transaction '${seen.externalId}' was already recorded with a different input.`,
        'externalId',
      );
    }
    return seen;
  }

  /** Each profile's latest transaction time (null when it has none), in one query. */
  async lastActivity(
    ctx: RequestContext,
    profileIds: readonly string[],
  ): Promise<Map<string, Date>> {
    const out = new Map<string, Date>();
    if (!profileIds.length) return out;
    const rows = await ctx.em
      .createQueryBuilder(TransactionEntity, 't')
      .select('t.profileId', 'profileId')
      .addSelect('MAX(t.occurredAt)', 'last')
      .where('t.profileId IN (:...ids)', { ids: [...profileIds] })
      .groupBy('t.profileId')
      .getRawMany<{ profileId: string; last: unknown }>();
    for (const r of rows) out.set(r.profileId, toDate(r.last));
    return out;
  }
}
