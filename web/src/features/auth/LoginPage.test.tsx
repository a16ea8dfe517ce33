import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { admin, graphQLError, newBrandDashboard, signedInAs, signedOut } from '../../test/mocks';
import { renderApp } from '../../test/renderApp';
import { LOGIN } from './signIn';

/** Answers the sign-in page's one fetch: the login mutation, for this password only. */
function stubLogin(password: string, outcome: 'success' | 'failure') {
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(init.body as string) as { query: string; variables: object };
    expect(body.query).toBe(LOGIN);
    expect(body.variables).toEqual({ email: admin.email, password });
    await new Promise((resolve) => setTimeout(resolve, 20));
    return new Response(
      JSON.stringify(
        outcome === 'success'
          ? { data: { login: { expiresAt: '2030-01-01T00:00:00.000Z' } } }
          : { errors: [graphQLError('Invalid email or password.', 'UNAUTHENTICATED')] },
      ),
      { headers: { 'content-type': 'application/json' } },
    );
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

function submitCredentials(password: string) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: admin.email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in page', () => {
  it("shows the server's message when the password is wrong, and lets the user try again", async () => {
    stubLogin('wrong', 'failure');
    const router = renderApp([], '/login');

    submitCredentials('wrong');
    expect(screen.getByRole('button', { name: 'Signing in…' })).toHaveProperty('disabled', true);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Invalid email or password.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveProperty('disabled', false);
    expect(router.state.location.pathname).toBe('/login');
  });

  it('sends a signed-out visitor to sign in, then into the shell', async () => {
    stubLogin('secret', 'success');
    const router = renderApp([signedOut(), signedInAs(admin), ...newBrandDashboard()], '/');

    await screen.findByRole('heading', { name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/login');

    submitCredentials('secret');

    await screen.findByRole('heading', { name: `Welcome, ${admin.name}` });
    expect(router.state.location.pathname).toBe('/');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('returns the user to the page they asked for', async () => {
    stubLogin('secret', 'success');
    const router = renderApp([signedOut(), signedInAs(admin)], '/somewhere?tab=2');

    await screen.findByRole('heading', { name: 'Sign in' });
    submitCredentials('secret');

    await screen.findByRole('heading', { name: 'Page not found' });
    expect(router.state.location.pathname).toBe('/somewhere');
    expect(router.state.location.search).toBe('?tab=2');
  });
});
