import type { EntityManager, ObjectLiteral } from 'typeorm';
import { Database, Rollback, TransactionOptions } from '../db/database';
import type { ApiScopeName, RoleName } from '../modules/auth/entities';

/** Who is calling: a signed-in staff member, an API key, a customer (portal link) or a job. */
export type Principal =
  | { kind: 'user'; userId: string; role: RoleName; sessionId: string | null }
  | { kind: 'apikey'; apiKeyId: string; scopes: readonly ApiScopeName[] }
  | { kind: 'customer'; profileId: string }
  | { kind: 'system'; job: string };

export function actorOf(principal: Principal | null): string {
  if (!principal) return 'anonymous';
  switch (principal.kind) {
    case 'user':
      return `user:${principal.userId}`;
    case 'apikey':
      return `apikey:${principal.apiKeyId}`;
    case 'customer':
      return `customer:${principal.profileId}`;
    case 'system':
      return `system:${principal.job}`;
  }
}

/**
 * Passed first to every service method: the caller and the entity manager to use. Inside a
 * transaction the manager is the transaction's, so nested service calls join it.
 */
export class RequestContext {
  private constructor(
    readonly db: Database,
    readonly principal: Principal | null,
    readonly em: EntityManager,
    readonly inTransaction: boolean,
    readonly now: () => Date,
  ) {}

  static create(db: Database, principal: Principal | null, now: () => Date = () => new Date()) {
    return new RequestContext(db, principal, db.manager, false, now);
  }

  get actor(): string {
    return actorOf(this.principal);
  }

  as(principal: Principal | null): RequestContext {
    return new RequestContext(this.db, principal, this.em, this.inTransaction, this.now);
  }

  /** Runs work in a transaction, or inside the current one when there is one. */
  async transaction<T, E extends ObjectLiteral = ObjectLiteral>(
    work: (ctx: RequestContext, locked: E | null) => Promise<T | Rollback<T>>,
    options: TransactionOptions<E> = {},
  ): Promise<T> {
    if (this.inTransaction) {
      let locked: E | null = null;
      if (options.lockFirst) {
        locked = await this.em.findOne(options.lockFirst.entity, {
          where: { id: options.lockFirst.id } as never,
          ...(this.db.kind === 'mysql' ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        });
      }
      const result = await work(this, locked);
      // A nested unit cannot roll back alone; the outer one decides.
      return result instanceof Rollback ? result.value : result;
    }
    return this.db.transaction<T, E>(
      (em, locked) => work(new RequestContext(this.db, this.principal, em, true, this.now), locked),
      options,
    );
  }
}
