import { ArrayMaxSize } from 'class-validator';
import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { read, Readable } from '../../core/access';
import { Connection } from '../../core/connections';
import { NotFoundError } from '../../core/results';
import type {
  WebhookAttemptEntity,
  WebhookDeliveryEntity,
  WebhookEndpointEntity,
} from './webhook.entity';
import { WEBHOOK_EVENTS } from './webhooks.rules';

// Webhooks are the brand's integration settings, for ADMIN staff only: no API key reads them.

@Readable({ default: read.nobody })
@ObjectType({ description: 'An endpoint that receives signed events (Standard Webhooks).' })
export class Webhook {
  @Field(() => ID, { description: 'The webhook id.' })
  id: string;

  @Field(() => String, { description: 'The http(s) URL events are POSTed to.' })
  url: string;

  @Field(() => [String], {
    description: `Event names, e.g. ${WEBHOOK_EVENTS.join(', ')}.`,
  })
  events: string[];

  @Field(() => Boolean, {
    description: 'False once disabled after failing for 24 hours (see disabledReason).',
  })
  active: boolean;

  @Field(() => String, { nullable: true, description: 'Why and when it was disabled.' })
  disabledReason: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Since when every attempt has failed; null while deliveries succeed.',
  })
  failingSince: Date | null;

  @Field(() => Date, { description: 'When it was added.' })
  createdAt: Date;

  static from(this: void, e: WebhookEndpointEntity): Webhook {
    return Object.assign(new Webhook(), {
      id: e.id,
      url: e.url,
      events: e.events,
      active: e.active,
      disabledReason: e.disabledReason,
      failingSince: e.failingSince,
      createdAt: e.createdAt,
    });
  }
}

@Readable({ default: read.nobody })
@ObjectType({ description: 'A webhook and its signing secret, shown only this once.' })
export class WebhookCreated {
  @Field(() => Webhook, { description: 'The endpoint.' })
  webhook: Webhook;

  @Field(() => String, {
    description:
      'HMAC-SHA256 signing secret (whsec_…), shown once. Verify deliveries with a Standard Webhooks library.',
  })
  secret: string;
}

@InputType({ description: 'An endpoint to send events to.' })
export class WebhookInput {
  @Field(() => String, { description: 'An http(s) URL, at most 2,000 characters.' })
  url: string;

  @ArrayMaxSize(WEBHOOK_EVENTS.length * 2)
  @Field(() => [String], { description: `Any of: ${WEBHOOK_EVENTS.join(', ')}.` })
  events: string[];
}

@Readable({ default: read.nobody })
@ObjectType({ description: 'One HTTP attempt of a delivery.' })
export class WebhookAttempt {
  @Field(() => Date, { description: 'When the request was sent.' })
  attemptedAt: Date;

  @Field(() => Int, { description: 'How long it took, in milliseconds.' })
  durationMs: number;

  @Field(() => Int, { nullable: true, description: 'The HTTP status; null when none came back.' })
  statusCode: number | null;

  @Field(() => Boolean, { description: 'True when the endpoint answered with a 2xx status.' })
  succeeded: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'What went wrong (e.g. a timeout, a refused address or HTTP 500), at most 500 characters; null on success.',
  })
  error: string | null;

  static from(this: void, e: WebhookAttemptEntity): WebhookAttempt {
    return Object.assign(new WebhookAttempt(), {
      attemptedAt: e.attemptedAt,
      durationMs: e.durationMs,
      statusCode: e.statusCode,
      succeeded: e.succeeded,
      error: e.error,
    });
  }
}

@Readable({ default: read.nobody })
@ObjectType({ description: 'One event for one endpoint, and how sending it went.' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'The delivery id, for redeliverWebhook.' })
  id: string;

  @Field(() => ID, { description: 'The endpoint it is for.' })
  webhookId: string;

  @Field(() => String, { description: 'The webhook-id header; receivers deduplicate by it.' })
  messageId: string;

  @Field(() => String, { description: 'The event name, e.g. reward.issued.' })
  eventType: string;

  @Field(() => String, {
    description:
      'PENDING (waiting or retrying), SUCCEEDED, FAILED (gave up after 24 hours), PAUSED (endpoint disabled) or CANCELLED (endpoint deleted).',
  })
  status: string;

  @Field(() => Int, { description: 'How many HTTP attempts were made.' })
  attemptCount: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The HTTP status of the latest attempt; null before any, or when none came back.',
  })
  lastStatusCode: number | null;

  @Field(() => Date, { nullable: true, description: 'The next attempt, while PENDING.' })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When an attempt succeeded; null until then.' })
  deliveredAt: Date | null;

  @Field(() => Date, { description: 'When the delivery was queued.' })
  createdAt: Date;

  @Field(() => String, { description: 'The JSON body sent: { type, timestamp, data }.' })
  payload: string;

  static from(this: void, e: WebhookDeliveryEntity): WebhookDelivery {
    return Object.assign(new WebhookDelivery(), {
      id: e.id,
      webhookId: e.endpointId,
      messageId: e.messageId,
      eventType: e.eventType,
      status: e.status,
      attemptCount: e.attempts,
      lastStatusCode: e.lastStatusCode,
      nextAttemptAt: e.status === 'PENDING' ? e.nextAttemptAt : null,
      deliveredAt: e.deliveredAt,
      createdAt: e.createdAt,
      payload: e.payload,
    });
  }
}

export const WebhookDeliveryConnection = Connection(
  WebhookDelivery,
  'WebhookDelivery',
  'deliveries',
);
export type WebhookDeliveryConnection = InstanceType<typeof WebhookDeliveryConnection>;

export const RotateWebhookSecretResult = createUnionType({
  name: 'RotateWebhookSecretResult',
  description:
    'The Webhook with its new secret (WebhookCreated), or: NotFoundError (no such webhook).',
  types: () => [WebhookCreated, NotFoundError] as const,
});

export const RedeliverWebhookResult = createUnionType({
  name: 'RedeliverWebhookResult',
  description: 'The WebhookDelivery, queued to send again, or: NotFoundError (no such delivery).',
  types: () => [WebhookDelivery, NotFoundError] as const,
});

export const EnableWebhookResult = createUnionType({
  name: 'EnableWebhookResult',
  description: 'The Webhook, active again, or: NotFoundError (no such webhook).',
  types: () => [Webhook, NotFoundError] as const,
});
