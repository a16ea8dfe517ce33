import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { api, checkPage, nav, signIn } from './support';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** An endpoint on this machine that takes every delivery with 204 and keeps what it got. */
async function startReceiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/hooks`, received };
}

/** The Standard Webhooks signature of a delivery under a whsec_ secret. */
function signature(secret: string, delivery: Received): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signed = `${String(delivery.headers['webhook-id'])}.${String(delivery.headers['webhook-timestamp'])}.${delivery.body}`;
  return `v1,${createHmac('sha256', key).update(signed).digest('base64')}`;
}

function signatures(delivery: Received): string[] {
  return String(delivery.headers['webhook-signature'] ?? '').split(' ');
}

test('an administrator adds a webhook, watches deliveries arrive, redelivers one and rotates its secret', async ({
  page,
}) => {
  const receiver = await startReceiver();
  const run = Date.now().toString(36);
  try {
    await signIn(page);
    await nav(page).getByRole('link', { name: 'Webhooks' }).click();
    await expect(page.getByRole('heading', { name: 'Webhooks', exact: true })).toBeVisible();

    // Add an endpoint for two events, chosen in words.
    await page.getByRole('button', { name: 'Add webhook' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a webhook' });
    await dialog.getByRole('button', { name: 'Add webhook' }).click();
    await expect(dialog.getByLabel('Endpoint URL')).toHaveAccessibleDescription(
      /Enter the URL events are sent to/,
    );
    await dialog.getByLabel('Endpoint URL').fill(receiver.url);
    await dialog.getByLabel(/A reward is issued/).check();
    await dialog.getByLabel(/A reward is voided/).check();
    await checkPage(page, 'add webhook');
    await dialog.getByRole('button', { name: 'Add webhook' }).click();
    await expect(dialog).toBeHidden();

    // Its secret, once.
    const secret = (await page.getByTestId('webhook-secret').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_/);
    await expect(page.getByRole('button', { name: 'Copy' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: receiver.url });
    await expect(row).toContainText('ACTIVE');
    await expect(row).toContainText('Reward issued');
    await expect(row).toContainText('Reward voided');
    await checkPage(page, 'webhooks');
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await expect(page.getByTestId('webhook-secret')).toHaveCount(0);

    // Something that emits an event: a reward issued through the API.
    const { rewardTypes } = await api<{ rewardTypes: { id: string }[] }>(
      page,
      '{ rewardTypes { id } }',
    );
    const { createRewardDefinition } = await api<{ createRewardDefinition: { id: string } }>(
      page,
      `mutation($input: RewardDefinitionInput!) { createRewardDefinition(input: $input) { id } }`,
      {
        input: {
          handle: `hook-${run}`,
          name: `Hook ${run}`,
          typeId: rewardTypes[0]?.id,
          value: 700,
          expiryPeriod: 30,
          expiryUnit: 'DAYS',
        },
      },
    );
    const { createProfile } = await api<{ createProfile: { id: string } }>(
      page,
      `mutation($input: ProfileInput!) { createProfile(input: $input) { id } }`,
      { input: { externalId: `hook-${run}`, firstName: 'Hook', lastName: 'Customer' } },
    );
    const issue = (key: string) =>
      api(
        page,
        `mutation($input: IssueRewardInput!) { issueReward(input: $input) { __typename } }`,
        {
          input: {
            profileId: createProfile.id,
            definitionId: createRewardDefinition.id,
            reason: 'Webhook journey (e2e)',
            idempotencyKey: key,
          },
        },
      );
    await issue(`hook-${run}-1`);

    // The receiver gets it, signed with the secret shown.
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(1);
    const first = receiver.received[0]!;
    expect(JSON.parse(first.body)).toMatchObject({
      type: 'reward.issued',
      data: { profileExternalId: `hook-${run}` },
    });
    expect(signatures(first)).toEqual([signature(secret, first)]);

    // The delivery log shows it delivered, with its attempt.
    await row.getByRole('link', { name: `Deliveries to ${receiver.url}` }).click();
    await expect(page.getByRole('heading', { name: receiver.url })).toBeVisible();
    const deliveries = page.getByRole('table', { name: 'Deliveries' });
    // The delivery's own row (its details, once open, are a row of their own).
    const delivery = deliveries
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: /^Redeliver reward\.issued/ }) });
    await expect(async () => {
      await page.getByRole('button', { name: 'Refresh' }).click();
      await expect(delivery).toContainText('Delivered', { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expect(delivery).toContainText('HTTP 204');
    await delivery.getByRole('button', { name: /^Details of reward\.issued/ }).click();
    const attempts = deliveries.getByRole('table', { name: 'Attempts' });
    await expect(attempts.getByRole('row')).toHaveCount(2);
    await expect(attempts).toContainText('HTTP 204');
    await expect(page.getByLabel('Payload sent')).toContainText('"type": "reward.issued"');
    await checkPage(page, 'webhook deliveries');

    // Redeliver: the same webhook-id again, and a second attempt in the log.
    await delivery.getByRole('button', { name: /^Redeliver reward\.issued/ }).click();
    await expect(delivery.getByRole('status')).toHaveText(
      'Queued to send again now, with the same webhook-id.',
    );
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(2);
    expect(receiver.received[1]?.headers['webhook-id']).toBe(first.headers['webhook-id']);
    await expect(attempts.getByRole('row')).toHaveCount(3, { timeout: 20_000 });
    await expect(delivery.locator('td').nth(3)).toHaveText('2');

    // Rotate the secret: asked first, the new one shown once; for a day both sign.
    await page.getByRole('button', { name: `Rotate secret of ${receiver.url}` }).click();
    const rotate = page.getByRole('dialog', { name: 'Rotate the signing secret' });
    await expect(rotate).toContainText('For 24 hours deliveries carry signatures by both');
    await rotate.getByRole('button', { name: 'Rotate secret' }).click();
    await expect(rotate).toBeHidden();
    const rotated = (await page.getByTestId('webhook-secret').textContent()) ?? '';
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    await checkPage(page, 'webhook secret rotated');

    await issue(`hook-${run}-2`);
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(3);
    const third = receiver.received[2]!;
    expect(signatures(third).sort()).toEqual(
      [signature(rotated, third), signature(secret, third)].sort(),
    );

    // Delete, after asking: back on the list, nothing left.
    await page.getByRole('button', { name: `Delete ${receiver.url}` }).click();
    const remove = page.getByRole('dialog', { name: 'Delete the webhook' });
    await remove.getByRole('button', { name: 'Delete webhook' }).click();
    await expect(page).toHaveURL(/\/webhooks$/);
    await expect(page.getByRole('status')).toHaveText(
      `${receiver.url} is deleted: nothing more is sent to it.`,
    );
    await expect(page.getByRole('link', { name: receiver.url, exact: true })).toHaveCount(0);
  } finally {
    await new Promise((resolve) => receiver.server.close(resolve));
  }
});
