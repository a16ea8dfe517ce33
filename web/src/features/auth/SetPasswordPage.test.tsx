import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { buildSchema, parse, validate } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatInstant } from '../../lib/dates';
import { graphQLError } from '../../test/mocks';
import { renderApp } from '../../test/renderApp';
import { PASSWORD_LINK_OFFER, SET_PASSWORD_WITH_LINK } from './passwordLinkApi';
import { passwordProblems } from './SetPasswordPage';

const TOKEN = 'rwp_abc';
const offer = {
  __typename: 'PasswordLinkOffer',
  name: 'Ivy Invitee',
  email: 'invitee@example.com',
  expiresAt: '2026-12-07T01:00:00.000Z',
};
const used = {
  __typename: 'InvalidLinkError',
  errorCode: 'INVALID_LINK',
  message: 'This link was already used or replaced; ask for a new one.',
};
const tooMany = {
  errors: [
    {
      ...graphQLError('Too many tries. Try again in 42 s.', 'RATE_LIMITED'),
      extensions: { code: 'RATE_LIMITED', retryAfter: 42 },
    },
  ],
};

type Body = { operationName: string; variables: Record<string, string> };

/** Answers the page's fetches in turn, by operation: each answer is a response body. */
function stubApi(answers: Partial<Record<'offer' | 'set', object[]>>) {
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(init.body as string) as Body;
    expect(body.variables.token).toBe(TOKEN);
    expect(init.credentials).toBe('omit');
    const queue = answers[body.operationName === 'SetPasswordOffer' ? 'offer' : 'set'] ?? [];
    const next = queue.shift();
    if (!next) throw new Error(`No answer left for ${body.operationName}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
    return new Response(JSON.stringify(next), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const sent = (fetch: ReturnType<typeof stubApi>, operation: string) =>
  fetch.mock.calls.filter(
    ([, init]) => (JSON.parse(init.body as string) as Body).operationName === operation,
  );

afterEach(() => vi.unstubAllGlobals());

function fill(password: string, confirm = password) {
  fireEvent.change(screen.getByLabelText('New password'), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('Confirm the password'), { target: { value: confirm } });
}

async function openWithOffer(set: object[] = []) {
  const fetch = stubApi({ offer: [{ data: { passwordLinkOffer: offer } }], set });
  const router = renderApp([], `/set-password?token=${TOKEN}`);
  await screen.findByText(/Set a password for/);
  return { fetch, router };
}

describe('set-password page', () => {
  it('says whose account it is, until when the link works and the rule, before anything is typed', async () => {
    await openWithOffer();
    expect(screen.getByRole('heading', { name: 'Set your password' })).toBeTruthy();
    expect(screen.getByText(/Set a password for/).textContent).toBe(
      'Set a password for Ivy Invitee, invitee@example.com.',
    );
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(
      screen.getByText(`This link works once, until ${formatInstant(offer.expiresAt, zone)}.`),
    ).toBeTruthy();
    const password = screen.getByLabelText('New password');
    expect(password.getAttribute('type')).toBe('password');
    expect(
      document.getElementById(password.getAttribute('aria-describedby')!)?.textContent,
    ).toMatch(/^10 to 200 characters\./);
    expect(screen.getByRole('button', { name: 'Set password' })).toHaveProperty('disabled', false);
  });

  it('checks the length and that both fields match before sending anything', async () => {
    const { fetch } = await openWithOffer();
    fill('short', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Set password' }));
    expect(screen.getByText('Use at least 10 characters (5 so far).')).toBeTruthy();
    expect(screen.getByLabelText('New password').getAttribute('aria-invalid')).toBe('true');

    fill('a long enough password', 'a long enough passwore');
    expect(screen.queryByText(/Use at least/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Set password' }));
    expect(
      screen.getByText('The two passwords differ: type the same password in both.'),
    ).toBeTruthy();
    expect(sent(fetch, 'SetPasswordWithLink')).toHaveLength(0);
  });

  it('sets the password once, then sends them to sign in with their email filled in', async () => {
    const { fetch, router } = await openWithOffer([{ data: { setPasswordWithLink: offer } }]);
    fill('a long enough password');
    const submit = screen.getByRole('button', { name: 'Set password' });
    fireEvent.click(submit);
    fireEvent.click(submit);
    expect(screen.getByRole('button', { name: 'Setting password…' })).toHaveProperty(
      'disabled',
      true,
    );

    await screen.findByRole('heading', { name: 'Your password is set' });
    expect(sent(fetch, 'SetPasswordWithLink')).toHaveLength(1);
    const [, init] = sent(fetch, 'SetPasswordWithLink')[0]!;
    expect((JSON.parse(init.body as string) as Body).variables.password).toBe(
      'a long enough password',
    );
    expect(screen.getByRole('status').textContent).toBe(
      'You can now sign in with invitee@example.com and your new password.',
    );
    const signIn = screen.getByRole('link', { name: 'Sign in' });
    expect(signIn.getAttribute('href')).toBe('/login?email=invitee%40example.com');
    // Focus follows the page to its new heading.
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Your password is set' }),
    );

    fireEvent.click(signIn);
    await screen.findByRole('heading', { name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.getByLabelText('Email')).toHaveProperty('value', 'invitee@example.com');
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
  });

  it.each([
    ['used or replaced', used.message],
    ['expired', 'This link has expired; ask for a new one.'],
    ['made up', 'This link does not work: check that it was copied whole, or ask for a new one.'],
  ])('says why a link that is %s cannot be used', async (_, message) => {
    stubApi({ offer: [{ data: { passwordLinkOffer: { ...used, message } } }] });
    renderApp([], `/set-password?token=${TOKEN}`);
    await screen.findByRole('heading', { name: 'This link cannot be used' });
    expect(screen.getByRole('alert').textContent).toBe(message);
    expect(screen.getByText(/can make you a new link/)).toBeTruthy();
    expect(screen.queryByLabelText('New password')).toBeNull();
  });

  it('says so when the link was used in another tab before the password was sent', async () => {
    await openWithOffer([{ data: { setPasswordWithLink: used } }]);
    fill('a long enough password');
    fireEvent.click(screen.getByRole('button', { name: 'Set password' }));
    await screen.findByRole('heading', { name: 'This link cannot be used' });
    expect(screen.getByRole('alert').textContent).toBe(used.message);
  });

  it('asks to wait when there were too many tries, then tries again', async () => {
    stubApi({ offer: [tooMany, { data: { passwordLinkOffer: offer } }] });
    renderApp([], `/set-password?token=${TOKEN}`);
    await screen.findByRole('heading', { name: 'Too many tries' });
    expect(screen.getByRole('alert').textContent).toBe(
      'Too many tries from this network. Try again in 42 seconds.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/Set a password for/)).toBeTruthy();
  });

  it('keeps the form when sending is refused for too many tries or the server is unreachable', async () => {
    const { fetch } = await openWithOffer([tooMany]);
    fill('a long enough password');
    fireEvent.click(screen.getByRole('button', { name: 'Set password' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Too many tries from this network. Try again in 42 seconds.',
    );
    expect(screen.getByRole('button', { name: 'Set password' })).toHaveProperty('disabled', false);
    expect(screen.getByLabelText('New password')).toHaveProperty('value', 'a long enough password');

    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    fireEvent.click(screen.getByRole('button', { name: 'Set password' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'The rewards service could not be reached. Check your connection and try again.',
      ),
    );
  });

  it('shows the server’s password rule next to the field', async () => {
    await openWithOffer([
      {
        errors: [
          {
            message: 'The password must be 10 to 200 characters.',
            extensions: { code: 'BAD_USER_INPUT', field: 'password' },
          },
        ],
      },
    ]);
    fill('a long enough password');
    fireEvent.click(screen.getByRole('button', { name: 'Set password' }));
    expect(await screen.findByText('The password must be 10 to 200 characters.')).toBeTruthy();
    expect(screen.getByLabelText('New password').getAttribute('aria-invalid')).toBe('true');
  });

  it('says a link without its code is incomplete, without asking the server', async () => {
    const fetch = stubApi({});
    renderApp([], '/set-password');
    await screen.findByRole('heading', { name: 'This link cannot be used' });
    expect(screen.getByRole('alert').textContent).toContain('missing its code');
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('the new password', () => {
  it('has 10 to 200 characters and is typed twice the same', () => {
    expect(passwordProblems('a'.repeat(10), 'a'.repeat(10))).toEqual({});
    expect(passwordProblems('a'.repeat(200), 'a'.repeat(200))).toEqual({});
    expect(passwordProblems('a'.repeat(201), 'a'.repeat(201))).toEqual({
      password: 'Use at most 200 characters (201 now).',
    });
    expect(passwordProblems('a'.repeat(9), '')).toEqual({
      password: 'Use at least 10 characters (9 so far).',
      confirm: 'Type the password again.',
    });
  });
});

describe('the page’s requests', () => {
  it('are valid against the schema', () => {
    const schema = buildSchema(readFileSync(join(process.cwd(), '../schema.graphql'), 'utf8'));
    for (const document of [PASSWORD_LINK_OFFER, SET_PASSWORD_WITH_LINK]) {
      expect(validate(schema, parse(document))).toEqual([]);
    }
  });
});
