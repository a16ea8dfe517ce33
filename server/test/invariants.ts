import { expect } from 'vitest';
import type { Database } from '../src/db/database';
import { LedgerEntryEntity } from '../src/modules/rewards/ledger-entry.entity';
import { RewardEntity } from '../src/modules/rewards/reward.entity';
import { IdempotencyKeyEntity } from '../src/modules/idempotency/idempotency-key.entity';

/**
 * Asserts DOMAIN.md's invariants over the whole database. Call it at the end of every
 * scenario: whatever the scenario did, these must hold.
 */
export async function expectInvariants(db: Database): Promise<void> {
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
    // 2. Issued − redeemed + restored − voided = remaining (EXPIRE only closes the books).
    const issue = own.filter((e) => e.type === 'ISSUE');
    if (issue.length !== 1 || issue[0].amount !== r.valueInitial) {
      problems.push(`reward ${r.id}: expected one ISSUE entry of ${r.valueInitial}`);
    }
    const net = own.filter((e) => e.type !== 'EXPIRE').reduce((s, e) => s + e.amount, 0);
    if (net !== r.valueRemaining) {
      problems.push(`reward ${r.id}: ledger nets ${net}, valueRemaining is ${r.valueRemaining}`);
    }
    if (own.some((e) => e.type === 'VOID' || e.type === 'EXPIRE')) closed.add(r.id);
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

  // 5. Each idempotency key points at exactly one existing result.
  const keys = await db.manager.find(IdempotencyKeyEntity);
  const ids = new Set(rewards.map((r) => r.id));
  for (const key of keys) {
    if (key.resultType === 'Reward' && !ids.has(key.resultId)) {
      problems.push(`idempotency key ${key.operation}/${key.key} points at a missing reward`);
    }
  }

  expect(problems).toEqual([]);
}
