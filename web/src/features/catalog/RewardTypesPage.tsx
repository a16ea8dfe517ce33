import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { ArchiveButton } from '../../components/ArchiveButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Modal } from '../../components/Modal';
import { getFragmentData, graphql, type FragmentType } from '../../graphql/generated';
import type { RewardTypeRow_TypeFragment } from '../../graphql/generated/graphql';
import { errorMessage } from '../../lib/errors';
import { permissions, useRole } from '../auth/role';
import { useArchiveRewardType, useCreateRewardType, useUpdateRewardType } from './rewardTypeHooks';

export const RewardTypeRow_TypeFragmentDoc = graphql(`
  fragment RewardTypeRow_type on RewardType {
    id
    key
    name
    description
    extensionEnabled
    extensionDays
    archived
  }
`);

export const RewardTypesQuery = graphql(`
  query RewardTypes($includeArchived: Boolean) {
    rewardTypes(includeArchived: $includeArchived) {
      id
      ...RewardTypeRow_type
    }
  }
`);

type RewardType = RewardTypeRow_TypeFragment;

function RewardTypeForm({
  existing,
  onDone,
  onCancel,
}: {
  existing: RewardType | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [createType] = useCreateRewardType();
  const [updateType] = useUpdateRewardType();
  const [key, setKey] = useState(existing?.key ?? '');
  const [name, setName] = useState(existing?.name ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [extensionEnabled, setExtensionEnabled] = useState(existing?.extensionEnabled ?? false);
  const [extensionDays, setExtensionDays] = useState(String(existing?.extensionDays ?? 30));
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setError(null);
    if (!/^\d+$/.test(extensionDays.trim())) {
      setError('Extension days: enter a whole number.');
      return;
    }
    const input = {
      key: key.trim(),
      name: name.trim(),
      description: description.trim() || null,
      extensionEnabled,
      extensionDays: Number(extensionDays),
    };
    setSubmitting(true);
    try {
      if (existing) await updateType({ variables: { id: existing.id, input } });
      else await createType({ variables: { input } });
      onDone();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void handleSubmit(event)}>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-key`}>Key</label>
          <input
            id={`${id}-key`}
            value={key}
            required
            readOnly={!!existing}
            aria-describedby={`${id}-key-hint`}
            onChange={(event) => setKey(event.target.value)}
          />
          <p id={`${id}-key-hint`} className="field-hint">
            {existing
              ? 'The key cannot change after creation.'
              : 'Lower-case words joined by hyphens, e.g. win-back.'}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            value={name}
            required
            onChange={(event) => setName(event.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>Description</label>
        <textarea
          id={`${id}-description`}
          rows={2}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      <div className="form-grid">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={extensionEnabled}
            onChange={(event) => setExtensionEnabled(event.target.checked)}
          />
          Customers may extend through a portal link
        </label>
        <div className="field">
          <label htmlFor={`${id}-days`}>Extension days</label>
          <input
            id={`${id}-days`}
            type="number"
            min={0}
            step={1}
            value={extensionDays}
            onChange={(event) => setExtensionDays(event.target.value)}
          />
        </div>
      </div>
      <ErrorAlert message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? 'Saving…' : existing ? 'Save reward type' : 'Create reward type'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function RewardTypeRow({
  type,
  canEdit,
  onEdit,
  onError,
}: {
  type: FragmentType<typeof RewardTypeRow_TypeFragmentDoc>;
  canEdit: boolean;
  onEdit: (type: RewardType) => void;
  onError: (message: string | null) => void;
}) {
  const t = getFragmentData(RewardTypeRow_TypeFragmentDoc, type);
  const [archiveType] = useArchiveRewardType();
  return (
    <tr>
      <td>
        {t.name}
        {t.description && <div className="cell-note">{t.description}</div>}
      </td>
      <td>
        <code>{t.key}</code>
      </td>
      <td>{t.extensionEnabled ? `Yes, ${t.extensionDays} days` : 'No'}</td>
      <td>{t.archived ? <span className="status-badge status-voided">ARCHIVED</span> : ''}</td>
      <td className="cell-actions">
        {canEdit && !t.archived && (
          <>
            <button
              type="button"
              className="button button-small"
              aria-label={`Edit ${t.name}`}
              onClick={() => onEdit(t)}
            >
              Edit
            </button>
            <ArchiveButton
              name={t.name}
              onArchive={async () => {
                onError(null);
                try {
                  await archiveType({ variables: { id: t.id } });
                } catch (caught) {
                  onError(`Could not archive ${t.name}: ${errorMessage(caught)}`);
                }
              }}
            />
          </>
        )}
      </td>
    </tr>
  );
}

export function RewardTypesPage() {
  const role = useRole();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<RewardType | 'new' | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  const { data, error, loading } = useQuery(RewardTypesQuery, {
    variables: { includeArchived },
  });

  return (
    <div className="page page-wide">
      <title>Reward types · Rewards</title>
      <div className="page-header">
        <h1>Reward types</h1>
        {permissions.createCatalog(role) && (
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            New reward type
          </button>
        )}
      </div>
      <p className="muted">
        Types group rewards for reporting and carry the self-service extension policy.
      </p>
      <section className="card" aria-label="Reward types">
        <div className="section-header">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={includeArchived}
              onChange={(event) => setIncludeArchived(event.target.checked)}
            />
            Show archived
          </label>
        </div>
        <ErrorAlert message={error ? errorMessage(error) : rowError} />
        {loading && !data && <p className="muted">Loading…</p>}
        {data && data.rewardTypes.length === 0 && <p className="empty">No reward types.</p>}
        {data && data.rewardTypes.length > 0 && (
          <table className="table">
            <thead>
              <tr>
                <th>Name</th>
                <th>Key</th>
                <th>Self-service extension</th>
                <th>
                  <span className="visually-hidden">Archived</span>
                </th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.rewardTypes.map((type) => (
                <RewardTypeRow
                  key={type.id}
                  type={type}
                  canEdit={permissions.editCatalog(role)}
                  onEdit={setEditing}
                  onError={setRowError}
                />
              ))}
            </tbody>
          </table>
        )}
      </section>
      {editing && (
        <Modal
          title={editing === 'new' ? 'New reward type' : `Edit “${editing.name}”`}
          onClose={() => setEditing(null)}
        >
          <RewardTypeForm
            existing={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        </Modal>
      )}
    </div>
  );
}
