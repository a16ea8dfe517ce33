import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { Database, LockFirst, Rollback, TransactionOptions } from '../db/database';
import { Clock, systemClock } from './clock';
import { LoaderCache } from './loaders';
import { actorOf, type Principal } from './principal';

export { actorOf, type Principal } from './principal';

/**
 * Passed first to every service method: the caller, the clock and the entity manager to use.
 * Inside a transaction the manager is the transaction's, so nested service calls join it.
 */
export class RequestContext {
  private constructor(
    readonly db: Database,
    readonly principal: Principal | null,
    readonly em: EntityManager,
    readonly inTransaction: boolean,
    readonly clock: Clock,
    /** Per-request batching; a transaction starts its own so it never reads a stale copy. */
    readonly loaders: LoaderCache,
  ) {}

  static create(db: Database, principal: Principal | null, clock: Clock = systemClock) {
    return new RequestContext(db, principal, db.manager, false, clock, new LoaderCache());
  }

  now(): Date {
    return this.clock.now();
  }

  get actor(): string {
    return actorOf(this.principal);
  }

  as(principal: Principal | null): RequestContext {
    return new RequestContext(
      this.db,
      principal,
      this.em,
      this.inTransaction,
      this.clock,
      this.loaders,
    );
  }

  /** Reads a row and, on MySQL, locks it until this transaction ends. */
  lock<E extends ObjectLiteral>(target: LockFirst<E>): Promise<E | null> {
    return this.db.lock(this.em, target);
  }

  /** Runs work in a transaction, or inside the current one when there is one. */
  async transaction<T, E extends ObjectLiteral = ObjectLiteral>(
    work: (ctx: RequestContext, locked: E | null) => Promise<T | Rollback<T>>,
    options: TransactionOptions<E> = {},
  ): Promise<T> {
    if (this.inTransaction) {
      const locked = options.lockFirst ? await this.db.lock(this.em, options.lockFirst) : null;
      const result = await work(this, locked);
      // A nested unit cannot roll back alone; the outer one decides.
      return this.db.unwrap(result);
    }
    return this.db.transaction<T, E>(
      (em, locked) =>
        work(
          new RequestContext(this.db, this.principal, em, true, this.clock, new LoaderCache()),
          locked,
        ),
      options,
    );
  }
}
