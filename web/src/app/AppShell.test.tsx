import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CurrentUserQuery } from '../features/auth/currentUser';
import { LogoutMutation } from '../features/auth/useLogout';
import { admin, graphQLError, manager, newBrandDashboard, signedInAs } from '../test/mocks';
import { renderApp } from '../test/renderApp';

describe('signed-in shell', () => {
  it("shows a manager's name, email and role, and what a manager can do", async () => {
    renderApp([signedInAs(manager), ...newBrandDashboard()]);

    const header = await screen.findByRole('banner');
    expect(within(header).getByText(manager.name)).toBeTruthy();
    expect(within(header).getByText(manager.email)).toBeTruthy();
    expect(within(header).getByText('MANAGER')).toBeTruthy();
    expect(within(header).queryByText('ADMIN')).toBeNull();

    await screen.findByRole('heading', { name: 'Your role: Manager' });
    expect(screen.queryByText(/API keys for integrations/)).toBeNull();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Dashboard' }).getAttribute('href')).toBe('/');
    expect(within(nav).getByRole('link', { name: 'Find redemption' }).getAttribute('href')).toBe(
      '/redemptions',
    );
  });

  it('shows an administrator the ADMIN role and the configuration they own', async () => {
    renderApp([signedInAs(admin), ...newBrandDashboard()]);

    const header = await screen.findByRole('banner');
    expect(within(header).getByText('ADMIN')).toBeTruthy();
    await screen.findByRole('heading', { name: 'Your role: Administrator' });
    expect(screen.getByText('Create and revoke API keys for integrations.')).toBeTruthy();
  });

  it('signs out and returns to the sign-in page', async () => {
    const router = renderApp([
      signedInAs(admin),
      ...newBrandDashboard(),
      { request: { query: LogoutMutation }, result: { data: { logout: true } } },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));

    await screen.findByRole('heading', { name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/login');
  });

  it('stays signed in and says why when signing out fails', async () => {
    const router = renderApp([
      signedInAs(admin),
      ...newBrandDashboard(),
      {
        request: { query: LogoutMutation },
        result: { errors: [graphQLError('Something went wrong.', 'INTERNAL_SERVER_ERROR')] },
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Could not sign out: Something went wrong.');
    expect(router.state.location.pathname).toBe('/');
  });

  it('reports a server failure instead of asking the user to sign in again', async () => {
    const router = renderApp([
      {
        request: { query: CurrentUserQuery },
        result: { errors: [graphQLError('Database unavailable.', 'INTERNAL_SERVER_ERROR')] },
      },
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Database unavailable.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
  });
});
