import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { createScratchDatabase, ScratchDatabase } from '../../src/db/scratch';
import { ENTITIES } from '../../src/services';
import { TEST_DB } from '../support/harness';
import { expectInvariants } from '../support/invariants';
import { arrange, Outcome, post, ServerProcess, spawnServer } from '../support/process';

// The built server as a real process: SIGTERM under load drains the requests in flight,
// closes the pool and exits 0 within 10 s; no request it accepted fails.

const REDEEM = `mutation($input: RedeemInput!) { redeem(input: $input) {
  __typename ... on Redemption { id } ... on ErrorResult { errorCode message } } }`;

let scratch: ScratchDatabase;
let server: ServerProcess | undefined;
beforeAll(async () => {
  scratch = await createScratchDatabase(TEST_DB);
});
afterAll(async () => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL');
  await scratch?.drop();
});

describe('SIGTERM', () => {
  it('drains the requests in flight, closes the pool and exits 0 within 10 s', async () => {
    server = await spawnServer(scratch.config, { LOG_LEVEL: process.env.SHUTDOWN_LOG ?? 'info' });
    const { url } = server;
    const { token, profileId } = await arrange(url);

    const answered: Outcome[] = [];
    const lost: string[] = [];
    let inFlight = 0;
    let inFlightAtSignal = -1;
    let stopped = false;
    let n = 0;
    let signalledAt: number | undefined;
    let answeredAfterSignal = 0;
    const worker = async () => {
      while (!stopped) {
        inFlight++;
        const out = await post(
          url,
          REDEEM,
          { input: { profileId, amount: 1, idempotencyKey: `redeem-${++n}-${Date.now()}` } },
          token,
        );
        inFlight--;
        if (out.kind === 'refused') return; // no longer accepting: the drain has begun
        if (out.kind === 'lost') lost.push(out.error);
        else {
          answered.push(out);
          if (signalledAt !== undefined) answeredAfterSignal++;
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    await new Promise((r) => setTimeout(r, 1_500));
    inFlightAtSignal = inFlight;
    const signalled = (signalledAt = performance.now());
    server.child.kill('SIGTERM');
    const exit = await server.exited;
    const tookMs = performance.now() - signalled;
    stopped = true;
    await Promise.all(workers);

    expect(exit).toEqual({ code: 0, signal: null });
    expect(tookMs).toBeLessThan(10_000);
    expect(inFlightAtSignal).toBeGreaterThan(0);
    // Requests in flight at the signal were answered, not dropped.
    expect(answeredAfterSignal).toBeGreaterThan(0);
    // A connection still in the kernel's listen backlog when the listener closes is reset
    // before the server reads it (the client cannot tell that from a drop, so the database
    // below proves it: nothing happened that was not answered). Nothing else may be lost.
    for (const error of lost) expect(error).toMatch(/ECONNRESET|socket hang up/);
    const bad = answered.filter(
      (o) =>
        o.kind === 'answered' &&
        (o.status !== 200 || o.body.data?.redeem.__typename !== 'Redemption'),
    );
    expect(bad).toEqual([]);
    expect(server.output()).toMatch(/"msg":"stopped"/);

    // Every redeem that was answered is in the database, and nothing more: no accepted
    // request was cut off after it acted.
    const db = await openDatabase(scratch.config, ENTITIES);
    try {
      const [{ n: stored }] = await db.dataSource.query<{ n: number | string }[]>(
        'SELECT COUNT(*) AS n FROM redemptions',
      );
      expect(Number(stored)).toBe(answered.length);
      await expectInvariants(db);
    } finally {
      await db.close();
    }
  }, 60_000);
});
