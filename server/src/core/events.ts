import type { RequestContext } from './context';

/**
 * The domain events modules publish, by name. Each module declares its own events by
 * augmenting this interface (`declare module '../../core/events'`), so the kernel names none.
 */
export interface DomainEvents {
  /** A reward will expire soon (the daily pass's reminder); webhooks announce it. */
  'reward.expiring': { rewardId: string; profileId: string; expiresAt: Date };
}

export type DomainEventName = keyof DomainEvents;

type Handler<K extends DomainEventName> = (
  tx: RequestContext,
  event: DomainEvents[K],
) => Promise<void>;

/**
 * In-process domain events, delivered synchronously inside the publisher's transaction: what a
 * subscriber writes (a reaction's reward, a webhook's outbox row) commits or rolls back with
 * the change that caused it. Lets a lower module announce what happened without knowing who
 * listens, so dependencies keep pointing down.
 */
export class EventBus {
  private readonly handlers = new Map<DomainEventName, Handler<never>[]>();

  on<K extends DomainEventName>(name: K, handler: Handler<K>): void {
    const list = this.handlers.get(name) ?? [];
    list.push(handler);
    this.handlers.set(name, list);
  }

  /** Runs every subscriber in order, inside `tx`'s transaction. */
  async publish<K extends DomainEventName>(
    tx: RequestContext,
    name: K,
    event: DomainEvents[K],
  ): Promise<void> {
    const list = this.handlers.get(name);
    if (!list?.length) return;
    if (!tx.inTransaction) throw new Error(`'${String(name)}' must be published in a transaction`);
    for (const handler of list) await (handler as Handler<K>)(tx, event);
  }
}
