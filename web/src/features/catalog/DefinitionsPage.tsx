import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { ArchiveButton } from '../../components/ArchiveButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Modal } from '../../components/Modal';
import { getFragmentData, graphql, type FragmentType } from '../../graphql/generated';
import type {
  DefinitionRow_DefinitionFragment as Definition,
  ExpiryUnit,
  RewardDefinitionInput,
} from '../../graphql/generated/graphql';
import { endOfLocalDay, localDateOf } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { centsToDollarsInput, formatMoney, parseDollarsToCents } from '../../lib/money';
import { permissions, useRole } from '../auth/role';
import { expiryRule } from '../rewards/expiryRule';
import { useBrandDefaults } from '../settings/brandDefaults';
import {
  useArchiveRewardDefinition,
  useCreateRewardDefinition,
  useUpdateRewardDefinition,
} from './definitionHooks';

export const DefinitionRow_DefinitionFragmentDoc = graphql(`
  fragment DefinitionRow_definition on RewardDefinition {
    id
    handle
    name
    description
    value {
      amount
      currency
    }
    expiryPeriod
    expiryUnit
    absoluteExpiry
    assignable
    published
    archived
    type {
      id
      name
    }
  }
`);

export const RewardDefinitionsQuery = graphql(`
  query RewardDefinitions($includeArchived: Boolean) {
    rewardDefinitions(includeArchived: $includeArchived) {
      id
      ...DefinitionRow_definition
    }
  }
`);

export const DefinitionFormTypesQuery = graphql(`
  query DefinitionFormTypes {
    rewardTypes {
      id
      name
      archived
    }
  }
`);

const EXPIRY_UNITS: readonly ExpiryUnit[] = ['DAYS', 'WEEKS', 'MONTHS', 'YEARS'];

function DefinitionForm({
  existing,
  onDone,
  onCancel,
}: {
  existing: Definition | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const defaults = useBrandDefaults();
  const types = useQuery(DefinitionFormTypesQuery);
  const [createDefinition] = useCreateRewardDefinition();
  const [updateDefinition] = useUpdateRewardDefinition();
  const zone = defaults?.defaultTimezone ?? 'UTC';
  const [handle, setHandle] = useState(existing?.handle ?? '');
  const [name, setName] = useState(existing?.name ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [typeId, setTypeId] = useState(existing?.type.id ?? '');
  const [value, setValue] = useState(existing ? centsToDollarsInput(existing.value.amount) : '');
  const [currency, setCurrency] = useState(existing?.value.currency ?? '');
  const [expiryMode, setExpiryMode] = useState<'relative' | 'absolute'>(
    existing?.absoluteExpiry ? 'absolute' : 'relative',
  );
  const [period, setPeriod] = useState(String(existing?.expiryPeriod ?? 3));
  const [unit, setUnit] = useState<ExpiryUnit>(existing?.expiryUnit ?? 'MONTHS');
  const [absoluteDate, setAbsoluteDate] = useState(
    existing?.absoluteExpiry ? localDateOf(existing.absoluteExpiry, zone) : '',
  );
  const [assignable, setAssignable] = useState(existing?.assignable ?? true);
  const [published, setPublished] = useState(existing?.published ?? false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const typeOptions = (types.data?.rewardTypes ?? []).filter((t) => !t.archived);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setError(null);
    const cents = parseDollarsToCents(value);
    if (!cents.ok) {
      setError(`Value: ${cents.error}`);
      return;
    }
    if (!typeId) {
      setError('Choose a reward type.');
      return;
    }
    const input: RewardDefinitionInput = {
      handle: handle.trim(),
      name: name.trim(),
      description: description.trim() || null,
      typeId,
      value: cents.cents,
      assignable,
      published,
      expiryPeriod: null,
      expiryUnit: null,
      absoluteExpiry: null,
    };
    const code = currency.trim().toUpperCase();
    if (code) input.currency = code;
    if (expiryMode === 'relative') {
      if (!/^\d+$/.test(period.trim()) || Number(period) < 1) {
        setError('Expiry: enter a whole number of at least 1.');
        return;
      }
      input.expiryPeriod = Number(period);
      input.expiryUnit = unit;
    } else {
      const iso = absoluteDate ? endOfLocalDay(absoluteDate, zone) : null;
      if (!iso) {
        setError('Expiry: choose the date every reward ends.');
        return;
      }
      input.absoluteExpiry = iso;
    }
    setSubmitting(true);
    try {
      if (existing) await updateDefinition({ variables: { id: existing.id, input } });
      else await createDefinition({ variables: { input } });
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
          <label htmlFor={`${id}-handle`}>Handle</label>
          <input
            id={`${id}-handle`}
            value={handle}
            required
            placeholder="welcome-10"
            onChange={(event) => setHandle(event.target.value)}
          />
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
        <div className="field">
          <label htmlFor={`${id}-type`}>Type</label>
          <select
            id={`${id}-type`}
            value={typeId}
            required
            onChange={(event) => setTypeId(event.target.value)}
          >
            <option value="">{types.loading ? 'Loading types…' : 'Choose a type'}</option>
            {typeOptions.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          {types.error && <ErrorAlert message={errorMessage(types.error)} />}
        </div>
        <div className="field">
          <label htmlFor={`${id}-value`}>Value (dollars)</label>
          <input
            id={`${id}-value`}
            inputMode="decimal"
            value={value}
            required
            placeholder="10.00"
            onChange={(event) => setValue(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-currency`}>Currency</label>
          <input
            id={`${id}-currency`}
            value={currency}
            maxLength={3}
            placeholder={defaults?.defaultCurrency ?? 'Brand default'}
            onChange={(event) => setCurrency(event.target.value)}
          />
        </div>
      </div>
      <fieldset className="choice">
        <legend>Expiry</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-expiry`}
            checked={expiryMode === 'relative'}
            onChange={() => setExpiryMode('relative')}
          />
          A period after issue
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-expiry`}
            checked={expiryMode === 'absolute'}
            onChange={() => setExpiryMode('absolute')}
          />
          A fixed date
        </label>
        {expiryMode === 'relative' ? (
          <div className="form-grid">
            <div className="field">
              <label htmlFor={`${id}-period`}>Period</label>
              <input
                id={`${id}-period`}
                type="number"
                min={1}
                step={1}
                value={period}
                onChange={(event) => setPeriod(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-unit`}>Unit</label>
              <select
                id={`${id}-unit`}
                value={unit}
                onChange={(event) => setUnit(event.target.value as ExpiryUnit)}
              >
                {EXPIRY_UNITS.map((u) => (
                  <option key={u} value={u}>
                    {u}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-absolute`}>Expiry date</label>
            <input
              id={`${id}-absolute`}
              type="date"
              value={absoluteDate}
              onChange={(event) => setAbsoluteDate(event.target.value)}
            />
            <p className="field-hint">Every reward ends at the end of that day in {zone}.</p>
          </div>
        )}
      </fieldset>
      <div className="form-grid">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={assignable}
            onChange={(event) => setAssignable(event.target.checked)}
          />
          Assignable (automatic issuance may use it)
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={published}
            onChange={(event) => setPublished(event.target.checked)}
          />
          Published (visible to customers)
        </label>
      </div>
      <ErrorAlert message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? 'Saving…' : existing ? 'Save definition' : 'Create definition'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Flag({ on, label }: { on: boolean; label: string }) {
  return on ? <span className="flag">{label}</span> : null;
}

function DefinitionRow({
  definition,
  canEdit,
  onEdit,
  onError,
}: {
  definition: FragmentType<typeof DefinitionRow_DefinitionFragmentDoc>;
  canEdit: boolean;
  onEdit: (definition: Definition) => void;
  onError: (message: string | null) => void;
}) {
  const d = getFragmentData(DefinitionRow_DefinitionFragmentDoc, definition);
  const [archiveDefinition] = useArchiveRewardDefinition();
  return (
    <tr>
      <td>
        <code>{d.handle}</code>
      </td>
      <td>
        {d.name}
        {d.description && <div className="cell-note">{d.description}</div>}
      </td>
      <td>{d.type.name}</td>
      <td className="num">{formatMoney(d.value.amount, d.value.currency)}</td>
      <td>{expiryRule(d)}</td>
      <td>
        <div className="flags">
          <Flag on={d.assignable} label="assignable" />
          <Flag on={d.published} label="published" />
          {d.archived && <span className="status-badge status-voided">ARCHIVED</span>}
        </div>
      </td>
      <td className="cell-actions">
        {canEdit && !d.archived && (
          <>
            <button
              type="button"
              className="button button-small"
              aria-label={`Edit ${d.name}`}
              onClick={() => onEdit(d)}
            >
              Edit
            </button>
            <ArchiveButton
              name={d.name}
              onArchive={async () => {
                onError(null);
                try {
                  await archiveDefinition({ variables: { id: d.id } });
                } catch (caught) {
                  onError(`Could not archive ${d.name}: ${errorMessage(caught)}`);
                }
              }}
            />
          </>
        )}
      </td>
    </tr>
  );
}

export function DefinitionsPage() {
  const role = useRole();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<Definition | 'new' | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  const { data, error, loading } = useQuery(RewardDefinitionsQuery, {
    variables: { includeArchived },
  });

  return (
    <div className="page page-wide">
      <title>Reward definitions · Rewards</title>
      <div className="page-header">
        <h1>Reward definitions</h1>
        {permissions.createCatalog(role) && (
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            New definition
          </button>
        )}
      </div>
      <p className="muted">The templates rewards are issued from: value, currency and expiry.</p>
      <section className="card" aria-label="Reward definitions">
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
        {data && data.rewardDefinitions.length === 0 && (
          <p className="empty">
            No reward definitions yet.
            {permissions.createCatalog(role) ? ' Create one to start issuing rewards.' : ''}
          </p>
        )}
        {data && data.rewardDefinitions.length > 0 && (
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th>Handle</th>
                  <th>Name</th>
                  <th>Type</th>
                  <th className="num">Value</th>
                  <th>Expiry</th>
                  <th>Flags</th>
                  <th>
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.rewardDefinitions.map((definition) => (
                  <DefinitionRow
                    key={definition.id}
                    definition={definition}
                    canEdit={permissions.editCatalog(role)}
                    onEdit={setEditing}
                    onError={setRowError}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {editing && (
        <Modal
          title={editing === 'new' ? 'New reward definition' : `Edit “${editing.name}”`}
          onClose={() => setEditing(null)}
        >
          <DefinitionForm
            existing={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        </Modal>
      )}
    </div>
  );
}
