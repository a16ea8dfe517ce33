import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Counters shared by every server process, in the shape rate-limiter-flexible's MySQL store
 * reads and writes (it upserts `points` and `expire` by `key`). Only the ratelimits module
 * uses it.
 */
@Entity({ name: 'rate_limits' })
export class RateLimitEntity {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  @Column({ type: 'int', default: 0 })
  points: number;

  /** When the counter ends, in milliseconds since the epoch. */
  @Column({ type: 'bigint', unsigned: true, nullable: true })
  expire: number | null;
}
