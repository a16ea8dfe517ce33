import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { Modal } from '../../components/Modal';
import type { Role } from '../../graphql/generated/graphql';
import { errorMessage, humanMessage, type Refusal } from '../../lib/errors';
import { useFieldErrors } from '../../lib/useFieldErrors';
import { CurrentUserQuery } from '../auth/currentUser';
import { permissions, useRole } from '../auth/role';
import { StaffUsersQuery, useCreateUser, useSetUserActive } from './queries';

/** Each role in words, as the invite form offers it. */
export const ROLE_WORDS: Record<Role, { name: string; description: string }> = {
  ADMIN: {
    name: 'Administrator',
    description: 'Everything: reward setup, brand settings, staff users and API keys.',
  },
  MANAGER: {
    name: 'Manager',
    description: 'Customer service: issue within limits, extend, void, redeem, reverse and return.',
  },
};

const INVITE_FIELDS = {
  name: { label: 'Name' },
  email: { label: 'Email' },
  role: { label: 'Role' },
  password: { label: 'First password' },
};

function InviteForm({
  onDone,
  onCancel,
}: {
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [createUser] = useCreateUser();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('MANAGER');
  const [password, setPassword] = useState('');
  const errors = useFieldErrors(INVITE_FIELDS);

  function submit(): Refusal | Promise<void> {
    const fields: Record<string, string> = {};
    if (!name.trim()) fields.name = 'Give their name.';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      fields.email = 'Enter an email address such as name@example.com.';
    }
    if (password.length < 10 || password.length > 200) {
      fields.password = 'Use 10 to 200 characters.';
    }
    if (Object.keys(fields).length > 0) return { fields };
    return (async () => {
      await createUser({
        variables: { input: { name: name.trim(), email: email.trim(), role, password } },
      });
      onDone(
        `${name.trim()} can now sign in as ${ROLE_WORDS[role].name.toLowerCase()} with ` +
          `${email.trim()} and the first password. Ask them to change it.`,
      );
    })();
  }

  return (
    <FormDialog
      submitLabel="Add staff user"
      submittingLabel="Adding…"
      onSubmit={submit}
      onCancel={onCancel}
      fieldErrors={errors}
    >
      <div className="form-grid">
        <TextField label="Name" value={name} required {...errors.bind('name', setName)} />
        <TextField
          label="Email"
          type="email"
          value={email}
          required
          {...errors.bind('email', setEmail)}
        />
      </div>
      <SelectField
        label="Role"
        value={role}
        hint={ROLE_WORDS[role].description}
        {...errors.bind('role', (value: string) => setRole(value as Role))}
      >
        {(Object.keys(ROLE_WORDS) as Role[]).map((r) => (
          <option key={r} value={r}>
            {ROLE_WORDS[r].name}
          </option>
        ))}
      </SelectField>
      <TextField
        label="First password"
        type="password"
        autoComplete="new-password"
        value={password}
        required
        hint="At least 10 characters. Give it to them in person; they change it after signing in."
        {...errors.bind('password', setPassword)}
      />
    </FormDialog>
  );
}

/** Staff accounts (ADMIN): add one with a role and a first password, deactivate, reactivate. */
export function StaffPage() {
  const role = useRole();
  const allowed = permissions.manageAccess(role);
  const { data, error, loading } = useQuery(StaffUsersQuery, { skip: !allowed });
  const me = useQuery(CurrentUserQuery).data?.me;
  const [setUserActive] = useSetUserActive();
  const [inviting, setInviting] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const users = data?.users ?? [];
  const activeAdmins = users.filter((u) => u.active && u.role === 'ADMIN').length;

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
              onClick={() => setInviting(true)}
            >
              Add staff user
            </button>
          </div>
        )}
      </div>
      {!allowed ? (
        <p className="card">Staff users are managed by administrators.</p>
      ) : (
        <>
          <p className="muted">
            Who signs in to this app. Deactivating someone ends their sessions at once; there is
            always at least one active administrator.
          </p>
          {notice && (
            <p role="status" className="notice">
              {notice}
            </p>
          )}
          <ErrorAlert message={error ? errorMessage(error) : actionError} />
          <section className="card" aria-label="Staff users">
            {loading && !data && <p className="muted">Loading…</p>}
            {data && (
              <table className="table table-cards">
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
                  {users.map((u) => {
                    const self = u.id === me?.id;
                    const lastAdmin = u.role === 'ADMIN' && u.active && activeAdmins <= 1;
                    return (
                      <tr key={u.id}>
                        <td data-label="Name">
                          {u.name}
                          {self && <div className="cell-note">you</div>}
                        </td>
                        <td data-label="Email">{u.email}</td>
                        <td data-label="Role">{ROLE_WORDS[u.role].name}</td>
                        <td data-label="Status">
                          <span
                            className={`status-badge ${u.active ? 'status-active' : 'status-voided'}`}
                          >
                            {u.active ? 'ACTIVE' : 'DEACTIVATED'}
                          </span>
                        </td>
                        <td className="cell-actions">
                          {!u.active ? (
                            <button
                              type="button"
                              className="button button-small"
                              onClick={() => void toggle(u.id, u.name, true)}
                            >
                              Reactivate
                            </button>
                          ) : self || lastAdmin ? (
                            <span className="muted cell-note">
                              {self ? 'You cannot deactivate yourself.' : 'The last administrator.'}
                            </span>
                          ) : confirming === u.id ? (
                            <span className="confirm-inline">
                              <button
                                type="button"
                                className="button button-small button-danger"
                                onClick={() => void toggle(u.id, u.name, false)}
                              >
                                Confirm deactivate
                              </button>
                              <button
                                type="button"
                                className="button button-small"
                                onClick={() => setConfirming(null)}
                              >
                                Keep
                              </button>
                            </span>
                          ) : (
                            <button
                              type="button"
                              className="button button-small button-danger-outline"
                              aria-label={`Deactivate ${u.name}`}
                              onClick={() => setConfirming(u.id)}
                            >
                              Deactivate
                            </button>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
      {inviting && (
        <Modal title="Add a staff user" onClose={() => setInviting(false)}>
          <InviteForm
            onDone={(message) => {
              setInviting(false);
              setNotice(message);
            }}
            onCancel={() => setInviting(false)}
          />
        </Modal>
      )}
    </div>
  );
}
