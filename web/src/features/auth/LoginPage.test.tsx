import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LoginMutation } from '../../graphql/generated/graphql';
import { admin, graphQLError, signedInAs, signedOut } from '../../test/mocks';
import { renderApp } from '../../test/renderApp';
import { LoginMutation as LoginDocument } from './useLogin';

function loginMock(password: string, outcome: 'success' | 'failure') {
  return {
    request: { query: LoginDocument, variables: { email: admin.email, password } },
    result:
      outcome === 'success'
        ? {
            data: {
              login: {
                __typename: 'Session',
                expiresAt: '2030-01-01T00:00:00.000Z',
                user: { __typename: 'User', id: admin.id },
              },
            } satisfies LoginMutation,
          }
        : { errors: [graphQLError('Invalid email or password.', 'UNAUTHENTICATED')] },
  } as const;
}

function submitCredentials(password: string) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: admin.email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in page', () => {
  it("shows the server's message when the password is wrong, and lets the user try again", async () => {
    const router = renderApp([loginMock('wrong', 'failure')], '/login');

    submitCredentials('wrong');
    expect(screen.getByRole('button', { name: 'Signing in…' })).toHaveProperty('disabled', true);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Invalid email or password.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveProperty('disabled', false);
    expect(router.state.location.pathname).toBe('/login');
  });

  it('sends a signed-out visitor to sign in, then into the shell', async () => {
    const router = renderApp([signedOut(), loginMock('secret', 'success'), signedInAs(admin)], '/');

    await screen.findByRole('heading', { name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/login');

    submitCredentials('secret');

    await screen.findByRole('heading', { name: `Welcome, ${admin.name}` });
    expect(router.state.location.pathname).toBe('/');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('returns the user to the page they asked for', async () => {
    const router = renderApp(
      [signedOut(), loginMock('secret', 'success'), signedInAs(admin)],
      '/somewhere?tab=2',
    );

    await screen.findByRole('heading', { name: 'Sign in' });
    submitCredentials('secret');

    await screen.findByRole('heading', { name: 'Page not found' });
    expect(router.state.location.pathname).toBe('/somewhere');
    expect(router.state.location.search).toBe('?tab=2');
  });
});
