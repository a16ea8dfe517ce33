import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { admin, manager, signedInAs } from '../../test/mocks';
import { renderApp } from '../../test/renderApp';
import { BrandDefaultsQuery } from '../settings/brandDefaults';
import {
  CreateWebhookMutation,
  DeleteWebhookMutation,
  EnableWebhookMutation,
  RotateWebhookSecretMutation,
  WebhooksQuery,
} from './queries';

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

function webhook(id: string, url: string, extra: object = {}) {
  return {
    __typename: 'Webhook' as const,
    id,
    url,
    events: ['reward.issued'],
    active: true,
    disabledReason: null,
    failingSince: null,
    createdAt: '2026-03-02T01:00:00.000Z',
    ...extra,
  };
}

const healthy = webhook('wh-1', 'https://crm.example.com/hooks', {
  events: [
    'reward.issued',
    'reward.redeemed',
    'reward.extended',
    'reward.voided',
    'reward.expired',
    'reward.expiring',
    'redemption.reversed',
    'redemption.returned',
  ],
});
const failing = webhook('wh-2', 'https://erp.example.com/in', {
  events: ['reward.voided', 'redemption.returned'],
  failingSince: '2026-03-03T02:00:00.000Z',
});
const disabled = webhook('wh-3', 'https://old.example.com/x', {
  active: false,
  disabledReason:
    'Disabled 2026-03-04T03:00:00.000Z: every delivery has failed since 2026-03-03T03:00:00.000Z (last: HTTP 500).',
});

function listMock(webhooks: object[]) {
  return { request: { query: WebhooksQuery }, result: { data: { webhooks } } };
}

async function open(mocks: readonly object[], user = admin) {
  renderApp([signedInAs(user), brandMock, ...(mocks as never[])], '/webhooks');
  await screen.findByRole('heading', { name: 'Webhooks' });
}

function rowOf(url: string) {
  return screen.getByRole('link', { name: url }).closest('tr')!;
}

describe('webhooks page', () => {
  it('lists each endpoint with its events in words and its state', async () => {
    await open([listMock([healthy, failing, disabled])]);
    await screen.findByRole('table', { name: 'Webhooks' });

    expect(within(rowOf(healthy.url)).getByText('Every event')).toBeTruthy();
    expect(within(rowOf(healthy.url)).getByText('ACTIVE')).toBeTruthy();
    const failingRow = rowOf(failing.url);
    expect(within(failingRow).getByText('Reward voided')).toBeTruthy();
    expect(within(failingRow).getByText('Redemption returned')).toBeTruthy();
    expect(within(failingRow).getByText('FAILING')).toBeTruthy();
    expect(failingRow.textContent).toContain(
      'Every delivery has failed since 3 Mar 2026, 13:00 Australia/Melbourne',
    );
    const disabledRow = rowOf(disabled.url);
    expect(within(disabledRow).getByText('DISABLED')).toBeTruthy();
    // The reason's instants in the brand's zone.
    expect(disabledRow.textContent).toContain(
      'Disabled 4 Mar 2026, 14:00 Australia/Melbourne: every delivery has failed since 3 Mar 2026, 14:00 Australia/Melbourne (last: HTTP 500).',
    );
    // Only a disabled endpoint can be enabled again.
    expect(
      within(disabledRow).getByRole('button', { name: `Enable again ${disabled.url}` }),
    ).toBeTruthy();
    expect(within(failingRow).queryByRole('button', { name: /^Enable/ })).toBeNull();
  });

  it('is for administrators only', async () => {
    await open([], manager);
    expect(screen.getByText('Webhooks are managed by administrators.')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Webhooks' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Bulk issue' })).toBeTruthy();
  });

  it('says when there are none yet', async () => {
    await open([listMock([])]);
    expect(await screen.findByText(/No webhooks yet/)).toBeTruthy();
  });

  it('shows the signing secret of a new endpoint once', async () => {
    const added = webhook('wh-9', 'https://new.example.com/hooks');
    await open([
      listMock([]),
      {
        request: {
          query: CreateWebhookMutation,
          variables: { input: { url: added.url, events: ['reward.issued'] } },
        },
        result: {
          data: {
            createWebhook: { __typename: 'WebhookCreated', secret: 'whsec_first', webhook: added },
          },
        },
      },
      listMock([added]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Add webhook' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a webhook' });
    fireEvent.change(within(dialog).getByLabelText('Endpoint URL'), {
      target: { value: added.url },
    });
    fireEvent.click(within(dialog).getByLabelText(/A reward is issued/));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add webhook' }));

    const card = await screen.findByRole('region', { name: 'Signing secret' });
    expect(within(card).getByTestId('webhook-secret').textContent).toBe('whsec_first');
    expect(within(card).getByRole('button', { name: 'Copy' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    await screen.findByRole('link', { name: added.url });
    fireEvent.click(within(card).getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByTestId('webhook-secret')).toBeNull();
  });

  it('deletes an endpoint only after asking', async () => {
    await open([
      listMock([healthy, failing]),
      {
        request: { query: DeleteWebhookMutation, variables: { id: failing.id } },
        result: { data: { deleteWebhook: true } },
      },
      listMock([healthy]),
    ]);
    await screen.findByRole('table', { name: 'Webhooks' });
    fireEvent.click(screen.getByRole('button', { name: `Delete ${failing.url}` }));
    const dialog = screen.getByRole('dialog', { name: 'Delete the webhook' });
    expect(dialog.textContent).toContain('deliveries still waiting are cancelled');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete webhook' }));

    expect((await screen.findByRole('status')).textContent).toBe(
      `${failing.url} is deleted: nothing more is sent to it.`,
    );
    expect(screen.queryByRole('link', { name: failing.url })).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('rotates a secret after asking, and shows the new one once', async () => {
    await open([
      listMock([healthy]),
      {
        request: { query: RotateWebhookSecretMutation, variables: { id: healthy.id } },
        result: {
          data: {
            rotateWebhookSecret: {
              __typename: 'WebhookCreated',
              secret: 'whsec_second',
              webhook: { __typename: 'Webhook', id: healthy.id, url: healthy.url },
            },
          },
        },
      },
    ]);
    await screen.findByRole('table', { name: 'Webhooks' });
    fireEvent.click(screen.getByRole('button', { name: `Rotate secret of ${healthy.url}` }));
    const dialog = screen.getByRole('dialog', { name: 'Rotate the signing secret' });
    expect(dialog.textContent).toContain('For 24 hours deliveries carry signatures by both');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rotate secret' }));

    const card = await screen.findByRole('region', { name: 'Signing secret' });
    expect(within(card).getByRole('heading').textContent).toBe(
      `The new signing secret of ${healthy.url}`,
    );
    expect(within(card).getByTestId('webhook-secret').textContent).toBe('whsec_second');
    expect(card.textContent).toContain('signed with both the old and the new secret');
  });

  it('enables a disabled endpoint again', async () => {
    const enabled = { ...disabled, active: true, disabledReason: null };
    await open([
      listMock([disabled]),
      {
        request: { query: EnableWebhookMutation, variables: { id: disabled.id } },
        result: {
          data: {
            enableWebhook: {
              __typename: 'Webhook',
              id: disabled.id,
              active: true,
              disabledReason: null,
              failingSince: null,
            },
          },
        },
      },
      listMock([enabled]),
    ]);
    await screen.findByRole('table', { name: 'Webhooks' });
    fireEvent.click(screen.getByRole('button', { name: `Enable again ${disabled.url}` }));

    expect((await screen.findByRole('status')).textContent).toContain(
      'is enabled again: the deliveries that waited while it was disabled are being sent.',
    );
    await waitFor(() => expect(within(rowOf(disabled.url)).getByText('ACTIVE')).toBeTruthy());
  });
});
