import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterMySQL,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { SecurityConfig } from '../../config';
import type { Principal, RequestContext } from '../../core/context';
import { rateLimited } from '../../core/errors';

type RateConfig = SecurityConfig['rate'];

/** A counter kept for all processes (MySQL) or, on the embedded database, in this one. */
export interface SharedCounter {
  /** Counts one occurrence; answers how many there were in the window. */
  count(ctx: RequestContext, key: string): Promise<number>;
  /** Seconds until `key` may act again; 0 when it may now. */
  waitOf(ctx: RequestContext, key: string): Promise<number>;
  /** Makes `key` wait `seconds` from now. */
  hold(ctx: RequestContext, key: string, seconds: number): Promise<void>;
  forget(ctx: RequestContext, key: string): Promise<void>;
}

const isRes = (v: unknown): v is RateLimiterRes => v instanceof RateLimiterRes;

/**
 * Request rates and sign-in pacing, with rate-limiter-flexible.
 *
 * - Requests per API key, per staff user and per anonymous address are limited in memory in
 *   each process (no statement on the hot path; with N processes the effective limit is N
 *   times the setting).
 * - Sign-in failures and the public portal operations are rare and shared by every process
 *   through the `rate_limits` table on MySQL. The embedded database runs one process, so
 *   there they are kept in memory.
 */
export class RateLimitsService {
  private readonly requests: Record<'apikey' | 'user' | 'anonymous', RateLimiterMemory>;
  private readonly stores = new Map<
    string,
    { limiter: RateLimiterAbstract; blocker: RateLimiterAbstract }
  >();

  constructor(readonly rate: RateConfig) {
    this.requests = {
      apikey: new RateLimiterMemory({ keyPrefix: 'k', points: rate.apiKeyPerMinute, duration: 60 }),
      user: new RateLimiterMemory({ keyPrefix: 'u', points: rate.userPerMinute, duration: 60 }),
      anonymous: new RateLimiterMemory({
        keyPrefix: 'a',
        points: rate.anonymousPerMinute,
        duration: 60,
      }),
    };
  }

  /** Counts a request against its caller's limit; RATE_LIMITED (429) past it. */
  async checkRequest(principal: Principal | null, address: string): Promise<void> {
    const [limiter, key] =
      principal?.kind === 'apikey'
        ? [this.requests.apikey, principal.apiKeyId]
        : principal?.kind === 'user'
          ? [this.requests.user, principal.userId]
          : [this.requests.anonymous, address];
    try {
      await limiter.consume(key);
    } catch (err) {
      if (!isRes(err)) throw err;
      throw rateLimited(err.msBeforeNext / 1000);
    }
  }

  /**
   * A named counter over `windowSeconds`, shared by all processes on MySQL. Created on first
   * use from the database the request runs on.
   */
  shared(name: string, windowSeconds: number): SharedCounter {
    const stores = (ctx: RequestContext) => {
      const id = `${name}:${windowSeconds}`;
      let store = this.stores.get(id);
      if (!store) {
        store = {
          limiter: this.store(ctx, `${name}`, windowSeconds),
          blocker: this.store(ctx, `${name}.wait`, windowSeconds),
        };
        this.stores.set(id, store);
      }
      return store;
    };
    return {
      count: async (ctx, key) => {
        const res = await stores(ctx).limiter.penalty(key, 1);
        return res.consumedPoints;
      },
      waitOf: async (ctx, key) => {
        const res = await stores(ctx).blocker.get(key);
        return res && res.consumedPoints > 0 ? Math.ceil(res.msBeforeNext / 1000) : 0;
      },
      hold: async (ctx, key, seconds) => {
        await stores(ctx).blocker.block(key, seconds);
      },
      forget: async (ctx, key) => {
        await stores(ctx).limiter.delete(key);
        await stores(ctx).blocker.delete(key);
      },
    };
  }

  /**
   * At most `slots` operations in progress at once per key, shared by all processes on MySQL.
   * `enter` takes a slot (false when none is free), `leave` gives it back; a slot a crashed
   * process never gave back frees itself after `seconds`.
   */
  concurrency(name: string, slots: number, seconds: number) {
    let limiter: RateLimiterAbstract | undefined;
    const of = (ctx: RequestContext) => (limiter ??= this.store(ctx, name, seconds, slots));
    return {
      enter: async (ctx: RequestContext, key: string): Promise<boolean> => {
        try {
          await of(ctx).consume(key);
          return true;
        } catch (err) {
          if (!isRes(err)) throw err;
          // A refused consume still counts its point: give it back, or the slot stays taken.
          await of(ctx).reward(key, 1);
          return false;
        }
      },
      leave: async (ctx: RequestContext, key: string): Promise<void> => {
        await of(ctx).reward(key, 1);
      },
    };
  }

  /**
   * `points` tries per `windowSeconds` per key, shared by all processes on MySQL (the public
   * portal's per-address limit).
   */
  sharedLimit(name: string, points: number, windowSeconds: number) {
    let limiter: RateLimiterAbstract | undefined;
    return {
      consume: async (
        ctx: RequestContext,
        key: string,
      ): Promise<{ ok: true } | { ok: false; retryAfterMs: number }> => {
        limiter ??= this.store(ctx, name, windowSeconds, points);
        try {
          await limiter.consume(key);
          return { ok: true };
        } catch (err) {
          if (!isRes(err)) throw err;
          return { ok: false, retryAfterMs: err.msBeforeNext };
        }
      },
    };
  }

  private store(
    ctx: RequestContext,
    keyPrefix: string,
    duration: number,
    points = 1_000_000,
  ): RateLimiterAbstract {
    if (ctx.db.kind !== 'mysql') return new RateLimiterMemory({ keyPrefix, points, duration });
    const driver = ctx.db.dataSource.driver as unknown as { pool: object; database?: string };
    return new RateLimiterMySQL({
      storeClient: driver.pool,
      storeType: 'pool',
      dbName: ctx.db.dataSource.options.database as string,
      tableName: 'rate_limits',
      // The table is the app's own (a migration made it); the app user creates nothing.
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix,
      points,
      duration,
    });
  }
}
