import type { RequestContext } from '../../core/context';
import { localDateOf, localDay } from '../../core/time';
import { toDate, toNumber } from '../../db/raw';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { LedgerRollupEntity, LedgerTotalEntity } from './ledger-totals.entity';
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

/** Days roll up once they ended this long ago: no transaction is still writing them. */
export const ROLLUP_DELAY_MS = 10 * 60_000;
const ROLLUP = 'ledger';

type Range = [Date, Date];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** 'YYYY-MM-DD' of the local day an instant falls on. */
const dayKey = (instant: Date, tz: string) => {
  const d = localDateOf(instant, tz);
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
};

/**
 * Ledger value by local period, reward type and currency, for entries in [from, to): whole
 * local days the roll-up has from `ledger_totals`, the rest (today, and partial days at the
 * edges) from the ledger itself, added up per group.
 */
export async function activity(
  ctx: RequestContext,
  range: { from: Date; to: Date; spans: LocalSpan[]; format: BucketFormat; timezone: string },
): Promise<ActivityGroup[]> {
  const state = await ctx.em.findOne(LedgerRollupEntity, { where: { id: ROLLUP } });
  const { rolled, live } = splitRange(range.from, range.to, range.timezone, state);
  const parts = await Promise.all([
    rolled ? activityFrom(totalsQuery(ctx, range.format, rolled, range.timezone)) : [],
    live.length ? activityFrom(ledgerQuery(ctx, range, live)) : [],
  ]);
  const groups = new Map<string, ActivityGroup>();
  for (const g of parts.flat()) {
    const key = `${g.period}/${g.typeId}/${g.currency}`;
    const seen = groups.get(key);
    if (!seen) groups.set(key, g);
    else {
      for (const k of SUMS) seen[k] += g[k];
    }
  }
  // Unordered: the reports module orders the lines once it has the types' keys.
  return [...groups.values()];
}

/** Which part of [from, to) the roll-up answers (whole local days) and which the ledger. */
export function splitRange(
  from: Date,
  to: Date,
  timezone: string,
  state: { zone: string; since: Date; through: Date } | null,
): { rolled: Range | null; live: Range[] } {
  if (!state || state.zone !== timezone) return { rolled: null, live: [[from, to]] };
  const first = localDay(from, timezone);
  const startOfFirstWhole = first.start.getTime() === from.getTime() ? first.start : first.end;
  const start = new Date(Math.max(startOfFirstWhole.getTime(), state.since.getTime()));
  const end = new Date(Math.min(localDay(to, timezone).start.getTime(), state.through.getTime()));
  if (start.getTime() >= end.getTime()) return { rolled: null, live: [[from, to]] };
  const live: Range[] = [];
  if (from.getTime() < start.getTime()) live.push([from, start]);
  if (end.getTime() < to.getTime()) live.push([end, to]);
  return { rolled: [start, end], live };
}

async function activityFrom(query: { getRawMany<T>(): Promise<T[]> }): Promise<ActivityGroup[]> {
  const rows = await query.getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({ period: String(r.period), ...groupSums(r) }));
}

const SUMS = ['issued', 'redeemed', 'restored', 'expired', 'voided'] as const;

/** A grouped row's type, currency and sums, as numbers (MySQL answers SUM() as strings). */
function groupSums(r: Record<string, unknown>) {
  const sums = Object.fromEntries(SUMS.map((k) => [k, toNumber(r[k])])) as Record<
    (typeof SUMS)[number],
    number
  >;
  return { typeId: String(r.typeId), currency: String(r.currency), ...sums };
}

/** The ledger's entries in the ranges, grouped by local period, reward type and currency. */
function ledgerQuery(
  ctx: RequestContext,
  range: { spans: LocalSpan[]; format: BucketFormat },
  ranges: Range[],
) {
  const params: Record<string, unknown> = {};
  const bucket = localBucketSql(ctx.db.kind, 'l.createdAt', range.spans, range.format, params);
  return sumsByType(ctx, bucket, ranges, params);
}

function sumsByType(
  ctx: RequestContext,
  bucket: string | null,
  ranges: Range[],
  params: Record<string, unknown>,
) {
  const sum = (types: string, sign: '' | '-') =>
    `SUM(CASE WHEN l.type IN (${types}) THEN ${sign}l.amount ELSE 0 END)`;
  const within = ranges.map(([from, to], i) => {
    params[`from${i}`] = from;
    params[`to${i}`] = to;
    return `(l.createdAt >= :from${i} AND l.createdAt < :to${i})`;
  });
  const query = ctx.em
    .createQueryBuilder(LedgerEntryEntity, 'l')
    .innerJoin(RewardEntity, 'r', 'r.id = l.rewardId')
    .select('r.typeId', 'typeId')
    .addSelect('l.currency', 'currency')
    .addSelect(sum("'ISSUE'", ''), 'issued')
    .addSelect(sum("'REDEEM'", '-'), 'redeemed')
    .addSelect(sum("'REVERSAL','RETURN'", ''), 'restored')
    .addSelect(sum("'EXPIRE'", '-'), 'expired')
    .addSelect(sum("'VOID'", '-'), 'voided')
    .addSelect('COUNT(*)', 'entries')
    .where(within.join(' OR '))
    .setParameters(params)
    .groupBy('r.typeId')
    .addGroupBy('l.currency');
  if (bucket) query.addSelect(bucket, 'period').addGroupBy('period');
  return query;
}

/** The rolled-up local days in [from, to), grouped by day or month. */
function totalsQuery(ctx: RequestContext, format: BucketFormat, [from, to]: Range, tz: string) {
  const period = format === 'DAY' ? 't.day' : 'SUBSTR(t.day, 1, 7)';
  return ctx.em
    .createQueryBuilder(LedgerTotalEntity, 't')
    .select(period, 'period')
    .addSelect('t.typeId', 'typeId')
    .addSelect('t.currency', 'currency')
    .addSelect('SUM(t.issued)', 'issued')
    .addSelect('SUM(t.redeemed)', 'redeemed')
    .addSelect('SUM(t.restored)', 'restored')
    .addSelect('SUM(t.expired)', 'expired')
    .addSelect('SUM(t.voided)', 'voided')
    .where('t.day >= :from AND t.day < :to', { from: dayKey(from, tz), to: dayKey(to, tz) })
    .groupBy('period')
    .addGroupBy('t.typeId')
    .addGroupBy('t.currency');
}

/**
 * One step of the roll-up: sums the ledger's next local day in `timezone` (once it ended 10
 * minutes ago) into `ledger_totals` and moves the mark, in one transaction under the mark's
 * lock. Returns 1 when it added a day, 0 when it is up to date. When the brand's zone is not
 * the roll-up's, it starts again from the first entry. Run by the rewards module's worker.
 */
export async function rollUp(ctx: RequestContext, timezone: string): Promise<number> {
  const exists = await ctx.em.findOne(LedgerRollupEntity, { where: { id: ROLLUP } });
  const restart = async (tx: RequestContext) => {
    const first = await tx.em
      .createQueryBuilder(LedgerEntryEntity, 'l')
      .select('MIN(l.createdAt)', 'first')
      .getRawOne<{ first: unknown }>();
    const since = localDay(first?.first ? toDate(first.first) : tx.now(), timezone).start;
    return { id: ROLLUP, zone: timezone, since, through: since };
  };
  if (!exists) {
    await ctx.em
      .createQueryBuilder()
      .insert()
      .into(LedgerRollupEntity)
      .values(await restart(ctx))
      .orIgnore()
      .updateEntity(false)
      .execute();
  }
  return ctx.transaction<number, LedgerRollupEntity>(
    async (tx, state) => {
      if (!state) return 0;
      if (state.zone !== timezone) {
        await tx.em.createQueryBuilder().delete().from(LedgerTotalEntity).execute();
        const fresh = await restart(tx);
        await tx.em.update(LedgerRollupEntity, { id: ROLLUP }, fresh);
        return 1;
      }
      const { end } = localDay(state.through, timezone);
      if (end.getTime() > tx.now().getTime() - ROLLUP_DELAY_MS) return 0;
      const rows = await sumsByType(tx, null, [[state.through, end]], {}).getRawMany<
        Record<string, unknown>
      >();
      if (rows.length) {
        const day = dayKey(state.through, timezone);
        await tx.em
          .createQueryBuilder()
          .insert()
          .into(LedgerTotalEntity)
          .values(rows.map((r) => ({ day, ...groupSums(r), entries: toNumber(r.entries) })))
          .updateEntity(false)
          .execute();
      }
      await tx.em.update(LedgerRollupEntity, { id: ROLLUP }, { through: end });
      return 1;
    },
    { lockFirst: { entity: LedgerRollupEntity, id: ROLLUP } },
  );
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

/** A brand-local calendar month, 'YYYY-MM', as the UTC range [from, to) it covers. */
export interface LocalMonth {
  month: string;
  from: Date;
  to: Date;
}

/**
 * Value that expired unredeemed (left on rewards not voided), by local month of expiry: one
 * range sum of the covering index per month, so no per-row date arithmetic and no grouping.
 */
export async function breakage(
  ctx: RequestContext,
  currency: string,
  months: LocalMonth[],
): Promise<MonthAmount[]> {
  if (!months.length) return [];
  const parts = months.map((m) => {
    if (!/^\d{4}-\d{2}$/.test(m.month)) throw new Error(`Not a month: ${m.month}`);
    return valueLeftQuery(ctx, currency, m)
      .addSelect(`'${m.month}'`, 'month')
      .getQueryAndParameters();
  });
  const rows: Record<string, unknown>[] = await ctx.em.query(
    parts.map(([sql]) => sql).join(' UNION ALL '),
    parts.flatMap(([, params]) => params as unknown[]),
  );
  return rows
    .map((r) => ({ month: String(r.month), amount: toNumber(r.amount), count: toNumber(r.count) }))
    .filter((m) => m.count > 0)
    .sort((a, b) => (a.month < b.month ? -1 : 1));
}

/** Value left on rewards not voided that expire in [from, to), and how many carry it. */
export async function valueLeftWithin(
  ctx: RequestContext,
  currency: string,
  from: Date,
  to: Date,
): Promise<{ amount: number; count: number }> {
  const [sql, params] = valueLeftQuery(ctx, currency, { from, to }).getQueryAndParameters();
  const [row]: Record<string, unknown>[] = await ctx.em.query(sql, params);
  return { amount: toNumber(row?.amount), count: toNumber(row?.count) };
}

/** Value left on rewards not voided expiring in [from, to): one range of the covering index. */
function valueLeftQuery(ctx: RequestContext, currency: string, m: { from: Date; to: Date }) {
  return ctx.em
    .createQueryBuilder(RewardEntity, 'r')
    .select('SUM(r.valueRemaining)', 'amount')
    .addSelect('COUNT(*)', 'count')
    .where('r.currency = :currency AND r.expiresAt >= :from AND r.expiresAt < :to', {
      currency,
      from: m.from,
      to: m.to,
    })
    .andWhere('r.voidedAt IS NULL AND r.valueRemaining > 0');
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
  const month: Range = [new Date(now.getTime() - 30 * 86_400_000), now];
  const activitySql = ledgerQuery(ctx, { spans, format: 'DAY' }, [month]);
  const rolledSql = totalsQuery(ctx, 'MONTH', month, 'UTC');
  const p2: Record<string, unknown> = { currency: 'AUD', now };
  const liabilitySql = liabilityQuery(
    ctx,
    localBucketSql(ctx.db.kind, 'r.expiresAt', spans, 'MONTH', p2),
    p2,
  );
  const breakageSql = valueLeftQuery(ctx, 'AUD', { from: new Date(0), to: now });
  return {
    activity: build(activitySql),
    activityRolledUp: build(rolledSql),
    liability: build(liabilitySql),
    breakage: build(breakageSql),
  };
}
