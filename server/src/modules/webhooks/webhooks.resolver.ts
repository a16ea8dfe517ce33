import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../core/access';
import { AFTER, connection, FIRST } from '../../core/connections';
import type { ResolverContext } from '../../core/resolver-context';
import { NotFoundError } from '../../core/results';
import type { WebhookEndpointEntity } from './webhook.entity';
import type { WebhooksService } from './webhooks.service';
import {
  EnableWebhookResult,
  RedeliverWebhookResult,
  RotateWebhookSecretResult,
  Webhook,
  WebhookAttempt,
  WebhookCreated,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookInput,
} from './webhooks.types';

function created(r: { endpoint: WebhookEndpointEntity; secret: string }): WebhookCreated {
  return Object.assign(new WebhookCreated(), {
    webhook: Webhook.from(r.endpoint),
    secret: r.secret,
  });
}

@Resolver(() => Webhook)
export class WebhookResolver {
  constructor(private readonly s: { webhooks: WebhooksService }) {}

  @Allow('ADMIN')
  @Query(() => [Webhook], { description: 'Every webhook endpoint (deleted ones are gone).' })
  async webhooks(@Ctx() { ctx }: ResolverContext): Promise<Webhook[]> {
    return (await this.s.webhooks.list(ctx)).map(Webhook.from);
  }

  @Allow('ADMIN')
  @Query(() => Webhook, {
    nullable: true,
    description: 'One webhook endpoint with its delivery log; null if there is none by that id.',
  })
  async webhook(
    @Arg('id', () => ID, { description: 'The webhook id.' }) id: string,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<Webhook | null> {
    const endpoint = await this.s.webhooks.get(ctx, id);
    return endpoint ? Webhook.from(endpoint) : null;
  }

  @Allow('ADMIN')
  @Mutation(() => WebhookCreated, {
    description:
      'Adds an endpoint for the named events. The signing secret is in the answer and never shown again. The URL must be http(s); in production not a loopback or private address unless WEBHOOKS_ALLOW_PRIVATE=true.',
  })
  async createWebhook(
    @Arg('input', () => WebhookInput, { description: 'The URL and the events.' })
    input: WebhookInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<WebhookCreated> {
    return created(await this.s.webhooks.create(ctx, input));
  }

  @Allow('ADMIN')
  @Mutation(() => Boolean, {
    description:
      'Removes an endpoint: nothing more is sent to it and what was waiting is cancelled. False if there was no such webhook.',
  })
  async deleteWebhook(
    @Arg('id', () => ID, { description: 'The webhook id.' }) id: string,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<boolean> {
    return this.s.webhooks.delete(ctx, id);
  }

  @Allow('ADMIN')
  @Mutation(() => RotateWebhookSecretResult, {
    description:
      'Replaces the signing secret (shown once in the answer). For 24 hours deliveries carry signatures by both the old and the new secret, so receivers can switch without a gap.',
  })
  async rotateWebhookSecret(
    @Arg('id', () => ID, { description: 'The webhook id.' }) id: string,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<typeof RotateWebhookSecretResult> {
    const r = await this.s.webhooks.rotateSecret(ctx, id);
    return r ? created(r) : new NotFoundError('No such webhook.');
  }

  @Allow('ADMIN')
  @Mutation(() => EnableWebhookResult, {
    description:
      'Turns a disabled endpoint back on; the events that waited while it was disabled are sent.',
  })
  async enableWebhook(
    @Arg('id', () => ID, { description: 'The webhook id.' }) id: string,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<typeof EnableWebhookResult> {
    const endpoint = await this.s.webhooks.enable(ctx, id);
    return endpoint ? Webhook.from(endpoint) : new NotFoundError('No such webhook.');
  }

  @Allow('ADMIN')
  @Mutation(() => RedeliverWebhookResult, {
    description:
      'Sends a delivery again now, with the same webhook-id (receivers deduplicate by it), and retries it for another 24 hours if it fails.',
  })
  async redeliverWebhook(
    @Arg('deliveryId', () => ID, { description: 'The delivery to send again.' }) deliveryId: string,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<typeof RedeliverWebhookResult> {
    const d = await this.s.webhooks.redeliver(ctx, deliveryId);
    return d ? WebhookDelivery.from(d) : new NotFoundError('No such delivery.');
  }

  @FieldResolver(() => WebhookDeliveryConnection, {
    description: 'What was sent to this endpoint, newest first.',
  })
  async deliveries(
    @Root() webhook: Webhook,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<WebhookDeliveryConnection> {
    const page = await this.s.webhooks.deliveries(ctx, webhook.id, first, after);
    return connection(page, WebhookDelivery.from, (d) => d.id);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  constructor(private readonly s: { webhooks: WebhooksService }) {}

  @FieldResolver(() => [WebhookAttempt], { description: 'Every attempt, oldest first.' })
  async attempts(
    @Root() delivery: WebhookDelivery,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<WebhookAttempt[]> {
    return (await this.s.webhooks.attemptsOf(ctx, delivery.id)).map(WebhookAttempt.from);
  }
}
