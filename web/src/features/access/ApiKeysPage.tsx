import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { CopyButton } from '../../components/CopyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Checkbox, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { Modal } from '../../components/Modal';
import type { ApiScope } from '../../graphql/generated/graphql';
import { formatInstant } from '../../lib/dates';
import { errorMessage, humanMessage, type Refusal } from '../../lib/errors';
import { useTimeZone } from '../../lib/timeZone';
import { useFieldErrors } from '../../lib/useFieldErrors';
import { permissions, useRole } from '../auth/role';
import { ApiKeysQuery, useCreateApiKey, useRevokeApiKey } from './queries';

/** What each scope lets a key do, in words. */
export const SCOPE_WORDS: Record<ApiScope, string> = {
  READ_PROFILES: 'Read customer profiles, balances, rewards and redemptions',
  WRITE_PROFILES: 'Create and update customer profiles',
  ISSUE_REWARDS: 'Issue rewards',
  REDEEM: 'Preview, hold, redeem, reverse and return at checkout',
  RECORD_TRANSACTIONS: 'Record purchases (for spend milestones)',
  EMIT_EVENTS: 'Send custom events that reactions listen to',
};

const SCOPES = Object.keys(SCOPE_WORDS) as ApiScope[];
const KEY_FIELDS = { name: { label: 'Name' }, scopes: { label: 'What it may do' } };

function CreateKeyForm({
  onCreated,
  onCancel,
}: {
  onCreated: (name: string, secret: string) => void;
  onCancel: () => void;
}) {
  const [createApiKey] = useCreateApiKey();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>([]);
  const errors = useFieldErrors(KEY_FIELDS);

  function submit(): Refusal | Promise<void> {
    const fields: Record<string, string> = {};
    if (!name.trim()) fields.name = 'Name the key after what uses it, e.g. “Web store”.';
    if (scopes.length === 0) fields.scopes = 'Choose at least one thing the key may do.';
    if (Object.keys(fields).length > 0) return { fields };
    return (async () => {
      const { data } = await createApiKey({ variables: { input: { name: name.trim(), scopes } } });
      if (data) onCreated(data.createApiKey.apiKey.name, data.createApiKey.secret);
    })();
  }

  return (
    <FormDialog
      submitLabel="Create API key"
      submittingLabel="Creating…"
      onSubmit={submit}
      onCancel={onCancel}
      fieldErrors={errors}
    >
      <TextField label="Name" value={name} required {...errors.bind('name', setName)} />
      <fieldset
        className={errors.errors.scopes ? 'choice field-invalid' : 'choice'}
        aria-describedby={errors.errors.scopes ? 'api-key-scopes-error' : undefined}
      >
        <legend>What it may do</legend>
        {SCOPES.map((scope) => (
          <Checkbox
            key={scope}
            checked={scopes.includes(scope)}
            onChange={(on) => {
              errors.clear('scopes');
              setScopes((current) =>
                on ? [...current, scope] : current.filter((s) => s !== scope),
              );
            }}
          >
            {SCOPE_WORDS[scope]}
          </Checkbox>
        ))}
        {errors.errors.scopes && (
          <p id="api-key-scopes-error" className="field-error">
            {errors.errors.scopes}
          </p>
        )}
      </fieldset>
    </FormDialog>
  );
}

/**
 * API keys (ADMIN): create one with scopes in words (its secret shown once), see when each was
 * last used, revoke after confirming.
 */
export function ApiKeysPage() {
  const role = useRole();
  const timeZone = useTimeZone();
  const allowed = permissions.manageAccess(role);
  const { data, error, loading } = useQuery(ApiKeysQuery, { skip: !allowed });
  const [revokeApiKey] = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  async function revoke(id: string, name: string) {
    setActionError(null);
    setNotice(null);
    try {
      await revokeApiKey({ variables: { id } });
      setNotice(`“${name}” is revoked: requests with it are refused from now on.`);
    } catch (caught) {
      setActionError(humanMessage(errorMessage(caught)));
    } finally {
      setConfirming(null);
    }
  }

  return (
    <div className="page page-wide">
      <title>API keys · Rewards</title>
      <div className="page-header">
        <h1>API keys</h1>
        {allowed && (
          <div className="page-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setCreated(null);
                setCreating(true);
              }}
            >
              New API key
            </button>
          </div>
        )}
      </div>
      {!allowed ? (
        <p className="card">API keys are managed by administrators.</p>
      ) : (
        <>
          <p className="muted">
            Keys let the web store, the point of sale and scripts use the service, each only for
            what its scopes allow. Their last use is recorded to the minute.
          </p>
          {created && (
            <section className="card secret-card" aria-label="New API key secret">
              <h2>The secret of “{created.name}”</h2>
              <p>
                Copy it now: it is shown only once. Send it as{' '}
                <code>Authorization: Bearer &lt;secret&gt;</code>.
              </p>
              <p className="secret-row">
                <code className="secret" data-testid="api-key-secret">
                  {created.secret}
                </code>
                <CopyButton text={created.secret} />
              </p>
              <button
                type="button"
                className="button button-small"
                onClick={() => setCreated(null)}
              >
                I have copied it
              </button>
            </section>
          )}
          {notice && (
            <p role="status" className="notice">
              {notice}
            </p>
          )}
          <ErrorAlert message={error ? errorMessage(error) : actionError} />
          <section className="card" aria-label="API keys">
            {loading && !data && <p className="muted">Loading…</p>}
            {data && data.apiKeys.length === 0 && <p className="empty">No API keys yet.</p>}
            {data && data.apiKeys.length > 0 && (
              <table className="table table-cards">
                <thead>
                  <tr>
                    <th>Name</th>
                    <th>Key starts</th>
                    <th>May</th>
                    <th>Created</th>
                    <th>Last used</th>
                    <th>Status</th>
                    <th>
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.apiKeys.map((k) => (
                    <tr key={k.id}>
                      <td data-label="Name">{k.name}</td>
                      <td data-label="Key starts">
                        <code>{k.prefix}…</code>
                      </td>
                      <td data-label="May">
                        <ul className="scope-list">
                          {k.scopes.map((s) => (
                            <li key={s}>{SCOPE_WORDS[s]}</li>
                          ))}
                        </ul>
                      </td>
                      <td data-label="Created">{formatInstant(k.createdAt, timeZone)}</td>
                      <td data-label="Last used">
                        {k.lastUsedAt ? formatInstant(k.lastUsedAt, timeZone) : 'Never'}
                      </td>
                      <td data-label="Status">
                        {k.revokedAt ? (
                          <>
                            <span className="status-badge status-voided">REVOKED</span>
                            <div className="cell-note">{formatInstant(k.revokedAt, timeZone)}</div>
                          </>
                        ) : (
                          <span className="status-badge status-active">ACTIVE</span>
                        )}
                      </td>
                      <td className="cell-actions">
                        {!k.revokedAt &&
                          (confirming === k.id ? (
                            <span className="confirm-inline">
                              <button
                                type="button"
                                className="button button-small button-danger"
                                onClick={() => void revoke(k.id, k.name)}
                              >
                                Confirm revoke
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
                              aria-label={`Revoke ${k.name}`}
                              onClick={() => setConfirming(k.id)}
                            >
                              Revoke
                            </button>
                          ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
      {creating && (
        <Modal title="New API key" onClose={() => setCreating(false)}>
          <CreateKeyForm
            onCreated={(name, secret) => {
              setCreating(false);
              setCreated({ name, secret });
            }}
            onCancel={() => setCreating(false)}
          />
        </Modal>
      )}
    </div>
  );
}
