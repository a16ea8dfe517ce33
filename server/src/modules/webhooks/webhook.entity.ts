import { Column, Entity, Index } from 'typeorm';
import { ActorColumn, IdColumn, RefColumn, References, TimestampColumn } from '../../db/columns';

/**
 * An endpoint the brand's systems receive events at. The signing secret is kept (it signs
 * every delivery) but is shown only when created or rotated; after a rotation the previous
 * secret also signs for a day, so receivers can switch without losing a message.
 */
@Entity({ name: 'webhook_endpoints' })
export class WebhookEndpointEntity {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ type: 'simple-json' })
  events: string[];

  @Column({ type: 'varchar', length: 100 })
  secret: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  previousSecret: string | null;

  @TimestampColumn({ nullable: true })
  previousSecretUntil: Date | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Since when every attempt has failed; cleared by a success. */
  @TimestampColumn({ nullable: true })
  failingSince: Date | null;

  @TimestampColumn({ nullable: true })
  disabledAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  disabledReason: string | null;

  @TimestampColumn()
  createdAt: Date;

  @ActorColumn()
  createdBy: string;

  @TimestampColumn({ nullable: true })
  deletedAt: Date | null;
}

export type DeliveryStatusName = 'PENDING' | 'SUCCEEDED' | 'FAILED' | 'PAUSED' | 'CANCELLED';

/**
 * The outbox: one event for one endpoint, written in the transaction of the change it
 * announces, then delivered (and retried) by the worker. The body is fixed when written, so
 * every attempt signs the same bytes.
 */
@Entity({ name: 'webhook_deliveries' })
// The worker's claim: due PENDING rows, oldest first.
@Index(['status', 'nextAttemptAt'])
@Index(['endpointId', 'id'])
export class WebhookDeliveryEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  endpointId: string;

  @References('WebhookEndpointEntity', 'endpointId')
  endpoint?: object;

  /** The webhook-id header: the same for every endpoint and attempt of one event. */
  @Column({ type: 'varchar', length: 40 })
  messageId: string;

  @Column({ type: 'varchar', length: 40 })
  eventType: string;

  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'varchar', length: 10 })
  status: DeliveryStatusName;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @TimestampColumn()
  nextAttemptAt: Date;

  /** Set while a worker holds the row; its result is written only under the same token. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  claimToken: string | null;

  @Column({ type: 'int', nullable: true })
  lastStatusCode: number | null;

  @TimestampColumn({ nullable: true })
  deliveredAt: Date | null;

  @TimestampColumn()
  createdAt: Date;

  /** Failed attempts are retried until then (a day after the event, or after a redelivery). */
  @TimestampColumn()
  retryUntil: Date;
}

/** One HTTP attempt of a delivery, kept for the admin's delivery log. */
@Entity({ name: 'webhook_attempts' })
@Index(['deliveryId', 'attemptedAt'])
export class WebhookAttemptEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  deliveryId: string;

  @References('WebhookDeliveryEntity', 'deliveryId')
  delivery?: object;

  @TimestampColumn()
  attemptedAt: Date;

  @Column({ type: 'int' })
  durationMs: number;

  @Column({ type: 'int', nullable: true })
  statusCode: number | null;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;
}
