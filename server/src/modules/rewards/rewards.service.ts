import { In } from 'typeorm';
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
import { toDate, toNumber } from '../../db/raw';
import type { AuthService } from '../auth';
import type { DefinitionsService, RewardDefinitionRecord } from '../definitions';
import type { HoldsService } from '../holds';
import type { IdempotencyService } from '../idempotency';
import { type ProfileRecord, type ProfilesService, underProfileLock } from '../profiles';
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

  constructor(private readonly deps: RewardsDeps) {
    this.ledger = new LedgerService(deps.events);
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
    const [rows, held] = await Promise.all([
      this.balanceQuery(ctx, profileIds).getRawMany<Record<string, unknown>>(),
      this.deps.holds.heldByProfile(ctx, profileIds),
    ]);
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

  /**
   * The balance query: one range scan of the (profileId, expiresAt) index per profile, so it
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
    return ctx.loaders
      .get('rewards.balances', async (ids: readonly string[]) => {
        const rows = await this.balances(ctx, ids);
        return ids.map((id) => rows.filter((r) => r.profileId === id));
      })
      .load(profileId);
  }

  /** The ACTIVE rewards of one currency with what each can give now, by the balance rule. */
  async spendable(
    tx: RequestContext,
    profileId: string,
    currency: string,
  ): Promise<SpendableReward[]> {
    const rows = await tx.em
      .createQueryBuilder(RewardEntity, 'r')
      .select('r.id', 'id')
      .addSelect('r.expiresAt', 'expiresAt')
      .addSelect('r.issuedAt', 'issuedAt')
      .addSelect('r.valueRemaining', 'valueRemaining')
      .addSelect(this.deps.holds.reservedOnRewardSql, 'reserved')
      .where('r.profileId = :profileId AND r.currency = :currency', { profileId, currency })
      .andWhere(ACTIVE_REWARD_SQL, { now: tx.now() })
      .getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
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

    const profileId = await this.deps.profiles.idOf(ctx, {
      id: req.profileId,
      externalId: req.profileExternalId,
    });

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
          profileId: locked.id,
          definitionId: definition.id,
          typeId: definition.typeId,
          currency: definition.currency,
          amount,
          timezone: locked.timezone,
          activatesAt: req.activatesAt && req.activatesAt > now ? req.activatesAt : null,
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
        expiresAt: this.expiryFor(definition, profile.timezone, now, null),
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
      id: newId(),
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
      extendedAt: null,
      extensionCount: 0,
      voidedAt: null,
      source: r.source,
      issuedBy: tx.actor,
      reason: r.reason,
      meta: r.meta,
    });
    await tx.em.insert(RewardEntity, reward);
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
        reward.expiresAt = target;
        reward.extendedAt = now;
        reward.extensionCount += 1;
        await tx.em.update(
          RewardEntity,
          { id: reward.id },
          { expiresAt: target, extendedAt: now, extensionCount: reward.extensionCount },
        );
        await this.ledger.append(tx, [
          {
            profileId: reward.profileId,
            currency: reward.currency,
            type: 'EXTEND',
            rewardId: reward.id,
            amount: 0,
            reason,
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
          .set({ voidedAt: now, valueRemaining: 0 })
          .where('id = :id AND voidedAt IS NULL AND valueRemaining = :forfeited', {
            id: reward.id,
            forfeited,
          })
          .execute();
        if (result.affected !== 1)
          throw new Error(`reward ${reward.id} changed while being voided`);
        reward.voidedAt = now;
        reward.valueRemaining = 0;
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
    for (const a of parts) {
      const result = await tx.em
        .createQueryBuilder()
        .update(RewardEntity)
        .set({ valueRemaining: () => `valueRemaining - ${a.amount}` })
        .where('id = :id AND valueRemaining >= :amount AND voidedAt IS NULL', {
          id: a.rewardId,
          amount: a.amount,
        })
        .execute();
      if (result.affected !== 1) throw new Error(`reward ${a.rewardId} cannot give ${a.amount}`);
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
      if (reward.voidedAt || (expired && !how.allowExpired)) {
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
          .set({ valueRemaining: () => `valueRemaining + ${part.amount}` })
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
