import type { RequestContext } from '../../core/context';
import { toNumber } from '../../db/raw';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { RewardEntity } from './reward.entity';

// Aggregate reads over the ledger and the rewards for the reports module. Everything is
// summed in SQL; what comes back is one row per group.

/** A span over which the brand zone's offset is constant; `until` null for the last. */
export interface LocalSpan {
  until: Date | null;
  offsetMinutes: number;
}

export type BucketFormat = 'DAY' | 'MONTH';

/**
 * SQL for the brand-local day ('YYYY-MM-DD') or month ('YYYY-MM') of `column`: a CASE over
 * the few constant-offset spans, each shifting the UTC timestamp by its offset.
 */
function localBucketSql(
  kind: 'mysql' | 'sqlite',
  column: string,
  spans: LocalSpan[],
  format: BucketFormat,
  params: Record<string, unknown>,
): string {
  const shifted = (minutes: number) => {
    const m = Math.trunc(minutes);
    if (kind === 'mysql') {
      return `DATE_FORMAT(DATE_ADD(${column}, INTERVAL ${m} MINUTE), '${format === 'DAY' ? '%Y-%m-%d' : '%Y-%m'}')`;
    }
    return `strftime('${format === 'DAY' ? '%Y-%m-%d' : '%Y-%m'}', ${column}, '${m >= 0 ? '+' : ''}${m} minutes')`;
  };
  if (spans.length === 1) return shifted(spans[0].offsetMinutes);
  const whens = spans.map((s, i) => {
    if (!s.until) return `ELSE ${shifted(s.offsetMinutes)}`;
    params[`span${i}`] = s.until;
    return `WHEN ${column} < :span${i} THEN ${shifted(s.offsetMinutes)}`;
  });
  return `CASE ${whens.join(' ')} END`;
}

export interface ActivityGroup {
  period: string;
  typeId: string;
  currency: string;
  issued: number;
  redeemed: number;
  restored: number;
  expired: number;
  voided: number;
}

/** Ledger value by local period, reward type and currency, for entries in [from, to). */
export async function activity(
  ctx: RequestContext,
  range: { from: Date; to: Date; spans: LocalSpan[]; format: BucketFormat },
): Promise<ActivityGroup[]> {
  const params: Record<string, unknown> = { from: range.from, to: range.to };
  const bucket = localBucketSql(ctx.db.kind, 'l.createdAt', range.spans, range.format, params);
  const rows = await activityQuery(ctx, bucket, params).getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({
    period: String(r.period),
    typeId: String(r.typeId),
    currency: String(r.currency),
    issued: toNumber(r.issued),
    redeemed: toNumber(r.redeemed),
    restored: toNumber(r.restored),
    expired: toNumber(r.expired),
    voided: toNumber(r.voided),
  }));
}

function activityQuery(ctx: RequestContext, bucket: string, params: Record<string, unknown>) {
  const sum = (types: string, sign: '' | '-') =>
    `SUM(CASE WHEN l.type IN (${types}) THEN ${sign}l.amount ELSE 0 END)`;
  return ctx.em
    .createQueryBuilder(LedgerEntryEntity, 'l')
    .innerJoin(RewardEntity, 'r', 'r.id = l.rewardId')
    .select(bucket, 'period')
    .addSelect('r.typeId', 'typeId')
    .addSelect('l.currency', 'currency')
    .addSelect(sum("'ISSUE'", ''), 'issued')
    .addSelect(sum("'REDEEM'", '-'), 'redeemed')
    .addSelect(sum("'REVERSAL','RETURN'", ''), 'restored')
    .addSelect(sum("'EXPIRE'", '-'), 'expired')
    .addSelect(sum("'VOID'", '-'), 'voided')
    .where('l.createdAt >= :from AND l.createdAt < :to')
    .setParameters(params)
    .groupBy('period')
    .addGroupBy('r.typeId')
    .addGroupBy('l.currency')
    .orderBy('period', 'ASC');
}

export interface MonthAmount {
  month: string;
  amount: number;
  count: number;
}

/**
 * What is still owed in a currency: the value left on rewards not voided and not expired
 * (pending ones included: they will be spendable), by local month of expiry.
 */
export async function liability(
  ctx: RequestContext,
  currency: string,
  spans: LocalSpan[],
): Promise<MonthAmount[]> {
  const params: Record<string, unknown> = { currency, now: ctx.now() };
  const bucket = localBucketSql(ctx.db.kind, 'r.expiresAt', spans, 'MONTH', params);
  return monthRows(liabilityQuery(ctx, bucket, params));
}

function liabilityQuery(ctx: RequestContext, bucket: string, params: Record<string, unknown>) {
  return ctx.em
    .createQueryBuilder(RewardEntity, 'r')
    .select(bucket, 'month')
    .addSelect('SUM(r.valueRemaining)', 'amount')
    .addSelect('COUNT(*)', 'count')
    .where('r.currency = :currency AND r.expiresAt >= :now')
    .andWhere('r.voidedAt IS NULL AND r.valueRemaining > 0')
    .setParameters(params)
    .groupBy('month')
    .orderBy('month', 'ASC');
}

/** Value that expired unredeemed (left on rewards not voided), by local month of expiry. */
export async function breakage(
  ctx: RequestContext,
  currency: string,
  range: { from: Date; to: Date; spans: LocalSpan[] },
): Promise<MonthAmount[]> {
  const params: Record<string, unknown> = {
    currency,
    from: range.from,
    // Only what has expired by now counts.
    to: range.to.getTime() < ctx.now().getTime() ? range.to : ctx.now(),
  };
  const bucket = localBucketSql(ctx.db.kind, 'r.expiresAt', range.spans, 'MONTH', params);
  return monthRows(breakageQuery(ctx, bucket, params));
}

function breakageQuery(ctx: RequestContext, bucket: string, params: Record<string, unknown>) {
  return ctx.em
    .createQueryBuilder(RewardEntity, 'r')
    .select(bucket, 'month')
    .addSelect('SUM(r.valueRemaining)', 'amount')
    .addSelect('COUNT(*)', 'count')
    .where('r.currency = :currency AND r.expiresAt >= :from AND r.expiresAt < :to')
    .andWhere('r.voidedAt IS NULL AND r.valueRemaining > 0')
    .setParameters(params)
    .groupBy('month')
    .orderBy('month', 'ASC');
}

async function monthRows(query: { getRawMany<T>(): Promise<T[]> }): Promise<MonthAmount[]> {
  const rows = await query.getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({
    month: String(r.month),
    amount: toNumber(r.amount),
    count: toNumber(r.count),
  }));
}

/** The SQL of each report query, for EXPLAIN in tests and benchmarks. */
export function reportSql(ctx: RequestContext, spans: LocalSpan[]) {
  const now = ctx.now();
  const build = (q: { getQueryAndParameters(): [string, unknown[]] }) => q.getQueryAndParameters();
  const p1: Record<string, unknown> = { from: new Date(now.getTime() - 30 * 86_400_000), to: now };
  const activitySql = activityQuery(
    ctx,
    localBucketSql(ctx.db.kind, 'l.createdAt', spans, 'DAY', p1),
    p1,
  );
  const p2: Record<string, unknown> = { currency: 'AUD', now };
  const liabilitySql = liabilityQuery(
    ctx,
    localBucketSql(ctx.db.kind, 'r.expiresAt', spans, 'MONTH', p2),
    p2,
  );
  const p3: Record<string, unknown> = { currency: 'AUD', from: new Date(0), to: now };
  const breakageSql = breakageQuery(
    ctx,
    localBucketSql(ctx.db.kind, 'r.expiresAt', spans, 'MONTH', p3),
    p3,
  );
  return {
    activity: build(activitySql),
    liability: build(liabilitySql),
    breakage: build(breakageSql),
  };
}
