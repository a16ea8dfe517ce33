import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { In, QueryFailedError } from 'typeorm';
import type { AppConfig } from '../../config';
import type { RequestContext } from '../../core/context';
import { badInput } from '../../core/errors';
import type { EventBus } from '../../core/events';
import { newId } from '../../core/ids';
import type { IdempotencyService } from '../idempotency';
import type { CreatedLink, LinksService } from '../links';
import type { ProfilesService } from '../profiles';
import type { DueOccurrence, ReactionsService } from '../reactions';
import type { RewardRecord, RewardsService } from '../rewards';
import type { TransactionsService } from '../transactions';
import { ExpiryReminderEntity, LeaseEntity } from './schedule.entity';
import { anniversaryKey, birthdayKey, lapseKey, REMINDER_DAYS } from './schedule.rules';

/** What the daily pass did, by kind. */
export interface PassSummary {
  asOf: Date;
  rewardsIssued: number;
  birthdays: number;
  anniversaries: number;
  lapses: number;
  rewardsExpired: number;
  remindersSent: number;
  idempotencyKeysPurged: number;
}

/** A reward that expires soon, announced once per reward and expiry (webhooks deliver it). */
export interface RewardExpiring {
  reward: RewardRecord;
  /** The pass's instant; the reward expires within REMINDER_DAYS of it. */
  asOf: Date;
  /** A Profile Portal link to extend it, where its type allows and it was not extended yet. */
  extensionLink: CreatedLink | null;
}

declare module '../../core/events' {
  interface DomainEvents {
    /** The daily pass found a reward expiring within 14 days (once per reward and expiry). */
    'reward.expiring': RewardExpiring;
  }
}

export interface ScheduleDeps {
  events: EventBus;
  idempotency: IdempotencyService;
  links: LinksService;
  profiles: ProfilesService;
  rewards: RewardsService;
  transactions: TransactionsService;
  reactions: ReactionsService;
}

export const DAILY_PASS = 'daily-pass';
const KIND_OF = {
  BIRTHDAY: 'birthdays',
  JOIN_ANNIVERSARY: 'anniversaries',
  LAPSED: 'lapses',
} as const;
/** Profiles (and rewards) per statement. */
export const BATCH_SIZE = 500;
const LEASE_MS = 5 * 60_000;
const DAY_MS = 86_400_000;

export class LeaseLostError extends Error {
  override name = 'LeaseLostError';
}

function isDuplicateKey(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const e = err.driverError as { errno?: number; code?: string } | undefined;
  return e?.errno === 1062 || (e?.code ?? '').startsWith('SQLITE_CONSTRAINT');
}

/**
 * The daily pass: birthdays, join anniversaries and lapses paid through their reactions,
 * EXPIRE entries for rewards that expired, `reward.expiring` reminders, and the purge of old
 * idempotency keys. Set-based: each step reads and writes a batch of a few hundred rows per
 * statement. Idempotent: what was paid, booked or reminded is never done again. A lease row
 * keeps two processes from running it at once.
 */
export class ScheduleService {
  constructor(
    private readonly deps: ScheduleDeps,
    private readonly config: Pick<AppConfig, 'idempotencyRetentionDays'>,
  ) {}

  /**
   * Runs the pass as of an instant (default now), waiting for the lease if another process
   * holds it (the pass it then runs finds nothing left to do).
   */
  async run(
    ctx: RequestContext,
    asOf: Date | null | undefined,
    { waitMs = 10 * 60_000, batchSize = BATCH_SIZE } = {},
  ): Promise<PassSummary> {
    const now = ctx.now();
    const at = asOf ?? now;
    if (Number.isNaN(at.getTime())) throw badInput('asOf is not a valid date', 'asOf');
    if (at.getTime() < 0) throw badInput('asOf is before 1970', 'asOf');
    // Expiry is booked up to asOf: a future asOf would book rewards that are still usable.
    if (at.getTime() > now.getTime() + 60_000) {
      throw badInput('asOf cannot be in the future', 'asOf');
    }
    const holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
    const deadline = Date.now() + waitMs;
    while (!(await this.takeLease(ctx, holder))) {
      if (Date.now() > deadline) throw new Error('the daily pass lease stayed taken');
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 100));
    }
    try {
      return await this.pass(ctx, at, holder, batchSize);
    } finally {
      await this.releaseLease(ctx, holder);
    }
  }

  // ------------------------------------------------------------------ the lease

  /** Takes the lease when it is free or expired: a conditional update, one winner. */
  async takeLease(ctx: RequestContext, holder: string): Promise<boolean> {
    return ctx.transaction(async (tx) => {
      const now = tx.now();
      if (!(await tx.em.exists(LeaseEntity, { where: { name: DAILY_PASS } }))) {
        try {
          await tx.em.insert(LeaseEntity, { name: DAILY_PASS, holder: '', expiresAt: new Date(0) });
        } catch (err) {
          if (!isDuplicateKey(err)) throw err;
        }
      }
      const result = await tx.em
        .createQueryBuilder()
        .update(LeaseEntity)
        .set({ holder, expiresAt: new Date(now.getTime() + LEASE_MS) })
        .where('name = :name AND expiresAt < :now', { name: DAILY_PASS, now })
        .execute();
      return result.affected === 1;
    });
  }

  /** Keeps the lease while working; a holder that lost it stops. */
  private async renewLease(ctx: RequestContext, holder: string): Promise<void> {
    const kept = await ctx.transaction(async (tx) => {
      const result = await tx.em
        .createQueryBuilder()
        .update(LeaseEntity)
        .set({ expiresAt: new Date(tx.now().getTime() + LEASE_MS) })
        .where('name = :name AND holder = :holder', { name: DAILY_PASS, holder })
        .execute();
      return result.affected === 1;
    });
    if (!kept) throw new LeaseLostError('another process took the daily pass lease');
  }

  private async releaseLease(ctx: RequestContext, holder: string): Promise<void> {
    await ctx.transaction(async (tx) => {
      await tx.em
        .createQueryBuilder()
        .update(LeaseEntity)
        .set({ holder: '', expiresAt: new Date(0) })
        .where('name = :name AND holder = :holder', { name: DAILY_PASS, holder })
        .execute();
    });
  }

  // ------------------------------------------------------------------ the pass

  private async pass(
    ctx: RequestContext,
    asOf: Date,
    holder: string,
    batchSize: number,
  ): Promise<PassSummary> {
    const summary: PassSummary = {
      asOf,
      rewardsIssued: 0,
      birthdays: 0,
      anniversaries: 0,
      lapses: 0,
      rewardsExpired: 0,
      remindersSent: 0,
      idempotencyKeysPurged: 0,
    };
    // Renewed at most every 30 seconds: a round trip per batch would cost more than the batch.
    let renewed = Date.now();
    const lease = {
      keep: async () => {
        if (Date.now() - renewed < 30_000) return;
        await this.renewLease(ctx, holder);
        renewed = Date.now();
      },
    };
    const reactions = await this.deps.reactions.scheduled(ctx);
    const birthdays = reactions.filter((r) => r.event === 'BIRTHDAY');
    const anniversaries = reactions.filter((r) => r.event === 'JOIN_ANNIVERSARY');
    const lapses = reactions.filter((r) => r.event === 'LAPSED');

    // 1. Issuance, a page of profiles at a time.
    if (reactions.length) {
      for (let after = ''; ;) {
        const profiles = await this.deps.profiles.page(ctx, after, batchSize);
        if (!profiles.length) break;
        after = profiles[profiles.length - 1].id;
        const last = lapses.length
          ? await this.deps.transactions.lastActivity(
              ctx,
              profiles.map((p) => p.id),
            )
          : new Map<string, Date>();
        // One list for every kind: one read finds what was paid before, one transaction pays.
        const all: DueOccurrence[] = [];
        for (const profile of profiles) {
          const birthday = birthdayKey(profile.birthDate, profile.timezone, asOf);
          if (birthday) {
            for (const reaction of birthdays) {
              all.push({
                reaction,
                profile,
                key: birthday,
                event: { type: 'BIRTHDAY', birthDate: profile.birthDate },
                source: 'SCHEDULE',
              });
            }
          }
          for (const reaction of anniversaries) {
            const key = anniversaryKey(
              profile.joinedAt,
              profile.timezone,
              asOf,
              reaction.createdAt,
            );
            if (key) {
              all.push({
                reaction,
                profile,
                key,
                event: { type: 'JOIN_ANNIVERSARY', years: Number(key.split(':')[1]) },
                source: 'SCHEDULE',
              });
            }
          }
          for (const reaction of lapses) {
            const lastActivity = last.get(profile.id) ?? null;
            const key = lapseKey(lastActivity, profile.joinedAt, reaction.lapsedDays!, asOf);
            if (key) {
              all.push({
                reaction,
                profile,
                key,
                event: {
                  type: 'LAPSED',
                  lastTransactionAt: lastActivity?.toISOString() ?? null,
                },
                source: 'SCHEDULE',
              });
            }
          }
        }
        for (const paid of await this.deps.reactions.payDue(ctx, all, 'schedule')) {
          summary[KIND_OF[paid.reaction.event as keyof typeof KIND_OF]] += 1;
          summary.rewardsIssued += 1;
        }
        await lease.keep();
        if (profiles.length < batchSize) break;
      }
    }

    // 2. EXPIRE entries for what expired by asOf.
    for (;;) {
      const { expired, seen, marked } = await this.deps.rewards.expireDue(
        ctx.as({ kind: 'system', job: 'expiry' }),
        asOf,
        batchSize,
      );
      summary.rewardsExpired += expired;
      // Stop on a short page, or when a page was all held rewards (left for a later pass).
      if (seen < batchSize || marked === 0) break;
      await lease.keep();
    }

    // 3. Reminders for rewards expiring within 14 days.
    const until = new Date(asOf.getTime() + REMINDER_DAYS * DAY_MS);
    for (let after = ''; ;) {
      const page = await this.deps.rewards.expiringBetween(ctx, asOf, until, after, batchSize);
      if (!page.length) break;
      after = page[page.length - 1].id;
      summary.remindersSent += await this.remind(ctx, page, asOf);
      if (page.length < batchSize) break;
      await lease.keep();
    }

    // 4. Idempotency keys past their retention.
    summary.idempotencyKeysPurged = await this.deps.idempotency.purgeOlderThan(
      ctx,
      new Date(asOf.getTime() - this.config.idempotencyRetentionDays * DAY_MS),
    );
    return summary;
  }

  /** Announces `reward.expiring` once per reward and expiry; returns how many were new. */
  private async remind(ctx: RequestContext, rewards: RewardRecord[], asOf: Date): Promise<number> {
    // Only usable rewards: a PENDING one is not in the balance yet.
    const usable = rewards.filter(
      (r) => !r.activatesAt || r.activatesAt.getTime() <= asOf.getTime(),
    );
    if (!usable.length) return 0;
    const sent = await ctx.em.find(ExpiryReminderEntity, {
      where: { rewardId: In(usable.map((r) => r.id)) },
      select: { rewardId: true, expiresAt: true },
    });
    const seen = new Set(sent.map((s) => `${s.rewardId}/${s.expiresAt.getTime()}`));
    const fresh = usable.filter((r) => !seen.has(`${r.id}/${r.expiresAt.getTime()}`));
    if (!fresh.length) return 0;
    const system = ctx.as({ kind: 'system', job: 'schedule' });
    await system.transaction(async (tx) => {
      await tx.em
        .createQueryBuilder()
        .insert()
        .into(ExpiryReminderEntity)
        .values(
          fresh.map((r) => ({
            id: newId(),
            rewardId: r.id,
            expiresAt: r.expiresAt,
            createdAt: tx.now(),
          })),
        )
        .updateEntity(false)
        .execute();
      const links = await this.deps.links.createForReminders(tx, fresh);
      for (const reward of fresh) {
        const extensionLink = links.get(reward.id) ?? null;
        await this.deps.events.publish(tx, 'reward.expiring', { reward, asOf, extensionLink });
      }
    });
    return fresh.length;
  }
}
