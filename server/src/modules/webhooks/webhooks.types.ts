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
  @Field(() => ID)
  id: string;

  @Field(() => String)
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

  @Field(() => Date)
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
  @Field(() => Webhook)
  webhook: Webhook;

  @Field(() => String, {
    description:
      'HMAC-SHA256 signing secret (whsec_…), shown once. Verify deliveries with a Standard Webhooks library.',
  })
  secret: string;
}

@InputType()
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
  @Field(() => Date)
  attemptedAt: Date;

  @Field(() => Int)
  durationMs: number;

  @Field(() => Int, { nullable: true, description: 'The HTTP status; null when none came back.' })
  statusCode: number | null;

  @Field(() => Boolean)
  succeeded: boolean;

  @Field(() => String, { nullable: true })
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
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  webhookId: string;

  @Field(() => String, { description: 'The webhook-id header; receivers deduplicate by it.' })
  messageId: string;

  @Field(() => String)
  eventType: string;

  @Field(() => String, {
    description:
      'PENDING (waiting or retrying), SUCCEEDED, FAILED (gave up after 24 hours), PAUSED (endpoint disabled) or CANCELLED (endpoint deleted).',
  })
  status: string;

  @Field(() => Int)
  attemptCount: number;

  @Field(() => Int, { nullable: true })
  lastStatusCode: number | null;

  @Field(() => Date, { nullable: true, description: 'The next attempt, while PENDING.' })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;

  @Field(() => Date)
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
  types: () => [WebhookCreated, NotFoundError] as const,
});

export const RedeliverWebhookResult = createUnionType({
  name: 'RedeliverWebhookResult',
  types: () => [WebhookDelivery, NotFoundError] as const,
});

export const EnableWebhookResult = createUnionType({
  name: 'EnableWebhookResult',
  types: () => [Webhook, NotFoundError] as const,
});
