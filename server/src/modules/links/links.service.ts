import type { RequestContext } from '../../core/context';
import { newId } from '../../core/ids';
import { Money } from '../../core/money';
import {
  ErrorResult,
  InvalidLinkError,
  NotFoundError,
  RewardNotExtendableError,
} from '../../core/results';
import { extendByDays } from '../../core/time';
import { Rollback } from '../../db/database';
import type { DefinitionsService } from '../definitions';
import { type ProfilesService, underProfileLock } from '../profiles';
import type { RateLimitsService } from '../ratelimits';
import { type RewardRecord, rewardStatus, type RewardsService } from '../rewards';
import { ExtensionLinkEntity } from './link.entity';
import {
  hashLinkToken,
  LINK_TTL_DAYS,
  linkRefusal,
  linkUrl,
  looksLikeToken,
  newLinkToken,
} from './links.rules';
import { type AttemptLimiter, rateLimited } from './rate-limit';

export interface LinksDeps {
  ratelimits: RateLimitsService;
  rewards: RewardsService;
  definitions: DefinitionsService;
  profiles: ProfilesService;
}

export interface CreatedLink {
  token: string;
  url: string;
  expiresAt: Date;
}

/** Everything the public page may show: the reward, its expiries and a first name. */
export interface ExtensionOffer {
  rewardId: string;
  rewardName: string;
  valueRemaining: Money;
  expiresAt: Date;
  newExpiresAt: Date;
  timezone: string;
  customerFirstName: string | null;
}

const INVALID = 'This link is not valid. Check that it was copied in full.';
const DAY_MS = 86_400_000;

/**
 * Profile Portal extension links: created by staff (or the daily pass) for a reward whose type
 * allows self-service extension, shown and confirmed by the customer without signing in.
 */
export class LinksService {
  /**
   * Tries per client address on the public operations: 30 a minute, shared by every process
   * through the database on MySQL (in memory on the embedded database).
   */
  limiter: AttemptLimiter;

  constructor(
    private readonly deps: LinksDeps,
    private readonly publicUrl: string,
  ) {
    this.limiter = deps.ratelimits.sharedLimit('portal', 30, 60);
  }

  /** Counts one public request from `address`; refuses with RATE_LIMITED when over. */
  async throttle(ctx: RequestContext, address: string): Promise<void> {
    const verdict = await this.limiter.consume(ctx, `portal:${address}`);
    if (!verdict.ok) throw rateLimited(verdict.retryAfterMs);
  }

  /** A single-use link for the reward, valid for `ttlDays` (default 30). */
  async create(
    ctx: RequestContext,
    rewardId: string,
    ttlDays = LINK_TTL_DAYS,
  ): Promise<CreatedLink | ErrorResult> {
    const reward = await this.deps.rewards.load(ctx, rewardId).catch(() => null);
    if (!reward) return new NotFoundError('No such reward.');
    const type = await this.deps.definitions.loadType(ctx, reward.typeId);
    if (!type.extensionEnabled) {
      return new RewardNotExtendableError(
        `Rewards of type '${type.name}' cannot be extended by the customer.`,
      );
    }
    const status = rewardStatus(reward, ctx.now());
    if (status !== 'ACTIVE' && status !== 'EXPIRED') {
      return new RewardNotExtendableError(`A ${status} reward cannot be extended.`);
    }
    if (await this.extendedByCustomer(ctx, reward.id, null)) {
      return new RewardNotExtendableError('This reward has already been extended by its customer.');
    }
    const { row, link } = this.newLink(ctx, reward, ttlDays);
    await ctx.em.insert(ExtensionLinkEntity, row);
    return link;
  }

  /** A fresh token for the reward: the row to store (its hash only) and the link to hand out. */
  private newLink(ctx: RequestContext, reward: RewardRecord, ttlDays: number) {
    const token = newLinkToken();
    const expiresAt = new Date(ctx.now().getTime() + ttlDays * DAY_MS);
    const row: ExtensionLinkEntity = {
      id: newId(),
      tokenHash: hashLinkToken(token),
      rewardId: reward.id,
      profileId: reward.profileId,
      createdAt: ctx.now(),
      createdBy: ctx.actor,
      expiresAt,
      usedAt: null,
    };
    const link: CreatedLink = { token, url: linkUrl(this.publicUrl, token), expiresAt };
    return { row, link };
  }

  /**
   * Links for the daily pass's expiry reminders, in three statements for any number of
   * rewards: only rewards whose type allows self-service extension and that their customer
   * has not extended already get one. Returns the links by reward id.
   */
  async createForReminders(
    ctx: RequestContext,
    rewards: readonly RewardRecord[],
    ttlDays = LINK_TTL_DAYS,
  ): Promise<Map<string, CreatedLink>> {
    const links = new Map<string, CreatedLink>();
    const typeIds = [...new Set(rewards.map((r) => r.typeId))];
    const types = await Promise.all(typeIds.map((id) => this.deps.definitions.loadType(ctx, id)));
    const extendable = new Set(types.filter((t) => t.extensionEnabled).map((t) => t.id));
    const candidates = rewards.filter((r) => extendable.has(r.typeId));
    if (!candidates.length) return links;
    const used = await ctx.em
      .createQueryBuilder(ExtensionLinkEntity, 'l')
      .select('l.rewardId', 'rewardId')
      .where('l.rewardId IN (:...ids) AND l.usedAt IS NOT NULL', {
        ids: candidates.map((r) => r.id),
      })
      .getRawMany<{ rewardId: string }>();
    const extended = new Set(used.map((u) => u.rewardId));
    const rows = candidates
      .filter((r) => !extended.has(r.id))
      .map((reward) => {
        const { row, link } = this.newLink(ctx, reward, ttlDays);
        links.set(reward.id, link);
        return row;
      });
    if (rows.length) {
      await ctx.em
        .createQueryBuilder()
        .insert()
        .into(ExtensionLinkEntity)
        .values(rows)
        .updateEntity(false)
        .execute();
    }
    return links;
  }

  /** What the link offers, or why it cannot be used. Reads only. */
  async offer(ctx: RequestContext, token: string): Promise<ExtensionOffer | ErrorResult> {
    const link = await this.find(ctx, token);
    if (!link) return new InvalidLinkError(INVALID);
    const checked = await this.check(ctx, link);
    return 'offer' in checked ? checked.offer : checked.error;
  }

  /**
   * The customer's confirmation: extends the reward by its type's extensionDays, once. Under
   * the profile's lock, and the link is marked used by a conditional update, so two clicks at
   * once extend once and the second is told the link was already used.
   */
  async confirm(ctx: RequestContext, token: string): Promise<ExtensionOffer | ErrorResult> {
    const found = await this.find(ctx, token);
    if (!found) return new InvalidLinkError(INVALID);
    const result = await underProfileLock<ExtensionLinkEntity, ExtensionOffer | ErrorResult>(
      ctx,
      ExtensionLinkEntity,
      found.id,
      async (tx, link) => {
        const checked = await this.check(tx, link);
        if ('error' in checked) return checked.error;
        const now = tx.now();
        const claimed = await tx.em
          .createQueryBuilder()
          .update(ExtensionLinkEntity)
          .set({ usedAt: now })
          .where('id = :id AND usedAt IS NULL', { id: link.id })
          .execute();
        if (claimed.affected !== 1) {
          return new InvalidLinkError('This link was already used: the reward has been extended.');
        }
        const customer = tx.as({ kind: 'customer', profileId: link.profileId });
        const extended = await this.deps.rewards.extend(customer, {
          rewardId: link.rewardId,
          days: checked.days,
          reason: 'Extended by the customer from a Profile Portal link.',
        });
        if (extended instanceof ErrorResult) return new Rollback(extended);
        return { ...checked.offer, newExpiresAt: extended.expiresAt };
      },
    );
    return result ?? new InvalidLinkError(INVALID);
  }

  private async find(ctx: RequestContext, token: string): Promise<ExtensionLinkEntity | null> {
    if (typeof token !== 'string' || !looksLikeToken(token)) return null;
    return ctx.em.findOne(ExtensionLinkEntity, { where: { tokenHash: hashLinkToken(token) } });
  }

  private async check(
    ctx: RequestContext,
    link: ExtensionLinkEntity,
  ): Promise<{ offer: ExtensionOffer; days: number } | { error: ErrorResult }> {
    const now = ctx.now();
    const reward: RewardRecord = await this.deps.rewards.load(ctx, link.rewardId);
    const refusal = linkRefusal(
      {
        expiresAt: link.expiresAt,
        usedAt: link.usedAt,
        rewardStatus: rewardStatus(reward, now),
        extendedByCustomer: await this.extendedByCustomer(ctx, link.rewardId, link.id),
      },
      now,
    );
    if (refusal) return { error: new InvalidLinkError(refusal) };
    const [type, definition, profile] = await Promise.all([
      this.deps.definitions.loadType(ctx, reward.typeId),
      this.deps.definitions.loadDefinition(ctx, reward.definitionId),
      this.deps.profiles.load(ctx, reward.profileId),
    ]);
    if (!type.extensionEnabled || type.extensionDays < 1) {
      return { error: new RewardNotExtendableError('This reward can no longer be extended.') };
    }
    const newExpiresAt = extendByDays(reward.expiresAt, reward.timezone, type.extensionDays);
    if (newExpiresAt.getTime() <= now.getTime()) {
      return { error: new RewardNotExtendableError('This reward expired too long ago to extend.') };
    }
    return {
      days: type.extensionDays,
      offer: {
        rewardId: reward.id,
        rewardName: definition.name,
        valueRemaining: Money.of(reward.valueRemaining, reward.currency),
        expiresAt: reward.expiresAt,
        newExpiresAt,
        timezone: reward.timezone,
        customerFirstName: profile.firstName,
      },
    };
  }

  /** Whether a link (other than `except`) already extended this reward. */
  private async extendedByCustomer(
    ctx: RequestContext,
    rewardId: string,
    except: string | null,
  ): Promise<boolean> {
    const query = ctx.em
      .createQueryBuilder(ExtensionLinkEntity, 'l')
      .where('l.rewardId = :rewardId AND l.usedAt IS NOT NULL', { rewardId });
    if (except) query.andWhere('l.id <> :except', { except });
    return (await query.getCount()) > 0;
  }
}
