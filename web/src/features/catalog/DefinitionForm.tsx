import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Checkbox, TextAreaField, TextField, WholeNumberField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { graphql } from '../../graphql/generated';
import type {
  DefinitionRow_DefinitionFragment as Definition,
  ExpiryUnit,
  RewardDefinitionInput,
} from '../../graphql/generated/graphql';
import { endOfLocalDay, localDateOf } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { centsToDollarsInput, parseDollarsToCents } from '../../lib/money';
import { useBrandDefaults } from '../settings/brandDefaults';
import { useCreateRewardDefinition, useUpdateRewardDefinition } from './definitionHooks';

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

/** Creates a reward definition, or edits `existing`. */
export function DefinitionForm({
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

  const typeOptions = (types.data?.rewardTypes ?? []).filter((t) => !t.archived);

  function submit() {
    const cents = parseDollarsToCents(value);
    if (!cents.ok) return `Value: ${cents.error}`;
    if (!typeId) return 'Choose a reward type.';
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
        return 'Expiry: enter a whole number of at least 1.';
      }
      input.expiryPeriod = Number(period);
      input.expiryUnit = unit;
    } else {
      const iso = absoluteDate ? endOfLocalDay(absoluteDate, zone) : null;
      if (!iso) return 'Expiry: choose the date every reward ends.';
      input.absoluteExpiry = iso;
    }
    return send(input);
  }

  async function send(input: RewardDefinitionInput) {
    if (existing) await updateDefinition({ variables: { id: existing.id, input } });
    else await createDefinition({ variables: { input } });
    onDone();
  }

  return (
    <FormDialog
      submitLabel={existing ? 'Save definition' : 'Create definition'}
      submittingLabel="Saving…"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="form-grid">
        <TextField
          label="Handle"
          value={handle}
          required
          placeholder="welcome-10"
          onChange={setHandle}
        />
        <TextField label="Name" value={name} required onChange={setName} />
      </div>
      <TextAreaField label="Description" value={description} onChange={setDescription} />
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
        <TextField
          label="Value (dollars)"
          inputMode="decimal"
          value={value}
          required
          placeholder="10.00"
          onChange={setValue}
        />
        <TextField
          label="Currency"
          value={currency}
          maxLength={3}
          placeholder={defaults?.defaultCurrency ?? 'Brand default'}
          onChange={setCurrency}
        />
      </div>
      <fieldset className="choice">
        <legend>Expiry</legend>
        <Checkbox
          radioGroup={`${id}-expiry`}
          checked={expiryMode === 'relative'}
          onChange={() => setExpiryMode('relative')}
        >
          A period after issue
        </Checkbox>
        <Checkbox
          radioGroup={`${id}-expiry`}
          checked={expiryMode === 'absolute'}
          onChange={() => setExpiryMode('absolute')}
        >
          A fixed date
        </Checkbox>
        {expiryMode === 'relative' ? (
          <div className="form-grid">
            <WholeNumberField label="Period" min={1} value={period} onChange={setPeriod} />
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
          <TextField
            label="Expiry date"
            type="date"
            value={absoluteDate}
            onChange={setAbsoluteDate}
            hint={`Every reward ends at the end of that day in ${zone}.`}
          />
        )}
      </fieldset>
      <div className="form-grid">
        <Checkbox checked={assignable} onChange={setAssignable}>
          Assignable (automatic issuance may use it)
        </Checkbox>
        <Checkbox checked={published} onChange={setPublished}>
          Published (visible to customers)
        </Checkbox>
      </div>
    </FormDialog>
  );
}
