import { newId } from '../../core/ids';
import type { RequestContext } from '../../core/context';
import type { EventBus } from '../../core/events';
import { insertRows } from '../../db/prepared';
import { LedgerEntryEntity, LedgerEntryTypeName } from './ledger-entry.entity';

export interface LedgerChange {
  profileId: string;
  currency: string;
  type: LedgerEntryTypeName;
  rewardId: string | null;
  redemptionId?: string | null;
  amount: number;
  reason: string | null;
  /** EXTEND: the reward's expiry before and after. */
  expiry?: { before: Date; after: Date };
}

interface Head {
  seq: number;
  balance: number;
}

/** What the ledger announces when entries are appended (one event per transaction step). */
export interface LedgerAppended {
  entries: readonly LedgerEntryEntity[];
}

declare module '../../core/events' {
  interface DomainEvents {
    /** Entries appended to the ledger, in the transaction that made the change. */
    'ledger.appended': LedgerAppended;
  }
}

/**
 * Appends to the immutable ledger. Callers hold the profile's lock, so reading the last entry
 * and writing the next one cannot interleave with another writer on the same profile.
 */
export class LedgerService {
  // Heads already read in a transaction (by the query that also read the spendable rewards),
  // kept per transaction and moved on by every append in it.
  private readonly heads = new WeakMap<object, Map<string, Head>>();

  constructor(private readonly events: EventBus) {}

  /**
   * The last entry of a profile's chain in one currency (parameters: profileId, currency),
   * shaped to follow a UNION ALL of (kind, id, expiresAt, issuedAt, seq, balanceAfter).
   */
  readonly headSql =
    "SELECT * FROM (SELECT 'L' AS kind, NULL AS id, NULL AS expiresAt, NULL AS issuedAt, " +
    'l.seq AS valueRemaining, l.balanceAfter AS reserved FROM ledger_entries l ' +
    'WHERE l.profileId = :profileId AND l.currency = :currency ORDER BY l.seq DESC LIMIT 1) head';

  /** Records a chain's head read under the profile's lock, for this transaction's appends. */
  knowHead(tx: RequestContext, profileId: string, currency: string, head: Head): void {
    let known = this.heads.get(tx.em);
    if (!known) this.heads.set(tx.em, (known = new Map<string, Head>()));
    known.set(`${profileId}:${currency}`, head);
  }

  async append(ctx: RequestContext, changes: LedgerChange[]): Promise<LedgerEntryEntity[]> {
    const heads = this.heads.get(ctx.em) ?? new Map<string, Head>();
    if (ctx.inTransaction) this.heads.set(ctx.em, heads);
    const unknown = changes.filter((c) => !heads.has(`${c.profileId}:${c.currency}`));
    for (const [chain, head] of await this.readHeads(ctx, unknown)) heads.set(chain, head);
    const entries: LedgerEntryEntity[] = [];
    for (const change of changes) {
      const chain = `${change.profileId}:${change.currency}`;
      let head = heads.get(chain);
      if (!head) {
        const last = await ctx.em.findOne(LedgerEntryEntity, {
          where: { profileId: change.profileId, currency: change.currency },
          order: { seq: 'DESC' },
          select: { seq: true, balanceAfter: true },
        });
        head = { seq: last?.seq ?? 0, balance: last?.balanceAfter ?? 0 };
      }
      head = { seq: head.seq + 1, balance: head.balance + change.amount };
      heads.set(chain, head);
      entries.push(
        ctx.em.create(LedgerEntryEntity, {
          id: newId(),
          profileId: change.profileId,
          currency: change.currency,
          seq: head.seq,
          type: change.type,
          rewardId: change.rewardId,
          redemptionId: change.redemptionId ?? null,
          amount: change.amount,
          balanceAfter: head.balance,
          actor: ctx.actor,
          reason: change.reason,
          expiresBefore: change.expiry?.before ?? null,
          expiresAfter: change.expiry?.after ?? null,
          createdAt: ctx.now(),
        }),
      );
    }
    if (entries.length) {
      await insertRows(ctx.em, LedgerEntryEntity, entries);
      await this.events.publish(ctx, 'ledger.appended', { entries });
    }
    return entries;
  }

  /**
   * The last entry of each chain the changes touch, in one query when they touch several
   * profiles (a batch of automatic issues), so a batch costs the same round trips as one.
   */
  private async readHeads(
    ctx: RequestContext,
    changes: LedgerChange[],
  ): Promise<Map<string, { seq: number; balance: number }>> {
    const heads = new Map<string, { seq: number; balance: number }>();
    const profiles = [...new Set(changes.map((c) => c.profileId))];
    if (profiles.length < 2) return heads;
    for (let i = 0; i < profiles.length; i += 1000) {
      const rows = await ctx.em
        .createQueryBuilder(LedgerEntryEntity, 'l')
        .select(['l.profileId', 'l.currency', 'l.seq', 'l.balanceAfter'])
        .where('l.profileId IN (:...ids)', { ids: profiles.slice(i, i + 1000) })
        .andWhere(
          'l.seq = (SELECT MAX(m.seq) FROM ledger_entries m WHERE m.profileId = l.profileId AND m.currency = l.currency)',
        )
        .getMany();
      for (const r of rows) {
        heads.set(`${r.profileId}:${r.currency}`, { seq: r.seq, balance: r.balanceAfter });
      }
    }
    // Chains with no entry yet start at zero.
    for (const c of changes) {
      const chain = `${c.profileId}:${c.currency}`;
      if (!heads.has(chain)) heads.set(chain, { seq: 0, balance: 0 });
    }
    return heads;
  }
}
