import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { admin, graphQLError, manager, signedInAs } from '../../test/mocks';
import { renderApp } from '../../test/renderApp';
import { BrandDefaultsQuery } from '../settings/brandDefaults';
import {
  CreatePasswordLinkMutation,
  CreateUserMutation,
  SetUserRoleMutation,
  StaffUsersQuery,
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

type Staff = {
  __typename: 'User';
  id: string;
  name: string;
  email: string;
  role: 'ADMIN' | 'MANAGER';
  active: boolean;
};

const me: Staff = { __typename: 'User', ...admin, active: true };
const max: Staff = { __typename: 'User', ...manager, active: true };
const ivy: Staff = {
  __typename: 'User',
  id: '3',
  name: 'Ivy Invitee',
  email: 'invitee@example.com',
  role: 'MANAGER',
  active: true,
};

/** The staff list, answered as often as it is asked for. */
function staffMock(users: Staff[]) {
  return {
    request: { query: StaffUsersQuery },
    result: { data: { users } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function linkMock(user: Staff) {
  return {
    request: { query: CreatePasswordLinkMutation, variables: { userId: user.id } },
    result: {
      data: {
        createPasswordLink: {
          __typename: 'PasswordLink' as const,
          url: 'https://rewards.example.com/set-password?token=rwp_secret',
          expiresAt: '2026-12-07T01:00:00.000Z',
          user: { __typename: 'User' as const, id: user.id, name: user.name, email: user.email },
        },
      },
    },
  };
}

async function open(mocks: readonly object[], user = admin) {
  renderApp([signedInAs(user), brandMock, ...(mocks as never[])], '/staff');
  await screen.findByRole('heading', { name: 'Staff users' });
}

/** A user's row of the staff table (the header shows the signed-in user's email too). */
function rowOf(email: string) {
  const table = screen.getByRole('region', { name: 'Staff users' });
  return within(table).getByText(email).closest('tr')!;
}

function fillInvite(dialog: HTMLElement) {
  fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: ivy.name } });
  fireEvent.change(within(dialog).getByLabelText('Email'), { target: { value: ivy.email } });
}

describe('staff users page', () => {
  it('marks the signed-in administrator and keeps the only administrator’s role', async () => {
    await open([staffMock([me, max])]);
    await screen.findByRole('table');
    const mine = rowOf(me.email);
    expect(within(mine).getByText('you')).toBeTruthy();
    expect(mine.textContent).toContain(
      'You cannot deactivate yourself. As the only active administrator, you keep the role.',
    );
    expect(within(mine).queryByRole('button', { name: /Change role/ })).toBeNull();
    expect(within(mine).queryByRole('button', { name: /Password link/ })).toBeNull();

    const theirs = rowOf(max.email);
    expect(within(theirs).queryByText('you')).toBeNull();
    expect(within(theirs).getByText('Manager')).toBeTruthy();
    expect(within(theirs).getByRole('button', { name: 'Change role of Max Manager' })).toBeTruthy();
    expect(
      within(theirs).getByRole('button', { name: 'Password link for Max Manager' }),
    ).toBeTruthy();
    expect(within(theirs).getByRole('button', { name: 'Deactivate Max Manager' })).toBeTruthy();
  });

  it('is for administrators only', async () => {
    await open([], manager);
    expect(screen.getByText('Staff users are managed by administrators.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add staff user' })).toBeNull();
  });

  it('adds someone with a first password', async () => {
    await open([
      staffMock([me]),
      {
        request: {
          query: CreateUserMutation,
          variables: {
            input: {
              name: ivy.name,
              email: ivy.email,
              role: 'MANAGER',
              password: 'long enough pw',
            },
          },
        },
        result: { data: { createUser: ivy } },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Add staff user' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a staff user' });
    fillInvite(dialog);
    fireEvent.change(within(dialog).getByLabelText('First password'), {
      target: { value: 'short' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add staff user' }));
    expect(within(dialog).getByLabelText('First password').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(within(dialog).getByText('Use 10 to 200 characters.')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('First password'), {
      target: { value: 'long enough pw' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add staff user' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Ivy Invitee can now sign in as a manager with invitee@example.com and the first password. To let them choose their own, make them a password link on their row.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('invites someone with a set-password link instead, shown once with until when it works', async () => {
    await open([
      staffMock([me]),
      {
        request: {
          query: CreateUserMutation,
          variables: { input: { name: ivy.name, email: ivy.email, role: 'ADMIN' } },
        },
        result: { data: { createUser: { ...ivy, role: 'ADMIN' } } },
      },
      linkMock(ivy),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Add staff user' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a staff user' });
    fillInvite(dialog);
    fireEvent.change(within(dialog).getByLabelText('Role'), { target: { value: 'ADMIN' } });
    expect(within(dialog).getByText(/^Everything: customer service, reward setup/)).toBeTruthy();
    fireEvent.click(within(dialog).getByLabelText('Send a set-password link instead'));
    expect(within(dialog).queryByLabelText('First password')).toBeNull();
    expect(within(dialog).getByText(/valid for 72 hours/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add staff user' }));

    const link = await within(dialog).findByTestId('password-link');
    expect(link.textContent).toBe('https://rewards.example.com/set-password?token=rwp_secret');
    expect(dialog.textContent).toContain(
      'Send this link to Ivy Invitee (invitee@example.com) to choose a password: they cannot sign in until they do. It works once, until 7 Dec 2026, 12:00 Australia/Melbourne.',
    );
    expect(dialog.textContent).toContain('it is shown only this once');
    expect(within(dialog).getByRole('button', { name: 'Copy' })).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(
      'Ivy Invitee is added as an administrator; they can sign in once they have set a password with the link.',
    );
  });

  it('does not offer to add the person again when their link cannot be made', async () => {
    await open([
      staffMock([me]),
      {
        request: {
          query: CreateUserMutation,
          variables: { input: { name: ivy.name, email: ivy.email, role: 'MANAGER' } },
        },
        result: { data: { createUser: ivy } },
      },
      {
        request: { query: CreatePasswordLinkMutation, variables: { userId: ivy.id } },
        error: new Error('offline'),
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Add staff user' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a staff user' });
    fillInvite(dialog);
    fireEvent.click(within(dialog).getByLabelText('Send a set-password link instead'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add staff user' }));

    expect(await within(dialog).findByRole('alert')).toHaveProperty(
      'textContent',
      'The server could not be reached. Check your connection and try again.',
    );
    expect(dialog.textContent).toContain('Ivy Invitee is added, but the set-password link');
    expect(dialog.textContent).toContain('“Password link” on their row');
    expect(within(dialog).queryByRole('button', { name: 'Add staff user' })).toBeNull();
  });

  it('makes a new password link for someone who forgot theirs', async () => {
    await open([staffMock([me, max]), linkMock(max)]);
    fireEvent.click(await screen.findByRole('button', { name: 'Password link for Max Manager' }));
    const dialog = screen.getByRole('dialog', { name: 'Password link for Max Manager' });
    expect(dialog.textContent).toContain('a link made for them before stops working');
    expect(dialog.textContent).toContain('Their current password keeps working');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create link' }));

    expect((await within(dialog).findByTestId('password-link')).textContent).toContain(
      'token=rwp_secret',
    );
    expect(dialog.textContent).toContain(
      'Send this link to Max Manager (max@example.com) to choose a new password. It works once, until 7 Dec 2026, 12:00 Australia/Melbourne.',
    );
  });

  it('changes a role after saying what the new role may do', async () => {
    await open([
      staffMock([me, max]),
      {
        request: { query: SetUserRoleMutation, variables: { id: max.id, role: 'ADMIN' } },
        result: { data: { setUserRole: { __typename: 'User', id: max.id, role: 'ADMIN' } } },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Change role of Max Manager' }));
    const dialog = screen.getByRole('dialog', { name: 'Change the role of Max Manager' });
    expect(dialog.textContent).toContain('Max Manager is a manager now.');
    const select = within(dialog).getByLabelText('New role');
    expect((select as HTMLSelectElement).value).toBe('ADMIN');
    expect(select.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(select.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /^Administrator: Everything: customer service, reward setup, reactions/,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Change role' }));

    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Max Manager is now an administrator. It applies at once, also where they are signed in.',
    );
    // The answer updates the cached user: the row says so without asking for the list again.
    await waitFor(() => expect(within(rowOf(max.email)).getByText('Administrator')).toBeTruthy());
    // With two administrators, either may now change role.
    expect(screen.getByRole('button', { name: 'Change role of Ada Admin' })).toBeTruthy();
  });

  it('shows the refusal to demote the last administrator next to the role, in words', async () => {
    // The list is out of date: the other administrator was demoted meanwhile.
    const other: Staff = { ...max, role: 'ADMIN' };
    await open([
      staffMock([me, other]),
      {
        request: { query: SetUserRoleMutation, variables: { id: other.id, role: 'MANAGER' } },
        result: {
          errors: [
            {
              ...graphQLError(
                'The last active administrator cannot change role; make someone else an administrator first.',
                'BAD_USER_INPUT',
              ),
              extensions: { code: 'BAD_USER_INPUT', field: 'role' },
            },
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Change role of Max Manager' }));
    const dialog = screen.getByRole('dialog', { name: 'Change the role of Max Manager' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Change role' }));

    const select = within(dialog).getByLabelText('New role');
    await waitFor(() => expect(select.getAttribute('aria-invalid')).toBe('true'));
    const described = (select.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(described).toContain(
      'Max Manager is the only active administrator. Make someone else an administrator first, then change their role.',
    );
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('warns an administrator who takes away their own role', async () => {
    const other: Staff = { ...max, role: 'ADMIN' };
    await open([staffMock([me, other])]);
    fireEvent.click(await screen.findByRole('button', { name: 'Change role of Ada Admin' }));
    const dialog = screen.getByRole('dialog', { name: 'Change the role of Ada Admin' });
    expect(dialog.textContent).toContain('You are an administrator now.');
    expect(dialog.textContent).toContain('this page closes to you as soon as you confirm');
    fireEvent.change(within(dialog).getByLabelText('New role'), { target: { value: 'ADMIN' } });
    expect(dialog.textContent).not.toContain('this page closes to you');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Change role' }));
    expect(within(dialog).getByText('You are an administrator already.')).toBeTruthy();
  });
});
