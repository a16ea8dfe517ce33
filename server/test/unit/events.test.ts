import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../src/core/context';
import { EventBus } from '../../src/core/events';
import '../../src/modules/profiles';

const inTx = { inTransaction: true } as RequestContext;
const outside = { inTransaction: false } as RequestContext;
const profile = { id: 'p1' } as never;

describe('domain events', () => {
  it('reach every subscriber in order, inside the publishing transaction', async () => {
    const bus = new EventBus();
    const seen: string[] = [];
    bus.on('profile.created', (tx, e) => {
      seen.push(`first ${e.profile.id} ${tx === inTx}`);
      return Promise.resolve();
    });
    bus.on('profile.created', () => {
      seen.push('second');
      return Promise.resolve();
    });
    await bus.publish(inTx, 'profile.created', { profile });
    expect(seen).toEqual(['first p1 true', 'second']);
  });

  it('refuse to be published outside a transaction when someone listens', async () => {
    const bus = new EventBus();
    bus.on('profile.created', () => Promise.resolve());
    await expect(bus.publish(outside, 'profile.created', { profile })).rejects.toThrow(
      /must be published in a transaction/,
    );
    // With no subscriber there is nothing to keep consistent.
    await expect(new EventBus().publish(outside, 'profile.created', { profile })).resolves.toBe(
      undefined,
    );
  });

  it("let a subscriber's failure fail the publisher (so its transaction rolls back)", async () => {
    const bus = new EventBus();
    bus.on('profile.created', () => Promise.reject(new Error('subscriber failed')));
    await expect(bus.publish(inTx, 'profile.created', { profile })).rejects.toThrow(
      'subscriber failed',
    );
  });
});
