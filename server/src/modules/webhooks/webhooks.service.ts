import { randomBytes, randomUUID } from 'node:crypto';
import { In, IsNull } from 'typeorm';
import { type AppConfig, WEBHOOK_DEFAULTS, type WebhookSettings } from '../../config';
import type { RequestContext } from '../../core/context';
import { paginate } from '../../core/connections';
import { badInput } from '../../core/errors';
import type { EventBus } from '../../core/events';
import { newId } from '../../core/ids';
import type { Logger } from '../../core/logger';
import * as check from '../../core/validate';
import type { ProfilesService } from '../profiles';
import { rewardStatus, type RewardsService } from '../rewards';
import { send, type SendOutcome } from './sender';
import {
  WebhookAttemptEntity,
  WebhookDeliveryEntity,
  WebhookEndpointEntity,
} from './webhook.entity';
import {
  checkEndpointUrl,
  eventForEntry,
  isSuccess,
  isWebhookEvent,
  nextAttemptAt,
  RETRY_WINDOW_MS,
  shouldDisable,
  WEBHOOK_EVENTS,
  type WebhookEventName,
} from './webhooks.rules';

export interface WebhooksDeps {
  events: EventBus;
  rewards: RewardsService;
  profiles: ProfilesService;
}

const MAX_ENDPOINTS = 50;
const BATCH = 20;
const PARALLEL = 5;

function newSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/**
 * Outgoing webhooks (Standard Webhooks): endpoints, the outbox of deliveries written in the
 * transaction of each change, and the worker that delivers and retries them.
 */

/** How long a process trusts its list of subscribed endpoints. */
const SUBSCRIBERS_TTL_MS = 5_000;
export class WebhooksService {
  readonly settings: WebhookSettings;

  constructor(
    private readonly deps: WebhooksDeps,
    private readonly config: Pick<AppConfig, 'env' | 'webhooks'>,
  ) {
    this.settings = config.webhooks ?? WEBHOOK_DEFAULTS;
    deps.events.on('ledger.appended', (tx, { entries }) => this.onLedger(tx, entries));
    deps.events.on('redemption.reversed', (tx, { redemption, reason }) =>
      this.enqueue(tx, 'redemption.reversed', {
        redemptionId: redemption.id,
        profileId: redemption.profileId,
        amount: { amount: redemption.amount, currency: redemption.currency },
        reason,
      }),
    );
    deps.events.on('redemption.returned', (tx, { redemption, amount, reason }) =>
      this.enqueue(tx, 'redemption.returned', {
        redemptionId: redemption.id,
        profileId: redemption.profileId,
        amount: { amount, currency: redemption.currency },
        returnedTotal: { amount: redemption.returned, currency: redemption.currency },
        reason,
      }),
    );
    deps.events.on('reward.expiring', async (tx, { reward, extensionLink }) => {
      await this.enqueue(tx, 'reward.expiring', {
        rewardId: reward.id,
        profileId: reward.profileId,
        expiresAt: reward.expiresAt.toISOString(),
        valueRemaining: { amount: reward.valueRemaining, currency: reward.currency },
        // The customer's single-use link to extend it, for the reminder the brand sends.
        extensionLink: extensionLink && {
          url: extensionLink.url,
          expiresAt: extensionLink.expiresAt.toISOString(),
        },
      });
    });
  }

  private get allowPrivate(): boolean {
    return this.config.env !== 'production' || this.settings.allowPrivate;
  }

  // ------------------------------------------------------------------ endpoints

  /** One endpoint, or null if there is none by that id (or it was deleted). */
  get(ctx: RequestContext, id: string): Promise<WebhookEndpointEntity | null> {
    return ctx.em.findOne(WebhookEndpointEntity, { where: { id, deletedAt: IsNull() } });
  }

  list(ctx: RequestContext): Promise<WebhookEndpointEntity[]> {
    return ctx.em.find(WebhookEndpointEntity, {
      where: { deletedAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async create(
    ctx: RequestContext,
    input: { url: string; events: string[] },
  ): Promise<{ endpoint: WebhookEndpointEntity; secret: string }> {
    const url = this.checkUrl(input.url);
    const events = this.checkEvents(input.events);
    return this.changingEndpoints(() =>
      ctx.transaction(async (tx) => {
        const count = await tx.em.count(WebhookEndpointEntity, {
          where: { deletedAt: IsNull() },
        });
        if (count >= MAX_ENDPOINTS) throw badInput(`At most ${MAX_ENDPOINTS} webhooks.`, 'url');
        const secret = newSecret();
        const endpoint = tx.em.create(WebhookEndpointEntity, {
          id: newId(),
          url,
          events,
          secret,
          previousSecret: null,
          previousSecretUntil: null,
          active: true,
          failingSince: null,
          disabledAt: null,
          disabledReason: null,
          createdAt: tx.now(),
          createdBy: tx.actor,
          deletedAt: null,
        });
        await tx.em.insert(WebhookEndpointEntity, endpoint);
        return { endpoint, secret };
      }),
    );
  }

  /** Stops an endpoint for good: nothing more is sent to it, pending deliveries are cancelled. */
  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    return this.changingEndpoints(() =>
      ctx.transaction(async (tx) => {
        const result = await tx.em
          .createQueryBuilder()
          .update(WebhookEndpointEntity)
          .set({ deletedAt: tx.now(), active: false })
          .where('id = :id AND deletedAt IS NULL', { id })
          .execute();
        if (result.affected !== 1) return false;
        await this.setPendingStatus(tx, id, ['PENDING', 'PAUSED'], 'CANCELLED');
        return true;
      }),
    );
  }

  /**
   * A new signing secret, shown once. The previous one keeps signing beside it for a day, so
   * receivers can switch over without refusing a delivery.
   */
  async rotateSecret(
    ctx: RequestContext,
    id: string,
  ): Promise<{ endpoint: WebhookEndpointEntity; secret: string } | null> {
    return ctx.transaction(async (tx) => {
      const endpoint = await this.findLive(tx, id);
      if (!endpoint) return null;
      const secret = newSecret();
      endpoint.previousSecret = endpoint.secret;
      endpoint.previousSecretUntil = new Date(tx.now().getTime() + RETRY_WINDOW_MS);
      endpoint.secret = secret;
      await tx.em.update(
        WebhookEndpointEntity,
        { id },
        {
          secret,
          previousSecret: endpoint.previousSecret,
          previousSecretUntil: endpoint.previousSecretUntil,
        },
      );
      return { endpoint, secret };
    });
  }

  /** Turns a disabled endpoint back on; what was waiting for it is delivered again. */
  async enable(ctx: RequestContext, id: string): Promise<WebhookEndpointEntity | null> {
    return this.changingEndpoints(() =>
      ctx.transaction(async (tx) => {
        const endpoint = await this.findLive(tx, id);
        if (!endpoint) return null;
        Object.assign(endpoint, {
          active: true,
          failingSince: null,
          disabledAt: null,
          disabledReason: null,
        });
        await tx.em.update(
          WebhookEndpointEntity,
          { id },
          { active: true, failingSince: null, disabledAt: null, disabledReason: null },
        );
        await tx.em
          .createQueryBuilder()
          .update(WebhookDeliveryEntity)
          .set({ status: 'PENDING', nextAttemptAt: tx.now() })
          .where("endpointId = :id AND status = 'PAUSED'", { id })
          .execute();
        return endpoint;
      }),
    );
  }

  findLive(ctx: RequestContext, id: string): Promise<WebhookEndpointEntity | null> {
    return ctx.em.findOne(WebhookEndpointEntity, { where: { id, deletedAt: IsNull() } });
  }

  private checkUrl(raw: string): string {
    const value = check.requiredText(raw, 'url', 2000);
    const verdict = checkEndpointUrl(value, this.allowPrivate);
    if (!verdict.ok) throw badInput(verdict.reason, 'url');
    return verdict.url;
  }

  private checkEvents(events: string[]): string[] {
    if (!Array.isArray(events) || events.length === 0) {
      throw badInput('Subscribe to at least one event.', 'events');
    }
    if (events.length > WEBHOOK_EVENTS.length * 2) throw badInput('Too many events.', 'events');
    for (const name of events) {
      if (typeof name !== 'string' || !isWebhookEvent(name)) {
        throw badInput(
          `Unknown event '${String(name).slice(0, 60)}'; known: ${WEBHOOK_EVENTS.join(', ')}.`,
          'events',
        );
      }
    }
    return [...new Set(events)].sort();
  }

  // ------------------------------------------------------------------ deliveries (reads)

  deliveries(
    ctx: RequestContext,
    endpointId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ) {
    const query = ctx.em
      .createQueryBuilder(WebhookDeliveryEntity, 'd')
      .where('d.endpointId = :endpointId', { endpointId });
    return paginate(query, 'd', first, after);
  }

  /** A delivery's attempts, oldest first, batched per request. */
  attemptsOf(ctx: RequestContext, deliveryId: string): Promise<WebhookAttemptEntity[]> {
    return ctx.loaders
      .get('webhooks.attempts', async (ids: readonly string[]) => {
        const rows = await ctx.em.find(WebhookAttemptEntity, {
          where: { deliveryId: In([...ids]) },
          order: { attemptedAt: 'ASC', id: 'ASC' },
        });
        return ids.map((id) => rows.filter((r) => r.deliveryId === id));
      })
      .load(deliveryId);
  }

  /** Sends a delivery again now (whatever its state), with the same webhook-id. */
  async redeliver(ctx: RequestContext, deliveryId: string): Promise<WebhookDeliveryEntity | null> {
    return ctx.transaction(async (tx) => {
      const delivery = await tx.em.findOne(WebhookDeliveryEntity, { where: { id: deliveryId } });
      if (!delivery) return null;
      const endpoint = await this.findLive(tx, delivery.endpointId);
      if (!endpoint) return null;
      const status = endpoint.active ? 'PENDING' : 'PAUSED';
      // A fresh retry window from now, as if the event had just happened.
      const changes = {
        status,
        nextAttemptAt: tx.now(),
        claimToken: null,
        retryUntil: new Date(tx.now().getTime() + RETRY_WINDOW_MS),
      } as const;
      Object.assign(delivery, changes);
      await tx.em.update(WebhookDeliveryEntity, { id: deliveryId }, changes);
      return delivery;
    });
  }

  // ------------------------------------------------------------------ the outbox

  /** Writes one event's deliveries, in the caller's transaction, to every endpoint subscribed. */
  async enqueue(tx: RequestContext, type: WebhookEventName, data: object): Promise<void> {
    await this.enqueueMany(tx, [{ type, data }]);
  }

  private async enqueueMany(
    tx: RequestContext,
    events: { type: WebhookEventName; data: object }[],
  ): Promise<void> {
    if (!events.length) return;
    const endpoints = await this.subscribed(tx);
    if (!endpoints.length) return;
    const now = tx.now();
    const rows: WebhookDeliveryEntity[] = [];
    for (const event of events) {
      const targets = endpoints.filter((e) => e.events.includes(event.type));
      if (!targets.length) continue;
      const messageId = `msg_${newId().replace(/-/g, '')}`;
      const payload = JSON.stringify({
        type: event.type,
        timestamp: now.toISOString(),
        data: event.data,
      });
      for (const endpoint of targets) {
        rows.push(
          tx.em.create(WebhookDeliveryEntity, {
            id: newId(),
            endpointId: endpoint.id,
            messageId,
            eventType: event.type,
            payload,
            status: endpoint.active ? 'PENDING' : 'PAUSED',
            attempts: 0,
            nextAttemptAt: now,
            claimToken: null,
            lastStatusCode: null,
            deliveredAt: null,
            createdAt: now,
            retryUntil: new Date(now.getTime() + RETRY_WINDOW_MS),
          }),
        );
      }
    }
    for (let i = 0; i < rows.length; i += 500) {
      await tx.em
        .createQueryBuilder()
        .insert()
        .into(WebhookDeliveryEntity)
        .values(rows.slice(i, i + 500))
        .updateEntity(false)
        .execute();
    }
  }

  // Every ledger change asks who is subscribed; endpoints change rarely. This process forgets
  // its copy when it changes one; another process sees a change within SUBSCRIBERS_TTL_MS.
  private subscribers: { rows: WebhookEndpointEntity[]; at: number } | null = null;

  private async changingEndpoints<T>(work: () => Promise<T>): Promise<T> {
    this.subscribers = null;
    try {
      return await work();
    } finally {
      this.subscribers = null;
    }
  }

  /** Endpoints that receive new events: live and not disabled (a disabled one's queue pauses). */
  private async subscribed(tx: RequestContext): Promise<WebhookEndpointEntity[]> {
    if (this.subscribers && Date.now() - this.subscribers.at < SUBSCRIBERS_TTL_MS) {
      return this.subscribers.rows;
    }
    const rows = await tx.em.find(WebhookEndpointEntity, {
      where: { deletedAt: IsNull() },
      select: { id: true, events: true, active: true },
    });
    this.subscribers = { rows, at: Date.now() };
    return rows;
  }

  private async onLedger(
    tx: RequestContext,
    entries: readonly {
      id: string;
      type: string;
      rewardId: string | null;
      redemptionId: string | null;
      profileId: string;
      currency: string;
      amount: number;
      balanceAfter: number;
      actor: string;
      reason: string | null;
      createdAt: Date;
    }[],
  ): Promise<void> {
    const announced = entries.filter((e) => eventForEntry(e.type) && e.rewardId);
    if (!announced.length) return;
    // Nothing to read when no endpoint listens (the common case for bulk work).
    const endpoints = await this.subscribed(tx);
    const wanted = new Set(endpoints.flatMap((e) => e.events));
    const relevant = announced.filter((e) => wanted.has(eventForEntry(e.type)!));
    if (!relevant.length) return;
    const now = tx.now();
    const events = await Promise.all(
      relevant.map(async (entry) => {
        const [reward, profile] = await Promise.all([
          this.deps.rewards.load(tx, entry.rewardId!),
          this.deps.profiles.load(tx, entry.profileId),
        ]);
        const money = (amount: number) => ({ amount, currency: entry.currency });
        return {
          type: eventForEntry(entry.type)!,
          data: {
            ledgerEntryId: entry.id,
            entryType: entry.type,
            amount: money(entry.amount),
            balanceAfter: money(entry.balanceAfter),
            actor: entry.actor,
            reason: entry.reason,
            redemptionId: entry.redemptionId,
            profileId: entry.profileId,
            profileExternalId: profile.externalId,
            reward: {
              id: reward.id,
              definitionId: reward.definitionId,
              typeId: reward.typeId,
              status: rewardStatus(reward, now),
              valueInitial: money(reward.valueInitial),
              valueRemaining: money(reward.valueRemaining),
              issuedAt: reward.issuedAt.toISOString(),
              expiresAt: reward.expiresAt.toISOString(),
            },
          },
        };
      }),
    );
    await this.enqueueMany(tx, events);
  }

  private async setPendingStatus(
    tx: RequestContext,
    endpointId: string,
    from: string[],
    to: string,
  ): Promise<void> {
    await tx.em
      .createQueryBuilder()
      .update(WebhookDeliveryEntity)
      .set({ status: to as never, claimToken: null })
      .where('endpointId = :endpointId AND status IN (:...from)', { endpointId, from })
      .execute();
  }

  // ------------------------------------------------------------------ the worker

  /**
   * One round of the worker: claims due deliveries, sends them and records each attempt.
   * Claiming moves a row's next attempt past the request timeout under a token, so another
   * process (or this one after a restart) takes it again only if this one never answers.
   */
  async deliverDue(ctx: RequestContext, logger?: Logger): Promise<number> {
    const token = randomUUID();
    const claimed = await this.claim(ctx, token);
    if (!claimed.length) return 0;
    const endpoints = new Map(
      (
        await ctx.em.find(WebhookEndpointEntity, {
          where: { id: In([...new Set(claimed.map((d) => d.endpointId))]) },
        })
      ).map((e) => [e.id, e]),
    );
    const queue = [...claimed];
    const workers = Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
      for (let d = queue.shift(); d; d = queue.shift()) {
        const endpoint = endpoints.get(d.endpointId)!;
        const outcome = await this.attempt(ctx, endpoint, d);
        await this.record(ctx, endpoint, d, token, outcome, logger);
      }
    });
    await Promise.all(workers);
    return claimed.length;
  }

  private async claim(ctx: RequestContext, token: string): Promise<WebhookDeliveryEntity[]> {
    const mysql = ctx.db.kind === 'mysql';
    return ctx.transaction(async (tx) => {
      const now = tx.now();
      const query = tx.em
        .createQueryBuilder(WebhookDeliveryEntity, 'd')
        .where("d.status = 'PENDING' AND d.nextAttemptAt <= :now", { now })
        .orderBy('d.nextAttemptAt', 'ASC')
        .limit(BATCH);
      // Several server processes share the queue: each skips the rows another has locked.
      // SQLite runs transactions one at a time in one process, which is the same guarantee.
      if (mysql) query.setLock('pessimistic_write').setOnLocked('skip_locked');
      const rows = await query.getMany();
      if (!rows.length) return [];
      const lease = new Date(now.getTime() + this.settings.timeoutMs + 60_000);
      await tx.em
        .createQueryBuilder()
        .update(WebhookDeliveryEntity)
        .set({ claimToken: token, nextAttemptAt: lease })
        .where('id IN (:...ids)', { ids: rows.map((r) => r.id) })
        .execute();
      return rows;
    });
  }

  private attempt(
    ctx: RequestContext,
    endpoint: WebhookEndpointEntity,
    delivery: WebhookDeliveryEntity,
  ): Promise<SendOutcome> {
    const now = ctx.now();
    const secrets = [endpoint.secret];
    if (
      endpoint.previousSecret &&
      endpoint.previousSecretUntil &&
      endpoint.previousSecretUntil > now
    ) {
      secrets.push(endpoint.previousSecret);
    }
    return send(
      { url: endpoint.url, messageId: delivery.messageId, body: delivery.payload, secrets },
      { timeoutMs: this.settings.timeoutMs, allowPrivate: this.allowPrivate },
    );
  }

  private async record(
    ctx: RequestContext,
    endpoint: WebhookEndpointEntity,
    delivery: WebhookDeliveryEntity,
    token: string,
    outcome: SendOutcome,
    logger?: Logger,
  ): Promise<void> {
    await ctx.transaction(async (tx) => {
      const now = tx.now();
      const succeeded = isSuccess(outcome.statusCode);
      await tx.em.insert(WebhookAttemptEntity, {
        id: newId(),
        deliveryId: delivery.id,
        attemptedAt: now,
        durationMs: outcome.durationMs,
        statusCode: outcome.statusCode,
        succeeded,
        error: outcome.error,
      });
      const attempts = delivery.attempts + 1;
      const retryAt = succeeded ? null : nextAttemptAt(attempts, delivery.retryUntil, now);
      await tx.em
        .createQueryBuilder()
        .update(WebhookDeliveryEntity)
        .set({
          attempts: () => 'attempts + 1',
          lastStatusCode: outcome.statusCode,
          claimToken: null,
          status: succeeded ? 'SUCCEEDED' : retryAt ? 'PENDING' : 'FAILED',
          deliveredAt: succeeded ? now : null,
          ...(retryAt ? { nextAttemptAt: retryAt } : {}),
        })
        .where('id = :id AND claimToken = :token', { id: delivery.id, token })
        .execute();
      if (succeeded) {
        await tx.em
          .createQueryBuilder()
          .update(WebhookEndpointEntity)
          .set({ failingSince: null })
          .where('id = :id AND failingSince IS NOT NULL', { id: endpoint.id })
          .execute();
        return;
      }
      const current = await tx.em.findOneBy(WebhookEndpointEntity, { id: endpoint.id });
      if (!current || !current.active) return;
      const failingSince = current.failingSince ?? now;
      if (!current.failingSince) {
        await tx.em.update(WebhookEndpointEntity, { id: endpoint.id }, { failingSince });
      }
      if (shouldDisable(failingSince, now)) {
        const reason =
          `Disabled ${now.toISOString()}: every delivery has failed since ` +
          `${failingSince.toISOString()} (last: ${outcome.error ?? 'no answer'}).`;
        await tx.em.update(
          WebhookEndpointEntity,
          { id: endpoint.id },
          { active: false, disabledAt: now, disabledReason: reason },
        );
        this.subscribers = null;
        await this.setPendingStatus(tx, endpoint.id, ['PENDING'], 'PAUSED');
        logger?.warn({ webhookId: endpoint.id, url: endpoint.url }, reason);
      }
    });
  }
}
