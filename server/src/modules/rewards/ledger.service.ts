import { newId } from '../../core/ids';
import type { RequestContext } from '../../core/context';
import type { EventBus } from '../../core/events';
import { LedgerEntryEntity, LedgerEntryTypeName } from './ledger-entry.entity';

export interface LedgerChange {
  profileId: string;
  currency: string;
  type: LedgerEntryTypeName;
  rewardId: string | null;
  redemptionId?: string | null;
  amount: number;
  reason: string | null;
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
  constructor(private readonly events: EventBus) {}

  async append(ctx: RequestContext, changes: LedgerChange[]): Promise<LedgerEntryEntity[]> {
    const heads = await this.prefetchHeads(ctx, changes);
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
          createdAt: ctx.now(),
        }),
      );
    }
    if (entries.length) {
      await ctx.em
        .createQueryBuilder()
        .insert()
        .into(LedgerEntryEntity)
        .values(entries)
        .updateEntity(false)
        .execute();
      await this.events.publish(ctx, 'ledger.appended', { entries });
    }
    return entries;
  }

  /**
   * The last entry of every chain a multi-profile batch touches, in one query (bulk issue);
   * a single change reads its head in the loop as before.
   */
  private async prefetchHeads(
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
