import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CreateWebhookMutationVariables, WebhookInput } from '../../graphql/generated/graphql';
import { createCache } from '../../lib/cache';
import { fieldError } from '../../test/fieldError';
import { CreateWebhookMutation, WebhooksQuery } from './queries';
import { urlProblem, WebhookForm } from './WebhookForm';
import { WEBHOOK_EVENTS } from './words';

const created = {
  createWebhook: {
    __typename: 'WebhookCreated' as const,
    secret: 'whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ=',
    webhook: {
      __typename: 'Webhook' as const,
      id: 'wh-1',
      url: 'https://example.com/hooks',
      events: ['reward.issued', 'reward.voided'],
      active: true,
      disabledReason: null,
      failingSince: null,
      createdAt: '2026-03-02T01:00:00.000Z',
    },
  },
};

function createMock(answers: object[]) {
  const sent: WebhookInput[] = [];
  return {
    sent,
    mock: {
      request: { query: CreateWebhookMutation, variables: () => true },
      maxUsageCount: answers.length,
      delay: 20,
      result: (variables: CreateWebhookMutationVariables) => {
        sent.push(variables.input);
        return answers[sent.length - 1]!;
      },
    },
  };
}

const refetchMock = {
  request: { query: WebhooksQuery },
  result: { data: { webhooks: [created.createWebhook.webhook] } },
};

function renderForm(mocks: readonly object[]) {
  const onCreated = vi.fn();
  render(
    <MockedProvider cache={createCache()} mocks={mocks as never}>
      <WebhookForm onCreated={onCreated} onCancel={() => {}} />
    </MockedProvider>,
  );
  return onCreated;
}

describe('new webhook form', () => {
  it('shows every field error at once and sends nothing', async () => {
    const { sent, mock } = createMock([{ data: created }]);
    renderForm([mock]);
    fireEvent.click(screen.getByRole('button', { name: 'Add webhook' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Check the 2 fields marked above.');
    expect(fieldError('Endpoint URL')).toBe(
      'Enter the URL events are sent to, e.g. https://example.com/webhooks.',
    );
    expect(screen.getByText('Choose at least one event to send.')).toBeTruthy();
    expect(sent).toHaveLength(0);
  });

  it('checks the URL before sending it', () => {
    expect(urlProblem('example.com/hooks')).toBe('Enter a whole URL, starting with https://.');
    expect(urlProblem('ftp://example.com/hooks')).toBe(
      'The URL must start with https:// (or http://).',
    );
    expect(urlProblem('https://me:pw@example.com/')).toMatch(/Leave the user name and password/);
    expect(urlProblem(`https://example.com/${'a'.repeat(2000)}`)).toBe(
      'Use at most 2,000 characters.',
    );
    expect(urlProblem(' https://example.com/hooks ')).toBeNull();
  });

  it('offers the events in words, with one box for every event', () => {
    renderForm([]);
    const every = screen.getByLabelText<HTMLInputElement>('Every event');
    fireEvent.click(every);
    for (const event of WEBHOOK_EVENTS) {
      expect(
        screen.getByLabelText<HTMLInputElement>(new RegExp(event.replace('.', '\\.'))).checked,
      ).toBe(true);
    }
    fireEvent.click(screen.getByLabelText(/A reward is voided/));
    expect(every.checked).toBe(false);
  });

  it('sends the URL and the chosen events, and hands back the secret', async () => {
    const { sent, mock } = createMock([{ data: created }]);
    const onCreated = renderForm([mock, refetchMock]);
    fireEvent.change(screen.getByLabelText('Endpoint URL'), {
      target: { value: '  https://example.com/hooks ' },
    });
    fireEvent.click(screen.getByLabelText(/A reward is voided/));
    fireEvent.click(screen.getByLabelText(/A reward is issued/));
    fireEvent.click(screen.getByRole('button', { name: 'Add webhook' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    // In the order the form lists them.
    expect(sent).toEqual([
      { url: 'https://example.com/hooks', events: ['reward.issued', 'reward.voided'] },
    ]);
    expect(onCreated).toHaveBeenCalledWith(
      'https://example.com/hooks',
      'whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ=',
    );
  });

  it("shows the server's refusal of the URL next to it", async () => {
    const { mock } = createMock([
      {
        errors: [
          {
            message: 'The URL may not point at a loopback or private address.',
            extensions: { code: 'BAD_USER_INPUT', field: 'url' },
          },
        ],
      },
    ]);
    const onCreated = renderForm([mock]);
    fireEvent.change(screen.getByLabelText('Endpoint URL'), {
      target: { value: 'http://127.0.0.1/hooks' },
    });
    fireEvent.click(screen.getByLabelText('Every event'));
    fireEvent.click(screen.getByRole('button', { name: 'Add webhook' }));

    await waitFor(() =>
      expect(fieldError('Endpoint URL')).toBe(
        'The URL may not point at a loopback or private address.',
      ),
    );
    expect(onCreated).not.toHaveBeenCalled();
  });
});
