import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { admin, signedInAs } from '../../test/mocks';
import { renderApp } from '../../test/renderApp';
import { BrandDefaultsQuery } from '../settings/brandDefaults';
import { SOON_POLL_MS } from './DeliveriesList';
import { RedeliverWebhookMutation, WebhookDeliveriesQuery } from './queries';

const brandMock = {
  request: { query: BrandDefaultsQuery },
  result: {
    data: {
      settings: {
        __typename: 'Settings' as const,
        defaultCurrency: 'AUD',
        defaultTimezone: 'Australia/Melbourne',
      },
    },
  },
};

function attempt(statusCode: number | null, durationMs: number, error: string | null) {
  return {
    __typename: 'WebhookAttempt' as const,
    attemptedAt: '2026-03-02T01:00:01.000Z',
    durationMs,
    statusCode,
    succeeded: statusCode !== null && statusCode < 300,
    error,
  };
}

function delivery(id: string, status: string, extra: object = {}) {
  return {
    __typename: 'WebhookDelivery' as const,
    id,
    eventType: 'reward.issued',
    status,
    createdAt: '2026-03-02T01:00:00.000Z',
    attemptCount: 0,
    lastStatusCode: null,
    nextAttemptAt: null,
    deliveredAt: null,
    messageId: `msg_${id}`,
    payload: '{"type":"reward.issued","timestamp":"2026-03-02T01:00:00.000Z","data":{"x":1}}',
    attempts: [],
    ...extra,
  };
}

const delivered = delivery('d-1', 'SUCCEEDED', {
  attemptCount: 1,
  lastStatusCode: 204,
  deliveredAt: '2026-03-02T01:00:01.000Z',
  attempts: [attempt(204, 85, null)],
});
const failed = delivery('d-2', 'FAILED', {
  eventType: 'reward.voided',
  createdAt: '2026-03-01T01:00:00.000Z',
  attemptCount: 2,
  lastStatusCode: 500,
  attempts: [attempt(null, 10_000, 'timed out after 10000 ms'), attempt(500, 1200, 'HTTP 500')],
});
const older = delivery('d-3', 'SUCCEEDED', {
  eventType: 'reward.expired',
  createdAt: '2026-02-01T01:00:00.000Z',
  attemptCount: 1,
  lastStatusCode: 200,
  deliveredAt: '2026-02-01T01:00:01.000Z',
});

function page(deliveries: object[], hasNextPage: boolean, totalCount: number) {
  return {
    data: {
      webhook: {
        __typename: 'Webhook' as const,
        id: 'wh-1',
        url: 'https://crm.example.com/hooks',
        events: ['reward.issued', 'reward.voided', 'reward.expired'],
        active: true,
        disabledReason: null,
        failingSince: null,
        createdAt: '2026-01-02T01:00:00.000Z',
        deliveries: {
          __typename: 'WebhookDeliveryConnection' as const,
          totalCount,
          pageInfo: {
            __typename: 'PageInfo' as const,
            hasNextPage,
            endCursor: deliveries.length
              ? `cursor-${(deliveries.at(-1) as { id: string }).id}`
              : null,
          },
          edges: deliveries.map((node) => ({
            __typename: 'WebhookDeliveryEdge' as const,
            cursor: `cursor-${(node as { id: string }).id}`,
            node,
          })),
        },
      },
    },
  };
}

describe('webhook page', () => {
  it('shows the delivery log, a page at a time, with each attempt', async () => {
    renderApp(
      [
        signedInAs(admin),
        brandMock,
        {
          request: { query: WebhookDeliveriesQuery, variables: { id: 'wh-1', first: 20 } },
          maxUsageCount: 10,
          result: page([delivered, failed], true, 3),
        },
        {
          request: {
            query: WebhookDeliveriesQuery,
            variables: { id: 'wh-1', first: 20, after: 'cursor-d-2' },
          },
          maxUsageCount: 10,
          result: page([older], false, 3),
        },
      ],
      '/webhooks/wh-1',
    );
    expect(
      await screen.findByRole('heading', { name: 'https://crm.example.com/hooks' }),
    ).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Deliveries' });
    expect(screen.getByText('3 in all')).toBeTruthy();
    const failedRow = within(table).getByText('reward.voided').closest('tr')!;
    expect(failedRow.textContent).toContain('Failed');
    expect(failedRow.textContent).toContain('Gave up after 24 hours of failed attempts.');
    expect(failedRow.textContent).toContain('HTTP 500');
    const deliveredRow = within(table).getByText('reward.issued').closest('tr')!;
    expect(deliveredRow.textContent).toContain('Delivered 2 Mar 2026, 12:00 Australia/Melbourne');

    fireEvent.click(within(failedRow).getByRole('button', { name: /^Details of reward\.voided/ }));
    const attempts = await screen.findByRole('table', { name: 'Attempts' });
    const cells = within(attempts)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(cells).toEqual([
      ['2 Mar 2026, 12:00 Australia/Melbourne', 'No answer', '10.0 s', 'timed out after 10000 ms'],
      ['2 Mar 2026, 12:00 Australia/Melbourne', 'HTTP 500', '1.2 s', 'HTTP 500'],
    ]);
    expect(screen.getByLabelText('Payload sent').textContent).toContain('"type": "reward.issued"');

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await within(table).findByText('reward.expired')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull());
  });

  it('redelivers a delivery and shows how it went', async () => {
    let redelivered = false;
    const queued = delivery('d-2', 'PENDING', {
      ...failed,
      status: 'PENDING',
      nextAttemptAt: new Date().toISOString(),
    });
    const succeeded = {
      ...failed,
      status: 'SUCCEEDED',
      attemptCount: 3,
      lastStatusCode: 200,
      deliveredAt: '2026-03-02T02:00:00.000Z',
      attempts: [...failed.attempts, attempt(200, 40, null)],
    };
    renderApp(
      [
        signedInAs(admin),
        brandMock,
        {
          request: { query: WebhookDeliveriesQuery, variables: { id: 'wh-1', first: 20 } },
          maxUsageCount: 20,
          result: () => page([redelivered ? succeeded : failed], false, 1),
        },
        {
          request: { query: RedeliverWebhookMutation, variables: { deliveryId: 'd-2' } },
          result: () => {
            redelivered = true;
            return { data: { redeliverWebhook: queued } };
          },
        },
      ],
      '/webhooks/wh-1',
    );
    const table = await screen.findByRole('table', { name: 'Deliveries' });
    const row = within(table).getByText('reward.voided').closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: /^Redeliver reward\.voided/ }));

    expect(
      await within(row).findByText('Queued to send again now, with the same webhook-id.'),
    ).toBeTruthy();
    expect(row.textContent).toContain('Retrying');
    // Waiting for an attempt due now, the page asks again soon.
    await waitFor(() => expect(row.textContent).toContain('Delivered 2 Mar 2026, 13:00'), {
      timeout: SOON_POLL_MS * 3,
    });
    expect(row.textContent).toContain('HTTP 200');
  });

  it('says so when the webhook is gone', async () => {
    renderApp(
      [
        signedInAs(admin),
        brandMock,
        {
          request: { query: WebhookDeliveriesQuery, variables: { id: 'wh-404', first: 20 } },
          result: { data: { webhook: null } },
        },
      ],
      '/webhooks/wh-404',
    );
    expect(
      await screen.findByText('No webhook has this id: it may have been deleted.'),
    ).toBeTruthy();
  });
});
