import { Webhook as Verifier } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LedgerEntryEntity } from '../../src/modules/rewards/ledger-entry.entity';
import {
  WebhookAttemptEntity,
  WebhookDeliveryEntity,
} from '../../src/modules/webhooks/webhook.entity';
import { graphql } from '../graphql/generated';
import {
  createDefinition,
  createProfile,
  fundedProfile,
  issue,
  redeem,
  RETURN,
  REVERSE,
  unique,
} from '../support/factories';
import { Client, errorCode, startTestApp, TestApp } from '../support/harness';
import { eventually, Received, startReceiver } from '../support/receiver';

const CREATE = graphql(`
  mutation CreateWebhookForTest($input: WebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        id
        url
        events
        active
      }
    }
  }
`);
const LIST = graphql(`
  query WebhooksForTest {
    webhooks {
      id
      url
      events
      active
      disabledReason
      failingSince
      deliveries(first: 50) {
        totalCount
        edges {
          node {
            id
            messageId
            eventType
            status
            attemptCount
            lastStatusCode
            attempts {
              statusCode
              succeeded
              durationMs
              error
            }
          }
        }
      }
    }
  }
`);
const DELETE = graphql(`
  mutation DeleteWebhookForTest($id: ID!) {
    deleteWebhook(id: $id)
  }
`);
const ROTATE = graphql(`
  mutation RotateWebhookSecretForTest($id: ID!) {
    rotateWebhookSecret(id: $id) {
      __typename
      ... on WebhookCreated {
        secret
      }
      ... on ErrorResult {
        errorCode
      }
    }
  }
`);
const REDELIVER = graphql(`
  mutation RedeliverWebhookForTest($id: ID!) {
    redeliverWebhook(deliveryId: $id) {
      __typename
      ... on WebhookDelivery {
        id
        status
        messageId
      }
      ... on ErrorResult {
        errorCode
      }
    }
  }
`);
const ENABLE = graphql(`
  mutation EnableWebhookForTest($id: ID!) {
    enableWebhook(id: $id) {
      __typename
      ... on Webhook {
        active
      }
    }
  }
`);

const ALL_EVENTS = [
  'reward.issued',
  'reward.redeemed',
  'reward.extended',
  'reward.voided',
  'reward.expired',
  'reward.expiring',
  'redemption.reversed',
  'redemption.returned',
];

let t: TestApp;
let admin: Client;
let def: { id: string };
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  receiver = await startReceiver();
  t = await startTestApp({ webhooks: { allowPrivate: true, timeoutMs: 400, pollMs: 50 } });
  admin = await t.signIn('ADMIN');
  def = await createDefinition(admin, { value: 1000 });
}, 60_000);
afterEach(async () => {
  // Each test starts with no endpoint and an empty receiver.
  for (const w of (await admin.gql(LIST)).data?.webhooks ?? []) {
    await admin.gql(DELETE, { id: w.id });
  }
  receiver.clear();
  t.clock.reset();
});
afterAll(async () => {
  await t?.close();
  await receiver?.close();
});

async function subscribe(events = ALL_EVENTS, url = receiver.url) {
  const res = await admin.gql(CREATE, { input: { url, events } });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createWebhook;
}

function parsed(r: Received) {
  return JSON.parse(r.body) as { type: string; timestamp: string; data: Record<string, any> };
}

const deliveriesOf = async (id: string) => {
  const hooks = (await admin.gql(LIST)).data!.webhooks;
  return hooks.find((h) => h.id === id)!.deliveries.edges.map((e) => e.node);
};

describe('delivery', () => {
  it('sends { type, timestamp, data } signed by the Standard Webhooks scheme', async () => {
    const { webhook, secret } = await subscribe(['reward.issued']);
    expect(secret).toMatch(/^whsec_/);
    const p = await createProfile(admin);
    const res = await issue(admin, { profileId: p.id, definitionId: def.id, value: 1234 });
    const rewardId = res.data!.issueReward.id as string;

    const [got] = await eventually(() => receiver.received.length >= 1 && receiver.received);
    // The receiver's own library accepts it (and would throw on a bad signature).
    const verified = new Verifier(secret).verify(got.body, got.headers) as { type: string };
    expect(verified.type).toBe('reward.issued');
    expect(got.headers['webhook-id']).toMatch(/^msg_/);
    expect(Number(got.headers['webhook-timestamp'])).toBeGreaterThan(Date.now() / 1000 - 60);
    const body = parsed(got);
    expect(body.data).toMatchObject({
      entryType: 'ISSUE',
      amount: { amount: 1234, currency: 'AUD' },
      profileId: p.id,
      profileExternalId: p.externalId,
      reward: { id: rewardId, status: 'ACTIVE', valueRemaining: { amount: 1234 } },
    });
    expect(() =>
      new Verifier(`whsec_${Buffer.from('wrong').toString('base64')}`).verify(
        got.body,
        got.headers,
      ),
    ).toThrow();

    const [delivery] = await eventually(async () => {
      const list = await deliveriesOf(webhook.id);
      return list[0]?.status === 'SUCCEEDED' && list;
    });
    expect(delivery).toMatchObject({ attemptCount: 1, lastStatusCode: 200 });
    expect(delivery.attempts).toEqual([
      expect.objectContaining({ statusCode: 200, succeeded: true }),
    ]);
  });

  it('retries after a 500 and after a timeout, with backoff, and records every attempt', async () => {
    const { webhook, secret } = await subscribe(['reward.issued']);
    receiver.next({ status: 500 }, { delayMs: 1_500, status: 200 });
    const p = await createProfile(admin);
    await issue(admin, { profileId: p.id, definitionId: def.id });

    const first = await eventually(async () => {
      const [d] = await deliveriesOf(webhook.id);
      return d?.attemptCount === 1 && d;
    });
    expect(first).toMatchObject({ status: 'PENDING', lastStatusCode: 500 });
    // Not retried at once: the next attempt waits (15 to 30 seconds after the first failure).
    await new Promise((r) => setTimeout(r, 300));
    expect((await deliveriesOf(webhook.id))[0].attemptCount).toBe(1);

    t.clock.advance(31_000);
    const second = await eventually(async () => {
      const [d] = await deliveriesOf(webhook.id);
      return d?.attemptCount === 2 && d;
    });
    expect(second.attempts[1]).toMatchObject({ statusCode: null, succeeded: false });
    expect(second.attempts[1].error).toMatch(/timed out/);

    t.clock.advance(61_000);
    const third = await eventually(async () => {
      const [d] = await deliveriesOf(webhook.id);
      return d?.status === 'SUCCEEDED' && d;
    });
    expect(third.attempts.map((a) => a.statusCode)).toEqual([500, null, 200]);
    // Every attempt carried the same message id and a valid signature.
    const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']));
    expect(ids.size).toBe(1);
    for (const r of receiver.received)
      expect(() => new Verifier(secret).verify(r.body, r.headers)).not.toThrow();
  });

  it('disables an endpoint that has failed for 24 hours, says so, and resumes when enabled', async () => {
    const { webhook } = await subscribe(['reward.issued']);
    receiver.always({ status: 503 });
    const p = await createProfile(admin);
    await issue(admin, { profileId: p.id, definitionId: def.id });
    await eventually(async () => (await deliveriesOf(webhook.id))[0]?.attemptCount === 1);

    t.clock.advance(24 * 3_600_000 + 60_000);
    const hook = await eventually(async () => {
      const h = (await admin.gql(LIST)).data!.webhooks.find((w) => w.id === webhook.id)!;
      return !h.active && h;
    });
    expect(hook.disabledReason).toMatch(/failed since/);
    expect(hook.deliveries.edges[0].node.status).toMatch(/PAUSED|FAILED/);

    // While disabled nothing is sent; new events wait.
    const before = receiver.received.length;
    await issue(admin, { profileId: p.id, definitionId: def.id });
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.received.length).toBe(before);

    receiver.always({ status: 200 });
    const enabled = await admin.gql(ENABLE, { id: webhook.id });
    expect(enabled.data?.enableWebhook).toMatchObject({ active: true });
    await eventually(async () => {
      const list = await deliveriesOf(webhook.id);
      return list.some((d) => d.status === 'SUCCEEDED') && list;
    });
  });

  it('redelivers a delivery with the same webhook-id', async () => {
    const { webhook } = await subscribe(['reward.issued']);
    const p = await createProfile(admin);
    await issue(admin, { profileId: p.id, definitionId: def.id });
    const [d] = await eventually(async () => {
      const list = await deliveriesOf(webhook.id);
      return list[0]?.status === 'SUCCEEDED' && list;
    });
    const res = await admin.gql(REDELIVER, { id: d.id });
    expect(res.data?.redeliverWebhook).toMatchObject({
      __typename: 'WebhookDelivery',
      messageId: d.messageId,
    });
    await eventually(() => receiver.received.length === 2);
    expect(receiver.received[1].headers['webhook-id']).toBe(d.messageId);
    expect(receiver.received[1].body).toBe(receiver.received[0].body);
    // The attempt is recorded once the receiver's answer is in.
    const [again] = await eventually(async () => {
      const list = await deliveriesOf(webhook.id);
      return list[0]?.attemptCount === 2 && list;
    });
    expect(again.attemptCount).toBe(2);

    const missing = await admin.gql(REDELIVER, { id: '00000000-0000-7000-8000-000000000000' });
    expect(missing.data?.redeliverWebhook).toMatchObject({ errorCode: 'NOT_FOUND' });
  });

  it('rotates the secret: deliveries verify with the new one, and with the old one for a day', async () => {
    const { webhook, secret: old } = await subscribe(['reward.issued']);
    const rotated = await admin.gql(ROTATE, { id: webhook.id });
    if (rotated.data?.rotateWebhookSecret.__typename !== 'WebhookCreated') throw new Error('no');
    const fresh = rotated.data.rotateWebhookSecret.secret;
    expect(fresh).not.toBe(old);
    const p = await createProfile(admin);
    await issue(admin, { profileId: p.id, definitionId: def.id });
    const [got] = await eventually(() => receiver.received.length >= 1 && receiver.received);
    expect(() => new Verifier(fresh).verify(got.body, got.headers)).not.toThrow();
    expect(() => new Verifier(old).verify(got.body, got.headers)).not.toThrow();

    // A day later only the new secret signs.
    t.clock.advance(24 * 3_600_000 + 1_000);
    await issue(admin, { profileId: p.id, definitionId: def.id });
    const later = await eventually(() => receiver.received[1]);
    expect(() => new Verifier(fresh).verify(later.body, later.headers)).not.toThrow();
    expect(() => new Verifier(old).verify(later.body, later.headers)).toThrow();
  });

  it('keeps working across a restart: what was waiting is delivered by the new process', async () => {
    const { webhook, secret } = await subscribe(['reward.issued']);
    receiver.always({ status: 500 });
    const p = await createProfile(admin);
    await issue(admin, { profileId: p.id, definitionId: def.id });
    await eventually(async () => (await deliveriesOf(webhook.id))[0]?.attemptCount === 1);
    receiver.always({ status: 200 });
    const token = admin.token;
    t = await t.restart();
    admin = t.client(token);
    t.clock.advance(31_000);
    const [d] = await eventually(async () => {
      const list = await deliveriesOf(webhook.id);
      return list[0]?.status === 'SUCCEEDED' && list;
    });
    expect(d.attemptCount).toBe(2);
    const last = receiver.received.at(-1)!;
    expect(() => new Verifier(secret).verify(last.body, last.headers)).not.toThrow();
  });
});

describe('the events', () => {
  it('sends exactly the events the ledger implies, one per change', async () => {
    const { webhook } = await subscribe();
    const { profile, rewards } = await fundedProfile(admin, [1000, 2000, 3000], def.id);
    const extend = await admin.gql(
      `mutation($i: ExtendRewardInput!) { extendReward(input: $i) { __typename } }`,
      { i: { rewardId: rewards[2], days: 5, reason: 'Goodwill' } },
    );
    expect(extend.data?.extendReward.__typename).toBe('Reward');
    // 1,500 spans the first two rewards: two REDEEM entries.
    const r1 = await redeem(admin, { profileId: profile.id, amount: 1500 });
    const r2 = await redeem(admin, { profileId: profile.id, amount: 200 });
    await admin.gql(REVERSE, { input: { redemptionId: r1.data!.redeem.id, reason: 'Mistake' } });
    await admin.gql(RETURN, {
      input: { redemptionId: r2.data!.redeem.id, amount: 100, idempotencyKey: unique('rt') },
    });
    await admin.gql(`mutation($i: VoidRewardInput!) { voidReward(input: $i) { __typename } }`, {
      i: { rewardId: rewards[0], reason: 'Fraud' },
    });
    // A change that rolls back leaves no event behind.
    await t.system
      .transaction(async (tx) => {
        await t.services.rewards.issue(tx, {
          profileId: profile.id,
          definitionId: def.id,
          reason: 'Rolled back',
          idempotencyKey: unique('rb'),
        });
        throw new Error('abandon');
      })
      .catch(() => undefined);

    const entries = await t.db.manager.find(LedgerEntryEntity, {
      where: { profileId: profile.id },
    });
    const byType = (type: string) => entries.filter((e) => e.type === type).length;
    const expected: Record<string, number> = {
      'reward.issued': byType('ISSUE'),
      'reward.redeemed': byType('REDEEM'),
      'reward.extended': byType('EXTEND'),
      'reward.voided': byType('VOID'),
      'redemption.reversed': 1,
      'redemption.returned': 1,
    };
    expect(expected, JSON.stringify(entries.map((e) => [e.type, e.amount]))).toMatchObject({
      'reward.issued': 3,
      'reward.redeemed': 3,
      'reward.voided': 1,
    });
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    await eventually(() => receiver.received.length >= total, 15_000);
    await new Promise((r) => setTimeout(r, 300));
    const counts: Record<string, number> = {};
    for (const r of receiver.received) counts[parsed(r).type] = (counts[parsed(r).type] ?? 0) + 1;
    expect(counts).toEqual(expected);
    // One message per event.
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(total);
    const rows = await t.db.manager.count(WebhookDeliveryEntity, {
      where: { endpointId: webhook.id },
    });
    expect(rows).toBe(total);
  });

  it('sends only the events an endpoint subscribed to, and reward.expiring when announced', async () => {
    const { webhook } = await subscribe(['reward.expiring']);
    const p = await createProfile(admin);
    const res = await issue(admin, { profileId: p.id, definitionId: def.id });
    const rewardId = res.data!.issueReward.id as string;
    const expiresAt = new Date(res.data!.issueReward.expiresAt as string);
    // As the daily pass announces it (schedule.test.ts drives the pass itself).
    await t.system.transaction(async (tx) =>
      t.services.events.publish(tx, 'reward.expiring', {
        reward: await t.services.rewards.load(tx, rewardId),
        asOf: tx.now(),
        extensionLink: { token: 'rwl_x', url: 'https://example.com/x', expiresAt: tx.now() },
      }),
    );
    const [got] = await eventually(() => receiver.received.length >= 1 && receiver.received);
    expect(parsed(got)).toMatchObject({
      type: 'reward.expiring',
      data: {
        rewardId,
        profileId: p.id,
        expiresAt: expiresAt.toISOString(),
        extensionLink: { url: 'https://example.com/x' },
      },
    });
    expect(await deliveriesOf(webhook.id)).toHaveLength(1);
  });
});

describe('endpoints', () => {
  it('refuses a URL that is not http(s) and an unknown event, writing nothing', async () => {
    for (const input of [
      { url: 'ftp://example.com/hook', events: ['reward.issued'] },
      { url: 'not a url', events: ['reward.issued'] },
      { url: 'https://example.com/hook', events: ['reward.bogus'] },
      { url: 'https://example.com/hook', events: [] },
      { url: 'https://user:pw@example.com/hook', events: ['reward.issued'] },
    ]) {
      const res = await admin.gql(CREATE, { input });
      expect(errorCode(res), JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    expect((await admin.gql(LIST)).data?.webhooks).toEqual([]);
  });

  it('is for ADMIN only', async () => {
    const manager = await t.signIn('MANAGER');
    expect(errorCode(await manager.gql(LIST))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await manager.gql(CREATE, { input: { url: receiver.url, events: ['reward.issued'] } }),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await t.anonymous.gql(LIST))).toBe('UNAUTHENTICATED');
  });

  it('stops sending to a deleted endpoint', async () => {
    const { webhook } = await subscribe(['reward.issued']);
    receiver.always({ status: 500 });
    const p = await createProfile(admin);
    await issue(admin, { profileId: p.id, definitionId: def.id });
    await eventually(async () => (await deliveriesOf(webhook.id))[0]?.attemptCount === 1);
    // One endpoint by id, with its log, until it is deleted.
    const one = await admin.gql(
      'query($id: ID!) { webhook(id: $id) { id url deliveries(first: 5) { totalCount } } }',
      { id: webhook.id },
    );
    expect(one.data?.webhook).toMatchObject({ id: webhook.id, deliveries: { totalCount: 1 } });
    expect((await admin.gql(DELETE, { id: webhook.id })).data?.deleteWebhook).toBe(true);
    expect((await admin.gql(DELETE, { id: webhook.id })).data?.deleteWebhook).toBe(false);
    const gone = await admin.gql('query($id: ID!) { webhook(id: $id) { id } }', {
      id: webhook.id,
    });
    expect(gone.data?.webhook).toBeNull();
    const [row] = await t.db.manager.find(WebhookDeliveryEntity, {
      where: { endpointId: webhook.id },
    });
    expect(row.status).toBe('CANCELLED');
    expect(await t.db.manager.count(WebhookAttemptEntity, { where: { deliveryId: row.id } })).toBe(
      1,
    );
  });
});
