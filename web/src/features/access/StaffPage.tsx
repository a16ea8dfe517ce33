import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Modal } from '../../components/Modal';
import type { StaffUsersQuery as StaffUsers } from '../../graphql/generated/graphql';
import { errorMessage, humanMessage } from '../../lib/errors';
import { useTimeZone } from '../../lib/timeZone';
import { CurrentUserQuery } from '../auth/currentUser';
import { permissions, useRole } from '../auth/role';
import { InviteForm } from './InviteForm';
import { PasswordLinkForm } from './PasswordLinkForm';
import { StaffUsersQuery, useSetUserActive } from './queries';
import { RoleForm } from './RoleForm';
import { ROLE_WORDS } from './roles';
import './access.css';

type StaffUser = StaffUsers['users'][number];

type Dialog =
  { kind: 'invite' } | { kind: 'role'; user: StaffUser } | { kind: 'link'; user: StaffUser };

/**
 * Staff accounts (ADMIN): add one with a role and a first password or a set-password link,
 * change roles, make a new set-password link, deactivate and reactivate.
 */
export function StaffPage() {
  const role = useRole();
  const timeZone = useTimeZone();
  const allowed = permissions.manageAccess(role);
  const { data, error, loading } = useQuery(StaffUsersQuery, { skip: !allowed });
  const me = useQuery(CurrentUserQuery).data?.me;
  const [setUserActive] = useSetUserActive();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const users = data?.users ?? [];
  const activeAdmins = users.filter((u) => u.active && u.role === 'ADMIN').length;

  function open(next: Dialog) {
    setNotice(null);
    setActionError(null);
    setConfirming(null);
    setDialog(next);
  }

  function done(message: string) {
    setDialog(null);
    setNotice(message);
  }

  async function toggle(id: string, name: string, active: boolean) {
    setActionError(null);
    setNotice(null);
    try {
      await setUserActive({ variables: { id, active } });
      setNotice(
        active
          ? `${name} can sign in again.`
          : `${name} is deactivated; their sessions have ended.`,
      );
    } catch (caught) {
      setActionError(humanMessage(errorMessage(caught)));
    } finally {
      setConfirming(null);
    }
  }

  function actions(u: StaffUser) {
    const self = u.id === me?.id;
    const lastAdmin = u.role === 'ADMIN' && u.active && activeAdmins <= 1;
    const changeRole = !lastAdmin && (
      <button
        type="button"
        className="button button-small"
        aria-label={`Change role of ${u.name}`}
        onClick={() => open({ kind: 'role', user: u })}
      >
        Change role
      </button>
    );
    if (!u.active) {
      return (
        <>
          {changeRole}
          <button
            type="button"
            className="button button-small"
            aria-label={`Reactivate ${u.name}`}
            onClick={() => void toggle(u.id, u.name, true)}
          >
            Reactivate
          </button>
        </>
      );
    }
    const link = !self && (
      <button
        type="button"
        className="button button-small"
        aria-label={`Password link for ${u.name}`}
        onClick={() => open({ kind: 'link', user: u })}
      >
        Password link
      </button>
    );
    let deactivate;
    if (self || lastAdmin) {
      deactivate = (
        <span className="muted cell-note">
          {self && 'You cannot deactivate yourself.'}
          {self && lastAdmin && ' '}
          {lastAdmin &&
            (self
              ? 'As the only active administrator, you keep the role.'
              : 'The only active administrator: keeps the role.')}
        </span>
      );
    } else if (confirming === u.id) {
      deactivate = (
        <span className="confirm-inline">
          <button
            type="button"
            className="button button-small button-danger"
            onClick={() => void toggle(u.id, u.name, false)}
          >
            Confirm deactivate
          </button>
          <button type="button" className="button button-small" onClick={() => setConfirming(null)}>
            Keep
          </button>
        </span>
      );
    } else {
      deactivate = (
        <button
          type="button"
          className="button button-small button-danger-outline"
          aria-label={`Deactivate ${u.name}`}
          onClick={() => setConfirming(u.id)}
        >
          Deactivate
        </button>
      );
    }
    return (
      <>
        {changeRole}
        {link}
        {deactivate}
      </>
    );
  }

  return (
    <div className="page page-wide">
      <title>Staff users · Rewards</title>
      <div className="page-header">
        <h1>Staff users</h1>
        {allowed && (
          <div className="page-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => open({ kind: 'invite' })}
            >
              Add staff user
            </button>
          </div>
        )}
      </div>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {!allowed ? (
        <p className="card">Staff users are managed by administrators.</p>
      ) : (
        <>
          <p className="muted">
            Who signs in to this app, and what each may do. Role changes and deactivation apply to
            their sessions at once; there is always at least one active administrator.
          </p>
          <ErrorAlert message={error ? errorMessage(error) : actionError} />
          <section className="card" aria-label="Staff users">
            {loading && !data && <p className="muted">Loading…</p>}
            {data && (
              <table className="table table-cards staff-table">
                <thead>
                  <tr>
                    <th>Name</th>
                    <th>Email</th>
                    <th>Role</th>
                    <th>Status</th>
                    <th>
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {users.map((u) => (
                    <tr key={u.id}>
                      <td data-label="Name">
                        {u.name}
                        {u.id === me?.id && <span className="you-badge">you</span>}
                      </td>
                      <td data-label="Email" className="cell-email">
                        {u.email}
                      </td>
                      <td data-label="Role">{ROLE_WORDS[u.role].name}</td>
                      <td data-label="Status">
                        <span
                          className={`status-badge ${u.active ? 'status-active' : 'status-voided'}`}
                        >
                          {u.active ? 'ACTIVE' : 'DEACTIVATED'}
                        </span>
                      </td>
                      <td className="cell-actions">{actions(u)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
      {dialog?.kind === 'invite' && (
        <Modal title="Add a staff user" onClose={() => setDialog(null)}>
          <InviteForm timeZone={timeZone} onDone={done} onCancel={() => setDialog(null)} />
        </Modal>
      )}
      {dialog?.kind === 'role' && (
        <Modal title={`Change the role of ${dialog.user.name}`} onClose={() => setDialog(null)}>
          <RoleForm
            user={dialog.user}
            self={dialog.user.id === me?.id}
            onDone={done}
            onCancel={() => setDialog(null)}
          />
        </Modal>
      )}
      {dialog?.kind === 'link' && (
        <Modal title={`Password link for ${dialog.user.name}`} onClose={() => setDialog(null)}>
          <PasswordLinkForm user={dialog.user} timeZone={timeZone} onDone={() => setDialog(null)} />
        </Modal>
      )}
    </div>
  );
}
