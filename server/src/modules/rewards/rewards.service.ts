import { In } from 'typeorm';
import {
  ErrorResult,
  IssueLimitExceededError,
  Money,
  NotFoundError,
  RewardNotActiveError,
} from '../../graphql/common.types';
import { toDate, toNumber } from '../../db/raw';
import { badInput } from '../../graphql/errors';
import { paginate } from '../../graphql/pagination';
import { newId } from '../../lib/ids';
import type { RequestContext } from '../../lib/request-context';
import { computeExpiry, extendByDays } from '../../lib/time';
import * as check from '../../lib/validate';
import type { DefinitionsService } from '../definitions/definitions.service';
import type { RewardDefinitionEntity } from '../definitions/reward-definition.entity';
import type { IdempotencyService } from '../idempotency';
import { underProfileLock } from '../profiles/profile-lock';
import { ProfileEntity } from '../profiles/profile.entity';
import type { SettingsService } from '../settings';
import { UserEntity } from '../auth/entities';
import { LedgerEntryEntity } from './ledger-entry.entity';
import type { LedgerService } from './ledger.service';
import { RewardEntity, RewardSourceName } from './reward.entity';
import { isReserved } from '../redemptions/holds.queries';
import { ACTIVE_REWARD_SQL, REWARD_STATUS_SQL } from './reward.sql';
import { checkManagerLimits, rewardStatus, RewardStatusName, utcDay } from './rewards.rules';

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

const SOON_MS = 30 * 86_400_000;
const META_MAX_BYTES = 4_096;

/** Issuing, extending and voiding rewards; balances and the ledger as read models. */
export class RewardsService {
  constructor(
    private readonly settings: SettingsService,
    private readonly definitions: DefinitionsService,
    private readonly ledger: LedgerService,
    private readonly idempotency: IdempotencyService,
  ) {}

  byIds(ctx: RequestContext, ids: readonly string[]) {
    return ctx.em.find(RewardEntity, { where: { id: In([...ids]) } });
  }

  async issue(ctx: RequestContext, req: IssueRequest): Promise<RewardEntity | ErrorResult> {
    const now = ctx.now();
    // Everything about the input is checked before any transaction starts.
    if (!req.profileId === !req.profileExternalId) {
      throw badInput('Give exactly one of profileId or profileExternalId.', 'profileId');
    }
    if (!req.definitionId === !req.definitionHandle) {
      throw badInput('Give exactly one of definitionId or definitionHandle.', 'definitionId');
    }
    const reason = check.requiredText(req.reason, 'reason', 500);
    const key = check.idempotencyKey(req.idempotencyKey);
    const value = req.value == null ? null : check.positiveCents(req.value, 'value');
    if (req.expiresAt != null) check.futureDate(req.expiresAt, now, 'expiresAt');
    if (req.activatesAt != null && Number.isNaN(req.activatesAt.getTime())) {
      throw badInput('activatesAt is not a valid date', 'activatesAt');
    }
    if (req.meta !== undefined && req.meta !== null) {
      if (typeof req.meta !== 'object' || Array.isArray(req.meta)) {
        throw badInput('meta must be a JSON object', 'meta');
      }
      if (Buffer.byteLength(JSON.stringify(req.meta)) > META_MAX_BYTES) {
        throw badInput(`meta must be at most ${META_MAX_BYTES} bytes of JSON`, 'meta');
      }
    }

    const profile = await ctx.em.findOne(ProfileEntity, {
      where: req.profileId ? { id: req.profileId } : { externalId: req.profileExternalId!.trim() },
      select: { id: true },
    });
    if (!profile) return new NotFoundError('No such profile.');

    return this.idempotency.run<RewardEntity, ProfileEntity>(ctx, {
      operation: 'issueReward',
      key,
      input: { ...req, profileId: profile.id, profileExternalId: undefined, reason, key },
      lockFirst: { entity: ProfileEntity, id: profile.id },
      resultRef: (reward) => ({ type: 'Reward', id: reward.id }),
      load: (tx, ref) => tx.em.findOneByOrFail(RewardEntity, { id: ref.id }),
      work: async (tx, locked) => {
        if (!locked) return new NotFoundError('No such profile.');
        const definition = await this.definitions.findDefinition(tx, {
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
        const reward = tx.em.create(RewardEntity, {
          id: newId(),
          profileId: locked.id,
          definitionId: definition.id,
          typeId: definition.typeId,
          currency: definition.currency,
          valueInitial: amount,
          valueRemaining: amount,
          timezone: locked.timezone,
          issuedAt: now,
          activatesAt: req.activatesAt && req.activatesAt > now ? req.activatesAt : null,
          expiresAt,
          extendedAt: null,
          extensionCount: 0,
          voidedAt: null,
          source,
          issuedBy: tx.actor,
          reason,
          meta: (req.meta as object | null | undefined) ?? null,
        });
        await tx.em.insert(RewardEntity, reward);
        await this.ledger.append(tx, [
          {
            profileId: locked.id,
            currency: reward.currency,
            type: 'ISSUE',
            rewardId: reward.id,
            amount,
            reason,
          },
        ]);
        return reward;
      },
    });
  }

  /** DOMAIN.md: an override wins, then the definition's fixed expiry, then its relative rule. */
  private expiryFor(
    definition: RewardDefinitionEntity,
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

  /** A MANAGER's manual issues are capped per reward and per UTC day; others are not. */
  private async checkLimits(
    tx: RequestContext,
    amount: number,
    currency: string,
    source: RewardSourceName,
  ): Promise<IssueLimitExceededError | null> {
    const p = tx.principal;
    if (p?.kind !== 'user' || p.role !== 'MANAGER' || source !== 'MANUAL') return null;
    // The user's row is the second lock (after the profile): one MANAGER's concurrent issues
    // to different profiles queue here, so the daily total cannot be overrun by a race.
    if (tx.db.kind === 'mysql') {
      await tx.em.findOne(UserEntity, {
        where: { id: p.userId },
        lock: { mode: 'pessimistic_write' },
      });
    }
    const settings = await this.settings.get(tx);
    const { start, end } = utcDay(tx.now());
    const raw = await tx.em
      .createQueryBuilder(RewardEntity, 'r')
      .select('SUM(r.valueInitial)', 'total')
      .where('r.issuedBy = :actor AND r.issuedAt >= :start AND r.issuedAt < :end', {
        actor: tx.actor,
        start,
        end,
      })
      .andWhere("r.source = 'MANUAL'")
      .getRawOne<{ total: unknown }>();
    const verdict = checkManagerLimits(amount, toNumber(raw?.total), settings);
    if (verdict.ok) return null;
    const error = new IssueLimitExceededError(
      verdict.which === 'single'
        ? `A MANAGER may issue at most ${verdict.limit} cents in one reward.`
        : `A MANAGER may issue at most ${verdict.limit} cents per day.`,
    );
    error.limit = Money.of(verdict.limit, currency);
    return error;
  }

  async extend(
    ctx: RequestContext,
    input: { rewardId: string; days?: number | null; until?: Date | null; reason: string },
  ): Promise<RewardEntity | ErrorResult> {
    const reason = check.requiredText(input.reason, 'reason', 500);
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
    const reason = check.requiredText(input.reason, 'reason', 500);
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
        if (await isReserved(tx.em, reward.id, now)) {
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

  /** Balances of many profiles in one query, grouped by profile and currency. */
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
      .addSelect('SUM(r.valueRemaining)', 'available')
      .addSelect('COUNT(*)', 'count')
      .addSelect('MIN(r.expiresAt)', 'nextExpiry')
      .addSelect('SUM(CASE WHEN r.expiresAt <= :soon THEN r.valueRemaining ELSE 0 END)', 'soon')
      .where('r.profileId IN (:...ids)', { ids: [...profileIds] })
      .andWhere(ACTIVE_REWARD_SQL, { now })
      .setParameter('soon', new Date(now.getTime() + SOON_MS))
      .groupBy('r.profileId')
      .addGroupBy('r.currency');
  }

  async balances(ctx: RequestContext, profileIds: readonly string[]): Promise<BalanceRow[]> {
    if (!profileIds.length) return [];
    const rows = await this.balanceQuery(ctx, profileIds).getRawMany<Record<string, unknown>>();
    return rows.map((row) => ({
      profileId: String(row.profileId),
      currency: String(row.currency),
      available: toNumber(row.available),
      held: 0,
      activeRewardCount: toNumber(row.count),
      nextExpiry: row.nextExpiry == null ? null : toDate(row.nextExpiry),
      expiringSoon: toNumber(row.soon),
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
}
