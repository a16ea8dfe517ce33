import { type EntityManager, In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { paginate } from '../../core/connections';
import { badInput } from '../../core/errors';
import type { EventBus } from '../../core/events';
import { newId } from '../../core/ids';
import { rowsById } from '../../core/loaders';
import { formatMoney } from '../../core/currency';
import { Money } from '../../core/money';
import {
  ErrorResult,
  IssueLimitExceededError,
  NotFoundError,
  RewardNotActiveError,
} from '../../core/results';
import { computeExpiry, extendByDays } from '../../core/time';
import * as check from '../../core/validate';
import { PreparedStatement } from '../../db/prepared';
import { toDate, toNumber } from '../../db/raw';
import type { AuthService } from '../auth';
import type { DefinitionsService, RewardDefinitionRecord } from '../definitions';
import type { HeldRow, HoldsService } from '../holds';
import type { IdempotencyService } from '../idempotency';
import {
  type ProfileCompanion,
  type ProfileRecord,
  type ProfilesService,
  underProfileLock,
} from '../profiles';
import type { SettingsService } from '../settings';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { LedgerChange, LedgerService } from './ledger.service';
import { RewardEntity, RewardSourceName } from './reward.entity';
import { ACTIVE_REWARD_SQL, REWARD_STATUS_SQL } from './reward.sql';
import * as reportQueries from './reports.queries';
import { checkManagerLimits, limitDay, rewardStatus, RewardStatusName } from './rewards.rules';

export interface IssueRequest {
  profileId?: string | null;
  profileExternalId?: string | null;
  definitionId?: string | null;
  definitionHandle?: string | null;
  value?: number | null;
  expiresAt?: Date | null;
  activatesAt?: Date | null;
  reason: string;
  idempotencyKey: string;
  meta?: unknown;
  source?: RewardSourceName;
}

/** One system reward to issue (see issueAutomatic). */
export interface AutomaticIssue {
  profileId: string;
  /** The profile's time zone: the reward ends at the end of a local day there. */
  timezone: string;
  definition: RewardDefinitionRecord;
  source: RewardSourceName;
  reason: string;
  meta: object | null;
}

/** Rows per INSERT statement, well below every driver's placeholder limit. */
const INSERT_CHUNK = 500;

/** When a reward issued now from this definition becomes usable: null for at once. */
function activationFor(definition: RewardDefinitionRecord, now: Date): Date | null {
  const days = definition.activationDelayDays;
  return days ? new Date(now.getTime() + days * 86_400_000) : null;
}

export interface BalanceRow {
  profileId: string;
  currency: string;
  available: number;
  held: number;
  activeRewardCount: number;
  nextExpiry: Date | null;
  expiringSoon: number;
}

/** An ACTIVE reward as the planner sees it: what it can give now and its order of use. */
export interface SpendableReward {
  id: string;
  expiresAt: Date;
  issuedAt: Date;
  /** Value remaining less what live holds reserve on it. */
  available: number;
}

/** Value drawn from, or given back to, one reward by a redemption. */
export interface RewardPart {
  rewardId: string;
  amount: number;
}

export interface RewardsDeps {
  events: EventBus;
  settings: SettingsService;
  definitions: DefinitionsService;
  profiles: ProfilesService;
  holds: HoldsService;
  idempotency: IdempotencyService;
  auth: AuthService;
}

const SOON_MS = 30 * 86_400_000;

/** The rewards' sums and the holds' per profile and currency, as balance rows. */
function mergeBalances(rows: Record<string, unknown>[], held: HeldRow[]): BalanceRow[] {
  const key = (r: { profileId: string; currency: string }) => `${r.profileId}/${r.currency}`;
  const heldBy = new Map(held.map((h) => [key(h), h.held]));
  const out: BalanceRow[] = rows.map((row) => {
    const r = { profileId: String(row.profileId), currency: String(row.currency) };
    return {
      ...r,
      available: toNumber(row.available),
      held: heldBy.get(key(r)) ?? 0,
      activeRewardCount: toNumber(row.count),
      nextExpiry: row.nextExpiry == null ? null : toDate(row.nextExpiry),
      expiringSoon: toNumber(row.soon),
    };
  });
  // A currency whose only value is held still shows, with nothing available.
  for (const h of held) {
    if (!out.some((r) => key(r) === key(h))) {
      out.push({
        profileId: h.profileId,
        currency: h.currency,
        available: 0,
        held: h.held,
        activeRewardCount: 0,
        nextExpiry: null,
        expiringSoon: 0,
      });
    }
  }
  return out;
}

/** Rows of a joined derived table (columns prefixed `prefix_`), once per distinct currency. */
function joinedRows(raw: Record<string, unknown>[], prefix: string, profileId: string) {
  const seen = new Map<string, Record<string, unknown>>();
  for (const r of raw) {
    const value = r[`${prefix}_currency`];
    if (typeof value !== 'string' || seen.has(value)) continue;
    const row: Record<string, unknown> = { profileId };
    for (const [k, v] of Object.entries(r)) {
      if (k.startsWith(`${prefix}_`)) row[k.slice(prefix.length + 1)] = v;
    }
    seen.set(value, row);
  }
  return [...seen.values()];
}
const META_MAX_BYTES = 4_096;
const META_MAX_DEPTH = 10;

/**
 * Rewards and their ledger. Every write to the rewards table goes through here: issue (by
 * staff, keys and the system, and the new rewards a return creates), extend, void, spend and
 * restore. The balance rule lives here too, so it is computed one way only.
 */
export class RewardsService {
  private readonly ledger: LedgerService;
  /** Aggregates for the reports module, summed in SQL (reports.queries.ts). */
  readonly reports = reportQueries;

  /** One step of the activity report's roll-up, by local day in the brand's zone now. */
  async rollUpReports(ctx: RequestContext): Promise<number> {
    const settings = await this.deps.settings.get(ctx);
    return reportQueries.rollUp(ctx, settings.defaultTimezone);
  }

  constructor(private readonly deps: RewardsDeps) {
    this.ledger = new LedgerService(deps.events);
    deps.profiles.addCompanion(this.balanceCompanion());
  }

  /**
   * `profile(id) { balance }` in one statement: the profile query joins this profile's
   * rewards' and holds' sums (derived tables filtered by its id), and the balance loader is
   * primed with them.
   */
  private balanceCompanion(): ProfileCompanion {
    return {
      fields: ['balance', 'balances'],
      join: (query, idSql) => {
        query
          .leftJoin(
            (sub) =>
              sub
                .select('r.currency', 'currency')
                .addSelect(
                  `SUM(r.valueRemaining - ${this.deps.holds.reservedOnRewardSql})`,
                  'available',
                )
                .addSelect('COUNT(*)', 'count')
                .addSelect('MIN(r.expiresAt)', 'nextExpiry')
                .addSelect(
                  'SUM(CASE WHEN r.expiresAt <= :soon THEN r.valueRemaining ELSE 0 END)',
                  'soon',
                )
                .from(RewardEntity, 'r')
                .where(`r.profileId = ${idSql}`)
                .andWhere(ACTIVE_REWARD_SQL)
                .groupBy('r.currency'),
            'rb',
            '1 = 1',
          )
          .leftJoin(
            (sub: SelectQueryBuilder<ObjectLiteral>) => this.deps.holds.heldFor(sub, idSql),
            'hh',
            '1 = 1',
          )
          .addSelect('rb.currency', 'rb_currency')
          .addSelect('rb.available', 'rb_available')
          .addSelect('rb.count', 'rb_count')
          .addSelect('rb.nextExpiry', 'rb_nextExpiry')
          .addSelect('rb.soon', 'rb_soon')
          .addSelect('hh.currency', 'hh_currency')
          .addSelect('hh.held', 'hh_held');
      },
      params: (ctx) => ({ now: ctx.now(), soon: new Date(ctx.now().getTime() + SOON_MS) }),
      prime: (ctx, profileId, raw) => {
        const held = joinedRows(raw, 'hh', profileId).map((h) => ({
          profileId,
          currency: String(h.currency),
          held: toNumber(h.held),
        }));
        this.balancesLoader(ctx).prime(
          profileId,
          mergeBalances(joinedRows(raw, 'rb', profileId), held),
        );
      },
    };
  }

  // ------------------------------------------------------------------ reads

  /** A reward by id, batched per request. */
  load(ctx: RequestContext, id: string): Promise<RewardEntity> {
    return ctx.loaders
      .get(
        'rewards.byId',
        rowsById((ids) => ctx.em.find(RewardEntity, { where: { id: In([...ids]) } }), 'reward'),
      )
      .load(id);
  }

  /**
   * Per profile and currency: what is spendable now (the balance rule: active rewards'
   * value less what live holds reserve on them), what live holds reserve, the count of
   * active rewards, the nearest expiry and what expires within 30 days.
   */
  async balances(ctx: RequestContext, profileIds: readonly string[]): Promise<BalanceRow[]> {
    if (!profileIds.length) return [];
    // The rewards' sums and the holds' in one round trip.
    const [rewardsSql, rewardParams] = this.balanceQuery(ctx, profileIds).getQueryAndParameters();
    const [heldSql, heldParams] = this.deps.holds
      .heldQuery(ctx, profileIds)
      .getQueryAndParameters();
    const all: Record<string, unknown>[] = await ctx.em.query(
      'SELECT profileId, currency, available, count, nextExpiry, soon, NULL AS held ' +
        `FROM (${rewardsSql}) b UNION ALL ` +
        'SELECT profileId, currency, NULL, NULL, NULL, NULL, held ' +
        `FROM (${heldSql}) h`,
      [...(rewardParams as unknown[]), ...(heldParams as unknown[])],
    );
    const rows = all.filter((r) => r.held == null);
    const held = all
      .filter((r) => r.held != null)
      .map((r) => ({
        profileId: String(r.profileId),
        currency: String(r.currency),
        held: toNumber(r.held),
      }));
    return mergeBalances(rows, held);
  }

  /**
   * The balance query: one range scan of the (profileId, openUntil) index per profile, so it
   * stays fast however much expired and used history a profile has.
   */
  balanceQuery(ctx: RequestContext, profileIds: readonly string[]) {
    const now = ctx.now();
    return ctx.em
      .createQueryBuilder(RewardEntity, 'r')
      .select('r.profileId', 'profileId')
      .addSelect('r.currency', 'currency')
      .addSelect(`SUM(r.valueRemaining - ${this.deps.holds.reservedOnRewardSql})`, 'available')
      .addSelect('COUNT(*)', 'count')
      .addSelect('MIN(r.expiresAt)', 'nextExpiry')
      .addSelect('SUM(CASE WHEN r.expiresAt <= :soon THEN r.valueRemaining ELSE 0 END)', 'soon')
      .where('r.profileId IN (:...ids)', { ids: [...profileIds] })
      .andWhere(ACTIVE_REWARD_SQL, { now })
      .setParameter('soon', new Date(now.getTime() + SOON_MS))
      .groupBy('r.profileId')
      .addGroupBy('r.currency');
  }

  /** A profile's balances (one row per currency), batched per request. */
  loadBalances(ctx: RequestContext, profileId: string): Promise<BalanceRow[]> {
    return this.balancesLoader(ctx).load(profileId);
  }

  private balancesLoader(ctx: RequestContext) {
    return ctx.loaders.get('rewards.balances', async (ids: readonly string[]) => {
      const rows = await this.balances(ctx, ids);
      return ids.map((id) => rows.filter((r) => r.profileId === id));
    });
  }

  // The draw's read, prepared once: every redeem, hold and preview runs it.
  private readonly spendableOnly = new PreparedStatement((em) => this.spendableSql(em));
  private readonly spendableWithHead = new PreparedStatement(
    (em) =>
      `SELECT kind, id, expiresAt, issuedAt, valueRemaining, reserved FROM (${this.spendableSql(em)}) spendable ` +
      `UNION ALL ${this.ledger.headSql}`,
  );

  private spendableSql(em: EntityManager): string {
    return em
      .createQueryBuilder(RewardEntity, 'r')
      .select("'R'", 'kind')
      .addSelect('r.id', 'id')
      .addSelect('r.expiresAt', 'expiresAt')
      .addSelect('r.issuedAt', 'issuedAt')
      .addSelect('r.valueRemaining', 'valueRemaining')
      .addSelect(this.deps.holds.reservedOnRewardSql, 'reserved')
      .where('r.profileId = :profileId AND r.currency = :currency')
      .andWhere(ACTIVE_REWARD_SQL)
      .getQuery();
  }

  /** The ACTIVE rewards of one currency with what each can give now, by the balance rule. */
  async spendable(
    tx: RequestContext,
    profileId: string,
    currency: string,
  ): Promise<SpendableReward[]> {
    // Under the profile's lock the ledger's head rides along in the same round trip, so the
    // entries this transaction appends need no look-up of their own.
    const withHead = tx.inTransaction;
    const rows = await (withHead ? this.spendableWithHead : this.spendableOnly).run(tx.em, {
      profileId,
      currency,
      now: tx.now(),
    });
    if (withHead) {
      const head = rows.find((r) => r.kind === 'L');
      this.ledger.knowHead(tx, profileId, currency, {
        seq: head ? toNumber(head.valueRemaining) : 0,
        balance: head ? toNumber(head.reserved) : 0,
      });
    }
    return rows
      .filter((r) => r.kind === 'R')
      .map((r) => ({
        id: String(r.id),
        expiresAt: toDate(r.expiresAt),
        issuedAt: toDate(r.issuedAt),
        available: Math.max(0, toNumber(r.valueRemaining) - toNumber(r.reserved)),
      }));
  }

  listRewards(
    ctx: RequestContext,
    profileId: string,
    status: RewardStatusName | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ) {
    const query = ctx.em
      .createQueryBuilder(RewardEntity, 'r')
      .where('r.profileId = :profileId', { profileId });
    if (status) query.andWhere(REWARD_STATUS_SQL[status], { now: ctx.now() });
    return paginate(query, 'r', first, after);
  }

  listLedger(
    ctx: RequestContext,
    profileId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ) {
    const query = ctx.em
      .createQueryBuilder(LedgerEntryEntity, 'l')
      .where('l.profileId = :profileId', { profileId });
    return paginate(query, 'l', first, after);
  }

  // ------------------------------------------------------------------ issue

  async issue(ctx: RequestContext, req: IssueRequest): Promise<RewardEntity | ErrorResult> {
    // Everything about the input's shape is checked before any transaction starts; what
    // depends on the clock is checked after the idempotency key was looked up.
    if (!req.profileId === !req.profileExternalId) {
      throw badInput('Give exactly one of profileId or profileExternalId.', 'profileId');
    }
    if (!req.definitionId === !req.definitionHandle) {
      throw badInput('Give exactly one of definitionId or definitionHandle.', 'definitionId');
    }
    const reason = check.requiredText(req.reason, 'reason', 500, { multiline: true });
    const key = check.idempotencyKey(req.idempotencyKey);
    const value = req.value == null ? null : check.positiveCents(req.value, 'value');
    if (req.expiresAt != null) check.validDate(req.expiresAt, 'expiresAt');
    if (req.activatesAt != null && Number.isNaN(req.activatesAt.getTime())) {
      throw badInput('activatesAt is not a valid date', 'activatesAt');
    }
    if (req.meta !== undefined && req.meta !== null) {
      check.boundedJsonObject(req.meta, 'meta', {
        maxDepth: META_MAX_DEPTH,
        maxBytes: META_MAX_BYTES,
      });
    }

    // By id the lock itself finds the profile (or not); an external id is looked up first.
    const profileId =
      req.profileId ?? (await this.deps.profiles.idOf(ctx, { externalId: req.profileExternalId }));
    const id = newId();

    return this.deps.idempotency.run<RewardEntity, ProfileRecord>(ctx, {
      operation: 'issueReward',
      key,
      input: {
        ...req,
        profileId: profileId ?? req.profileId,
        profileExternalId: profileId ? undefined : req.profileExternalId,
        reason,
        key,
      },
      lockFirst: profileId ? this.deps.profiles.lock(profileId) : undefined,
      claim: { type: 'Reward', id },
      resultRef: (reward) => ({ type: 'Reward', id: reward.id }),
      load: (tx, ref) => tx.em.findOneByOrFail(RewardEntity, { id: ref.id }),
      work: async (tx, locked) => {
        if (!profileId || !locked) return new NotFoundError('No such profile.');
        const now = tx.now();
        if (req.expiresAt != null) check.futureDate(req.expiresAt, now, 'expiresAt');
        const definition = await this.deps.definitions.findDefinition(tx, {
          id: req.definitionId,
          handle: req.definitionHandle,
        });
        if (!definition) return new NotFoundError('No such reward definition.');
        if (definition.archived) {
          throw badInput(
            `Definition '${definition.handle}' is archived and cannot issue.`,
            'definitionId',
          );
        }
        const amount = value ?? definition.value;
        const source = req.source ?? 'MANUAL';
        const limited = await this.checkLimits(tx, amount, definition.currency, source);
        if (limited) return limited;

        const expiresAt = this.expiryFor(definition, locked.timezone, now, req.expiresAt);
        if (req.activatesAt && req.activatesAt.getTime() >= expiresAt.getTime()) {
          throw badInput('activatesAt must be before the expiry', 'activatesAt');
        }
        return this.insertReward(tx, {
          id,
          profileId: locked.id,
          definitionId: definition.id,
          typeId: definition.typeId,
          currency: definition.currency,
          amount,
          timezone: locked.timezone,
          activatesAt:
            req.activatesAt && req.activatesAt > now
              ? req.activatesAt
              : req.activatesAt
                ? null
                : activationFor(definition, now),
          expiresAt,
          source,
          reason,
          meta: (req.meta as object | null | undefined) ?? null,
          opening: { type: 'ISSUE', redemptionId: null },
        });
      },
    });
  }

  /**
   * Issues one reward from a definition to each profile, in the caller's transaction (bulk
   * issue): the profiles are locked in one statement, the rewards inserted and their ISSUE
   * entries appended in a few statements. A MANAGER's limits hold per reward and per day as
   * for single issues; a profile over them gets IssueLimitExceededError and nothing.
   */
  async issueBatch(
    tx: RequestContext,
    req: {
      definition: RewardDefinitionRecord;
      value: number | null;
      reason: string;
      source: RewardSourceName;
      profileIds: string[];
    },
  ): Promise<Map<string, RewardEntity | ErrorResult>> {
    const out = new Map<string, RewardEntity | ErrorResult>();
    const { definition } = req;
    const amount = req.value ?? definition.value;
    const profiles = await this.deps.profiles.lockMany(tx, [...new Set(req.profileIds)].sort());
    const byId = new Map(profiles.map((p) => [p.id, p]));
    const now = tx.now();
    let limits: { issued: number; settings: Awaited<ReturnType<SettingsService['get']>> } | null =
      null;
    const p = tx.principal;
    if (p?.kind === 'user' && p.role === 'MANAGER') {
      await this.deps.auth.lockUser(tx, p.userId);
      const settings = await this.deps.settings.get(tx);
      const { start, end } = limitDay(now, settings.defaultTimezone);
      const raw = await tx.em
        .createQueryBuilder(RewardEntity, 'r')
        .select('SUM(r.valueInitial)', 'total')
        .where('r.issuedBy = :actor AND r.issuedAt >= :start AND r.issuedAt < :end', {
          actor: tx.actor,
          start,
          end,
        })
        .andWhere("r.source IN ('MANUAL', 'IMPORT')")
        .getRawOne<{ total: unknown }>();
      limits = { issued: toNumber(raw?.total), settings };
    }
    const rewards: RewardEntity[] = [];
    for (const profileId of req.profileIds) {
      const profile = byId.get(profileId);
      if (!profile) {
        out.set(profileId, new NotFoundError('No such profile.'));
        continue;
      }
      if (out.has(profileId)) continue;
      if (limits) {
        const verdict = checkManagerLimits(amount, limits.issued, limits.settings);
        if (!verdict.ok) {
          const error = new IssueLimitExceededError(
            `Managers can issue at most ${formatMoney(verdict.limit, definition.currency)} ${verdict.which === 'single' ? 'in one reward' : 'a day'}.`,
          );
          error.limit = Money.of(verdict.limit, definition.currency);
          out.set(profileId, error);
          continue;
        }
        limits.issued += amount;
      }
      const expiresAt = this.expiryFor(definition, profile.timezone, now, null);
      const reward = tx.em.create(RewardEntity, {
        id: newId(),
        profileId,
        definitionId: definition.id,
        typeId: definition.typeId,
        currency: definition.currency,
        valueInitial: amount,
        valueRemaining: amount,
        timezone: profile.timezone,
        issuedAt: now,
        activatesAt: null,
        expiresAt,
        openUntil: expiresAt,
        extendedAt: null,
        extensionCount: 0,
        voidedAt: null,
        source: req.source,
        issuedBy: tx.actor,
        reason: req.reason,
        meta: null,
      });
      rewards.push(reward);
      out.set(profileId, reward);
    }
    for (let i = 0; i < rewards.length; i += 200) {
      await tx.em
        .createQueryBuilder()
        .insert()
        .into(RewardEntity)
        .values(rewards.slice(i, i + 200))
        .updateEntity(false)
        .execute();
    }
    await this.ledger.append(
      tx,
      rewards.map<LedgerChange>((r) => ({
        profileId: r.profileId,
        currency: r.currency,
        type: 'ISSUE',
        rewardId: r.id,
        amount: r.valueInitial,
        reason: r.reason,
      })),
    );
    return out;
  }

  /** Inserts a reward with the ledger entry that opens it. */
  private async insertReward(
    tx: RequestContext,
    r: {
      /** Made up front when an idempotency key is claimed with it. */
      id?: string;
      profileId: string;
      definitionId: string;
      typeId: string;
      currency: string;
      amount: number;
      timezone: string;
      activatesAt: Date | null;
      expiresAt: Date;
      source: RewardSourceName;
      reason: string | null;
      meta: object | null;
      opening: { type: 'ISSUE' | 'REVERSAL' | 'RETURN'; redemptionId: string | null };
    },
    appendLedger = true,
  ): Promise<RewardEntity> {
    const reward = tx.em.create(RewardEntity, {
      id: r.id ?? newId(),
      profileId: r.profileId,
      definitionId: r.definitionId,
      typeId: r.typeId,
      currency: r.currency,
      valueInitial: r.amount,
      valueRemaining: r.amount,
      timezone: r.timezone,
      issuedAt: tx.now(),
      activatesAt: r.activatesAt,
      expiresAt: r.expiresAt,
      openUntil: r.expiresAt,
      extendedAt: null,
      extensionCount: 0,
      voidedAt: null,
      expiredAt: null,
      source: r.source,
      issuedBy: tx.actor,
      reason: r.reason,
      meta: r.meta,
    });
    await tx.em
      .createQueryBuilder()
      .insert()
      .into(RewardEntity)
      .values(reward)
      .updateEntity(false)
      .execute();
    if (appendLedger) {
      await this.ledger.append(tx, [
        {
          profileId: r.profileId,
          currency: r.currency,
          type: r.opening.type,
          rewardId: reward.id,
          redemptionId: r.opening.redemptionId,
          amount: r.amount,
          reason: r.reason,
        },
      ]);
    }
    return reward;
  }

  /** DOMAIN.md: an override wins, then the definition's fixed expiry, then its relative rule. */
  private expiryFor(
    definition: RewardDefinitionRecord,
    timezone: string,
    now: Date,
    override: Date | null | undefined,
  ): Date {
    if (override) return override;
    if (definition.absoluteExpiry) {
      if (definition.absoluteExpiry.getTime() <= now.getTime()) {
        throw badInput(
          `Definition '${definition.handle}' has a fixed expiry that has passed.`,
          'definitionId',
        );
      }
      return definition.absoluteExpiry;
    }
    return computeExpiry(now, timezone, definition.expiryPeriod!, definition.expiryUnit!);
  }

  /** A MANAGER's manual issues are capped per reward and per brand-local day; others are not. */
  private async checkLimits(
    tx: RequestContext,
    amount: number,
    currency: string,
    source: RewardSourceName,
  ): Promise<IssueLimitExceededError | null> {
    const p = tx.principal;
    if (p?.kind !== 'user' || p.role !== 'MANAGER') return null;
    // Staff issues, one at a time or in bulk, count toward the MANAGER's limits.
    if (source !== 'MANUAL' && source !== 'IMPORT') return null;
    // The user's row is the second lock (after the profile): one MANAGER's concurrent issues
    // to different profiles queue here, so the daily total cannot be overrun by a race.
    await this.deps.auth.lockUser(tx, p.userId);
    const settings = await this.deps.settings.get(tx);
    const { start, end } = limitDay(tx.now(), settings.defaultTimezone);
    const raw = await tx.em
      .createQueryBuilder(RewardEntity, 'r')
      .select('SUM(r.valueInitial)', 'total')
      .where('r.issuedBy = :actor AND r.issuedAt >= :start AND r.issuedAt < :end', {
        actor: tx.actor,
        start,
        end,
      })
      .andWhere("r.source IN ('MANUAL', 'IMPORT')")
      .getRawOne<{ total: unknown }>();
    const verdict = checkManagerLimits(amount, toNumber(raw?.total), settings);
    if (verdict.ok) return null;
    const limit = formatMoney(verdict.limit, currency);
    const error = new IssueLimitExceededError(
      verdict.which === 'single'
        ? `Managers can issue at most ${limit} in one reward.`
        : `Managers can issue at most ${limit} a day (${settings.defaultTimezone}); ` +
            `${formatMoney(Math.max(0, verdict.limit - verdict.issuedToday), currency)} is left today.`,
    );
    error.limit = Money.of(verdict.limit, currency);
    return error;
  }

  // ------------------------------------------------------------------ extend and void

  async extend(
    ctx: RequestContext,
    input: { rewardId: string; days?: number | null; until?: Date | null; reason: string },
  ): Promise<RewardEntity | ErrorResult> {
    const reason = check.requiredText(input.reason, 'reason', 500, { multiline: true });
    if ((input.days == null) === (input.until == null)) {
      throw badInput('Give exactly one of days or until.', 'days');
    }
    if (input.days != null) check.wholeNumber(input.days, 'days', 1, 3660);
    const result = await underProfileLock<RewardEntity, RewardEntity | ErrorResult>(
      ctx,
      RewardEntity,
      input.rewardId,
      async (tx, reward) => {
        const now = tx.now();
        const status = rewardStatus(reward, now);
        if (status !== 'ACTIVE' && status !== 'EXPIRED') {
          return new RewardNotActiveError(`A ${status} reward cannot be extended.`);
        }
        const target =
          input.days != null
            ? extendByDays(reward.expiresAt, reward.timezone, input.days)
            : input.until!;
        if (target.getTime() <= reward.expiresAt.getTime()) {
          throw badInput('The new expiry must be later than the current one.', 'until');
        }
        if (target.getTime() <= now.getTime()) {
          throw badInput(
            'The new expiry must be in the future.',
            input.days != null ? 'days' : 'until',
          );
        }
        // An expiry the daily pass already booked (an EXPIRE entry) is undone by this
        // extension's own entry, which brings the value back into the ledger's balance.
        const reopened = reward.expiredAt ? reward.valueRemaining : 0;
        const before = reward.expiresAt;
        reward.expiresAt = target;
        reward.openUntil = target;
        reward.extendedAt = now;
        reward.extensionCount += 1;
        reward.expiredAt = null;
        await tx.em.update(
          RewardEntity,
          { id: reward.id },
          {
            expiresAt: target,
            // Only an open reward (value left, not voided) is extended.
            openUntil: target,
            extendedAt: now,
            extensionCount: reward.extensionCount,
            expiredAt: null,
          },
        );
        await this.ledger.append(tx, [
          {
            profileId: reward.profileId,
            currency: reward.currency,
            type: 'EXTEND',
            rewardId: reward.id,
            amount: reopened,
            reason,
            expiry: { before, after: target },
          },
        ]);
        return reward;
      },
    );
    return result ?? new NotFoundError('No such reward.');
  }

  async void(
    ctx: RequestContext,
    input: { rewardId: string; reason: string },
  ): Promise<RewardEntity | ErrorResult> {
    const reason = check.requiredText(input.reason, 'reason', 500, { multiline: true });
    const result = await underProfileLock<RewardEntity, RewardEntity | ErrorResult>(
      ctx,
      RewardEntity,
      input.rewardId,
      async (tx, reward) => {
        const now = tx.now();
        const status = rewardStatus(reward, now);
        if (status !== 'ACTIVE' && status !== 'PENDING') {
          return new RewardNotActiveError(`A ${status} reward cannot be voided.`);
        }
        if (await this.deps.holds.isReserved(tx, reward.id)) {
          return new RewardNotActiveError(
            'An active checkout hold reserves part of this reward; release or capture it first.',
          );
        }
        const forfeited = reward.valueRemaining;
        // Conditional on the state read above: a second guard beside the profile lock.
        const result = await tx.em
          .createQueryBuilder()
          .update(RewardEntity)
          .set({ voidedAt: now, valueRemaining: 0, openUntil: null })
          .where('id = :id AND voidedAt IS NULL AND valueRemaining = :forfeited', {
            id: reward.id,
            forfeited,
          })
          .execute();
        if (result.affected !== 1)
          throw new Error(`reward ${reward.id} changed while being voided`);
        reward.voidedAt = now;
        reward.valueRemaining = 0;
        reward.openUntil = null;
        await this.ledger.append(tx, [
          {
            profileId: reward.profileId,
            currency: reward.currency,
            type: 'VOID',
            rewardId: reward.id,
            amount: -forfeited,
            reason,
          },
        ]);
        return reward;
      },
    );
    return result ?? new NotFoundError('No such reward.');
  }

  // ------------------------------------------------------------------ automatic issuance

  /**
   * Issues system rewards (reactions, milestones, the daily pass, claims) in one go: one
   * insert for the rewards and one for their ISSUE entries however many there are. The
   * caller holds every profile's lock and writes the occurrence keys in the same transaction.
   * A definition's pending period applies. An item whose definition can no longer issue
   * (archived, or its fixed expiry passed) gets null.
   */
  async issueAutomatic(
    tx: RequestContext,
    items: AutomaticIssue[],
  ): Promise<(RewardEntity | null)[]> {
    const now = tx.now();
    const rewards: (RewardEntity | null)[] = items.map((item) => {
      const d = item.definition;
      if (d.archived || (d.absoluteExpiry && d.absoluteExpiry.getTime() <= now.getTime())) {
        return null;
      }
      const expiresAt = this.expiryFor(d, item.timezone, now, null);
      return tx.em.create(RewardEntity, {
        id: newId(),
        profileId: item.profileId,
        definitionId: d.id,
        typeId: d.typeId,
        currency: d.currency,
        valueInitial: d.value,
        valueRemaining: d.value,
        timezone: item.timezone,
        issuedAt: now,
        activatesAt: activationFor(d, now),
        expiresAt,
        openUntil: expiresAt,
        extendedAt: null,
        extensionCount: 0,
        voidedAt: null,
        expiredAt: null,
        source: item.source,
        issuedBy: tx.actor,
        reason: item.reason,
        meta: item.meta,
      });
    });
    const made = rewards.filter((r): r is RewardEntity => r !== null);
    if (!made.length) return rewards;
    for (let i = 0; i < made.length; i += INSERT_CHUNK) {
      await tx.em
        .createQueryBuilder()
        .insert()
        .into(RewardEntity)
        .values(made.slice(i, i + INSERT_CHUNK))
        .updateEntity(false)
        .execute();
    }
    await this.ledger.append(
      tx,
      made.map<LedgerChange>((r) => ({
        profileId: r.profileId,
        currency: r.currency,
        type: 'ISSUE',
        rewardId: r.id,
        amount: r.valueInitial,
        reason: r.reason,
      })),
    );
    return rewards;
  }

  /**
   * Takes back a reward that is still PENDING (a return undid the purchase that earned it):
   * VOID entry, actor as the caller's (system:clawback). An ACTIVE reward is never taken back;
   * false when the reward is no longer PENDING. The caller holds the profile's lock.
   */
  async clawBack(tx: RequestContext, rewardId: string, reason: string): Promise<boolean> {
    const reward = await tx.em.findOneBy(RewardEntity, { id: rewardId });
    if (!reward || rewardStatus(reward, tx.now()) !== 'PENDING') return false;
    const forfeited = reward.valueRemaining;
    const result = await tx.em
      .createQueryBuilder()
      .update(RewardEntity)
      .set({ voidedAt: tx.now(), valueRemaining: 0, openUntil: null })
      .where('id = :id AND voidedAt IS NULL AND valueRemaining = :forfeited', {
        id: reward.id,
        forfeited,
      })
      .execute();
    if (result.affected !== 1) return false;
    await this.ledger.append(tx, [
      {
        profileId: reward.profileId,
        currency: reward.currency,
        type: 'VOID',
        rewardId: reward.id,
        amount: -forfeited,
        reason,
      },
    ]);
    return true;
  }

  /**
   * Books the expiry of up to `limit` rewards that expired by `asOf` and were not booked yet:
   * an EXPIRE entry of −valueRemaining for each that still held value (the ledger then shows
   * why the balance fell), and expiredAt on all of them so none is looked at twice. Set-based:
   * a handful of statements per batch. Returns how many entries were written and whether more
   * may be waiting.
   */
  async expireDue(
    ctx: RequestContext,
    asOf: Date,
    limit: number,
  ): Promise<{ expired: number; seen: number; marked: number; rewards: RewardEntity[] }> {
    const candidates = await ctx.em
      .createQueryBuilder(RewardEntity, 'r')
      .select(['r.id', 'r.profileId'])
      .where('r.expiredAt IS NULL AND r.expiresAt < :asOf', { asOf })
      .orderBy('r.expiresAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(limit)
      .getMany();
    if (!candidates.length) return { expired: 0, seen: 0, marked: 0, rewards: [] };
    const profileIds = [...new Set(candidates.map((c) => c.profileId))];
    return ctx.transaction(async (tx) => {
      await this.deps.profiles.lockMany(tx, profileIds);
      // Re-read under the locks: a redemption or extension may have moved them meanwhile.
      const rows = await tx.em.find(RewardEntity, {
        where: { id: In(candidates.map((c) => c.id)) },
      });
      // A live hold may still capture from a reward past its expiry: its booking waits for
      // a later pass, once the hold is captured, released or lapsed.
      const held = new Set(
        (
          await tx.em
            .createQueryBuilder(RewardEntity, 'r')
            .select('r.id', 'id')
            .where('r.id IN (:...ids)', { ids: rows.map((r) => r.id) })
            .andWhere(`${this.deps.holds.reservedOnRewardSql} > 0`, { now: tx.now() })
            .getRawMany<{ id: string }>()
        ).map((r) => r.id),
      );
      const due = rows.filter(
        (r) => r.expiredAt === null && r.expiresAt.getTime() < asOf.getTime() && !held.has(r.id),
      );
      if (!due.length) return { expired: 0, seen: candidates.length, marked: 0, rewards: [] };
      await tx.em
        .createQueryBuilder()
        .update(RewardEntity)
        .set({ expiredAt: asOf })
        .where('id IN (:...ids) AND expiredAt IS NULL', { ids: due.map((r) => r.id) })
        .execute();
      const closing = due.filter((r) => r.voidedAt === null && r.valueRemaining > 0);
      await this.ledger.append(
        tx,
        closing.map<LedgerChange>((r) => ({
          profileId: r.profileId,
          currency: r.currency,
          type: 'EXPIRE',
          rewardId: r.id,
          amount: -r.valueRemaining,
          reason: null,
        })),
      );
      return {
        expired: closing.length,
        seen: candidates.length,
        marked: due.length,
        rewards: closing,
      };
    });
  }

  /**
   * Rewards still usable at `from` that expire by `to`, after `afterId` in id order (keyset
   * pages for the daily pass's reminders).
   */
  expiringBetween(
    ctx: RequestContext,
    from: Date,
    to: Date,
    afterId: string,
    limit: number,
  ): Promise<RewardEntity[]> {
    return ctx.em
      .createQueryBuilder(RewardEntity, 'r')
      .where('r.expiredAt IS NULL AND r.expiresAt >= :from AND r.expiresAt <= :to', { from, to })
      .andWhere('r.voidedAt IS NULL AND r.valueRemaining > 0 AND r.id > :afterId', { afterId })
      .orderBy('r.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /**
   * Why a voided reward was voided: the reason of its VOID ledger entry (null otherwise).
   * Batched per request, so a list of voided rewards costs one query.
   */
  voidReason(ctx: RequestContext, rewardId: string): Promise<string | null> {
    return ctx.loaders
      .get('rewards.voidReason', async (ids: readonly string[]) => {
        const entries = await ctx.em.find(LedgerEntryEntity, {
          where: { rewardId: In([...ids]), type: 'VOID' },
          select: { id: true, rewardId: true, reason: true },
        });
        const reasons = new Map(entries.map((e) => [e.rewardId, e.reason]));
        return ids.map((id) => reasons.get(id) ?? null);
      })
      .load(rewardId);
  }

  // ------------------------------------------------------------------ spend and restore

  /**
   * Takes each part's value from its reward and writes the REDEEM entries. Called under the
   * profile's lock; the WHERE clause is a second guard beside it.
   */
  async spend(
    tx: RequestContext,
    on: { profileId: string; currency: string; redemptionId: string },
    parts: RewardPart[],
  ): Promise<void> {
    if (parts.length) {
      // One statement for every reward the redemption draws on, prepared per count.
      const values: Record<string, string | number> = {};
      parts.forEach((a, i) => {
        values[`id${i}`] = a.rewardId;
        values[`amount${i}`] = a.amount;
      });
      const affected = await spendStatement(parts.length).change(tx.em, values);
      if (affected !== new Set(parts.map((a) => a.rewardId)).size) {
        throw new Error(
          `rewards ${parts.map((a) => a.rewardId).join(', ')} cannot give their parts`,
        );
      }
    }
    await this.ledger.append(
      tx,
      parts.map<LedgerChange>((a) => ({
        profileId: on.profileId,
        currency: on.currency,
        type: 'REDEEM',
        rewardId: a.rewardId,
        redemptionId: on.redemptionId,
        amount: -a.amount,
        reason: null,
      })),
    );
  }

  /**
   * Gives value back from a redemption (REVERSAL or RETURN entries). A part goes back to its
   * own reward while that is not voided (and, unless `allowExpired`, not expired); otherwise
   * it becomes a new reward of the same definition, source RETURN, lasting
   * Settings.returnGraceDays. Called under the profile's lock.
   */
  async restore(
    tx: RequestContext,
    on: { profileId: string; currency: string; redemptionId: string },
    parts: RewardPart[],
    how: { type: 'REVERSAL' | 'RETURN'; reason: string | null; allowExpired: boolean },
  ): Promise<void> {
    const changes: LedgerChange[] = [];
    for (const part of parts) {
      const reward = await tx.em.findOneByOrFail(RewardEntity, { id: part.rewardId });
      const expired = reward.expiresAt.getTime() < tx.now().getTime();
      let target = reward.id;
      // Once the daily pass booked its expiry (an EXPIRE entry), value comes back as a new
      // reward rather than into a reward whose books are closed.
      if (reward.voidedAt || reward.expiredAt || (expired && !how.allowExpired)) {
        const settings = await this.deps.settings.get(tx);
        const carried = await this.insertReward(
          tx,
          {
            profileId: reward.profileId,
            definitionId: reward.definitionId,
            typeId: reward.typeId,
            currency: reward.currency,
            amount: part.amount,
            timezone: reward.timezone,
            activatesAt: null,
            expiresAt: computeExpiry(
              tx.now(),
              reward.timezone,
              Math.max(settings.returnGraceDays, 0),
              'DAYS',
            ),
            source: 'RETURN',
            reason: how.reason,
            meta: { returnedFrom: reward.id },
            opening: { type: how.type, redemptionId: on.redemptionId },
          },
          // The opening entry is written with the others below, in one chain.
          false,
        );
        target = carried.id;
      } else {
        await tx.em
          .createQueryBuilder()
          .update(RewardEntity)
          .set({
            valueRemaining: () => `valueRemaining + ${part.amount}`,
            openUntil: () => 'expiresAt',
          })
          .where('id = :id AND voidedAt IS NULL', { id: reward.id })
          .execute();
      }
      changes.push({
        profileId: on.profileId,
        currency: on.currency,
        type: how.type,
        rewardId: target,
        redemptionId: on.redemptionId,
        amount: part.amount,
        reason: how.reason,
      });
    }
    await this.ledger.append(tx, changes);
  }
}

// The spend's UPDATE for n rewards. Counts up to 32 are kept (a redemption draws on a few
// rewards); larger draws build their statement each time.
const spendStatements = new Map<number, PreparedStatement>();
function spendStatement(n: number): PreparedStatement {
  const known = spendStatements.get(n);
  if (known) return known;
  const cases = Array.from({ length: n }, (_, i) => `WHEN :id${i} THEN :amount${i}`).join(' ');
  const ids = Array.from({ length: n }, (_, i) => `:id${i}`).join(', ');
  const statement = new PreparedStatement((em) =>
    em
      .createQueryBuilder()
      .update(RewardEntity)
      .set({
        // Before valueRemaining: MySQL evaluates SET left to right with the values already
        // assigned, SQLite with the old ones; this way both read the value before spending.
        openUntil: () => `CASE WHEN valueRemaining > CASE id ${cases} END THEN expiresAt END`,
        valueRemaining: () => `valueRemaining - CASE id ${cases} END`,
      })
      .where(`id IN (${ids}) AND voidedAt IS NULL AND valueRemaining >= CASE id ${cases} END`)
      .getQuery(),
  );
  if (n <= 32) spendStatements.set(n, statement);
  return statement;
}
