import { expect } from 'vitest';
import type { Database } from '../../src/db/database';
import { LedgerEntryEntity } from '../../src/modules/rewards/ledger-entry.entity';
import {
  LedgerRollupEntity,
  LedgerTotalEntity,
} from '../../src/modules/rewards/ledger-totals.entity';
import { RewardEntity } from '../../src/modules/rewards/reward.entity';
import { IdempotencyKeyEntity } from '../../src/modules/idempotency/idempotency-key.entity';
import { HoldAllocationEntity } from '../../src/modules/holds/hold-allocation.entity';
import { HoldEntity } from '../../src/modules/holds/hold.entity';
import { RedemptionAllocationEntity } from '../../src/modules/redemptions/redemption-allocation.entity';
import { RedemptionEntity } from '../../src/modules/redemptions/redemption.entity';

/**
 * Asserts DOMAIN.md's invariants over the whole database. Call it at the end of every
 * scenario: whatever the scenario did, these must hold.
 */
export async function expectInvariants(db: Database, now = new Date()): Promise<void> {
  const rewards = await db.manager.find(RewardEntity);
  const entries = await db.manager.find(LedgerEntryEntity, { order: { seq: 'ASC' } });
  const problems: string[] = [];

  const byReward = new Map<string, LedgerEntryEntity[]>();
  for (const e of entries) {
    if (!e.rewardId) continue;
    byReward.set(e.rewardId, [...(byReward.get(e.rewardId) ?? []), e]);
  }
  const closed = new Set<string>();
  for (const r of rewards) {
    const own = byReward.get(r.id) ?? [];
    const returned = own.filter((e) => e.type === 'RETURN').reduce((s, e) => s + e.amount, 0);
    // 1. Never negative, never above what was issued to it plus returns.
    if (r.valueRemaining < 0 || r.valueRemaining > r.valueInitial + returned) {
      problems.push(`reward ${r.id}: valueRemaining ${r.valueRemaining} out of bounds`);
    }
    // The balance's index column: the expiry while the reward is open, NULL once it is not.
    const open = r.voidedAt === null && r.valueRemaining > 0;
    const openUntil = r.openUntil?.getTime() ?? null;
    if (openUntil !== (open ? r.expiresAt.getTime() : null)) {
      problems.push(
        `reward ${r.id}: openUntil ${r.openUntil?.toISOString() ?? 'null'} for a reward ${open ? `open until ${r.expiresAt.toISOString()}` : 'used up or voided'}`,
      );
    }
    // 2. Issued − redeemed + restored − voided = remaining (EXPIRE only closes the books).
    // A reward opens with one ISSUE entry; one made to carry value back (its own reward had
    // expired or was voided) opens with the RETURN or REVERSAL entry that created it.
    const opening = own[0];
    const openings = r.source === 'RETURN' ? ['RETURN', 'REVERSAL'] : ['ISSUE'];
    if (
      !opening ||
      !openings.includes(opening.type) ||
      opening.amount !== r.valueInitial ||
      own.filter((e) => e.type === 'ISSUE').length !== (r.source === 'RETURN' ? 0 : 1)
    ) {
      problems.push(
        `reward ${r.id}: expected to open with ${openings.join('/')} of ${r.valueInitial}`,
      );
    }
    // An EXTEND that brings back an expiry the daily pass booked reopens the books with the
    // value the EXPIRE entry took out: both only move the ledger's balance, not the reward.
    const bookkeeping = (e: LedgerEntryEntity) =>
      e.type === 'EXPIRE' || (e.type === 'EXTEND' && e.amount !== 0);
    const net = own.filter((e) => !bookkeeping(e)).reduce((s, e) => s + e.amount, 0);
    if (net !== r.valueRemaining) {
      problems.push(`reward ${r.id}: ledger nets ${net}, valueRemaining is ${r.valueRemaining}`);
    }
    const lastBooking = own.filter(bookkeeping).at(-1);
    if (own.some((e) => e.type === 'VOID') || lastBooking?.type === 'EXPIRE') closed.add(r.id);
    if (own.filter((e) => e.type === 'EXPIRE').length > own.filter(bookkeeping).length / 2 + 1) {
      problems.push(`reward ${r.id}: expired twice without an extension between`);
    }
    if (r.voidedAt && r.valueRemaining !== 0) {
      problems.push(`reward ${r.id}: voided but ${r.valueRemaining} remains`);
    }
  }

  // 3. Per profile and currency the ledger sums to what open rewards hold, and balanceAfter
  //    chains without gaps.
  const chains = new Map<string, LedgerEntryEntity[]>();
  for (const e of entries) {
    const k = `${e.profileId}/${e.currency}`;
    chains.set(k, [...(chains.get(k) ?? []), e]);
  }
  for (const [k, chain] of chains) {
    let balance = 0;
    chain.forEach((e, i) => {
      balance += e.amount;
      if (e.seq !== i + 1) problems.push(`${k}: seq ${e.seq} at position ${i + 1}`);
      if (e.balanceAfter !== balance) {
        problems.push(`${k}: entry ${e.seq} balanceAfter ${e.balanceAfter}, expected ${balance}`);
      }
    });
    const [profileId, currency] = k.split('/');
    const open = rewards
      .filter((r) => r.profileId === profileId && r.currency === currency && !closed.has(r.id))
      .reduce((s, r) => s + r.valueRemaining, 0);
    if (balance !== open)
      problems.push(`${k}: ledger sums to ${balance}, open rewards hold ${open}`);
  }
  for (const r of rewards) {
    if (!chains.has(`${r.profileId}/${r.currency}`)) problems.push(`reward ${r.id}: no ledger`);
  }

  // 4. A redemption's allocations sum to its amount, and its line discounts too; what was
  //    returned never exceeds what was taken.
  const redemptions = await db.manager.find(RedemptionEntity);
  const allocations = await db.manager.find(RedemptionAllocationEntity);
  for (const red of redemptions) {
    const own = allocations.filter((a) => a.redemptionId === red.id);
    const sum = own.reduce((s, a) => s + a.amount, 0);
    if (sum !== red.amount)
      problems.push(`redemption ${red.id}: allocations ${sum} ≠ ${red.amount}`);
    const lines = red.lineDiscounts.reduce((s, l) => s + l.amount, 0);
    if (red.lineDiscounts.length && lines !== red.amount) {
      problems.push(`redemption ${red.id}: line discounts ${lines} ≠ ${red.amount}`);
    }
    const back = own.reduce((s, a) => s + a.returned, 0);
    if (back !== red.returned || own.some((a) => a.returned > a.amount)) {
      problems.push(
        `redemption ${red.id}: returned ${red.returned} disagrees with its allocations`,
      );
    }
    const redeemed = entries
      .filter((e) => e.redemptionId === red.id && e.type === 'REDEEM')
      .reduce((s, e) => s - e.amount, 0);
    if (redeemed !== red.amount)
      problems.push(`redemption ${red.id}: REDEEM entries ${redeemed} ≠ ${red.amount}`);
  }

  // 6. No live hold reserves more than its reward still has.
  const holds = (await db.manager.find(HoldEntity)).filter(
    (h) => h.status === 'ACTIVE' && h.expiresAt.getTime() >= now.getTime(),
  );
  const holdAllocations = await db.manager.find(HoldAllocationEntity);
  const reserved = new Map<string, number>();
  for (const h of holds) {
    const own = holdAllocations.filter((a) => a.holdId === h.id);
    if (own.reduce((s, a) => s + a.amount, 0) !== h.amount)
      problems.push(`hold ${h.id}: allocations ≠ amount`);
    for (const a of own) reserved.set(a.rewardId, (reserved.get(a.rewardId) ?? 0) + a.amount);
  }
  for (const [rewardId, amount] of reserved) {
    const r = rewards.find((x) => x.id === rewardId);
    if (!r || r.valueRemaining < amount)
      problems.push(`reward ${rewardId}: holds reserve ${amount}, it has ${r?.valueRemaining}`);
  }

  // 5. Each idempotency key points at exactly one existing result.
  const keys = await db.manager.find(IdempotencyKeyEntity);
  const ids = new Set(rewards.map((r) => r.id));
  const results = new Set([
    ...ids,
    ...redemptions.map((r) => r.id),
    ...(await db.manager.find(HoldEntity)).map((h) => h.id),
  ]);
  for (const key of keys) {
    // A refusal is remembered as it was answered, with no result row behind it.
    if (key.refusal) {
      if (key.resultId !== '') problems.push(`idempotency key ${key.key}: refusal with a result`);
      continue;
    }
    if (!results.has(key.resultId)) {
      problems.push(`idempotency key ${key.operation}/${key.key} points at a missing result`);
    }
  }

  // 7. The roll-up holds exactly what the ledger says for every local day it covers.
  const rollup = await db.manager.findOne(LedgerRollupEntity, { where: { id: 'ledger' } });
  if (rollup) {
    const typeOf = new Map(rewards.map((r) => [r.id, r.typeId]));
    const dayOf = new Intl.DateTimeFormat('en-CA', {
      timeZone: rollup.zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const want = new Map<string, number[]>();
    for (const e of entries) {
      const at = e.createdAt.getTime();
      if (!e.rewardId || at < rollup.since.getTime() || at >= rollup.through.getTime()) continue;
      const key = `${dayOf.format(e.createdAt)}/${typeOf.get(e.rewardId)}/${e.currency}`;
      const row = want.get(key) ?? [0, 0, 0, 0, 0, 0];
      const column = { ISSUE: 0, REDEEM: 1, REVERSAL: 2, RETURN: 2, EXPIRE: 3, VOID: 4 }[
        e.type as string
      ];
      if (column !== undefined) row[column] += column === 0 || column === 2 ? e.amount : -e.amount;
      row[5]++;
      want.set(key, row);
    }
    const got = new Map(
      (await db.manager.find(LedgerTotalEntity)).map((t) => [
        `${t.day}/${t.typeId}/${t.currency}`,
        [t.issued, t.redeemed, t.restored, t.expired, t.voided, t.entries],
      ]),
    );
    expect(Object.fromEntries(got), 'ledger_totals against the ledger').toEqual(
      Object.fromEntries(want),
    );
  }
  expect(problems).toEqual([]);
}
