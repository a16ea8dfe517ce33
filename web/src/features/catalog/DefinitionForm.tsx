import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  Checkbox,
  CurrencyField,
  MoneyField,
  SelectField,
  TextAreaField,
  TextField,
  WholeNumberField,
} from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { graphql } from '../../graphql/generated';
import type {
  DefinitionRow_DefinitionFragment as Definition,
  ExpiryUnit,
  RewardDefinitionInput,
} from '../../graphql/generated/graphql';
import { endOfLocalDay, formatDuration, localDateOf } from '../../lib/dates';
import { errorMessage, type Refusal } from '../../lib/errors';
import { moneyToInput, parseMoney } from '../../lib/money';
import { useFieldErrors } from '../../lib/useFieldErrors';
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
  const [value, setValue] = useState(
    existing ? moneyToInput(existing.value.amount, existing.value.currency) : '',
  );
  const [chosenCurrency, setCurrency] = useState(existing?.value.currency ?? '');
  const currency = chosenCurrency || defaults?.defaultCurrency || 'AUD';
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
  const errors = useFieldErrors({
    handle: { label: 'Handle' },
    name: { label: 'Name' },
    description: { label: 'Description' },
    typeId: { label: 'Type' },
    value: { label: 'Value', currency },
    currency: { label: 'Currency' },
    expiryPeriod: { label: 'Period' },
    expiryUnit: { label: 'Unit' },
    absoluteExpiry: { label: 'Expiry date' },
  });

  function submit(): Refusal | Promise<void> {
    const fields: Record<string, string> = {};
    if (!handle.trim()) fields.handle = 'Give a handle, such as welcome-10.';
    if (!name.trim()) fields.name = 'Give a name.';
    const parsed = parseMoney(value, currency);
    if (!parsed.ok) fields.value = parsed.error;
    if (!typeId) fields.typeId = 'Choose a reward type.';
    const input: RewardDefinitionInput = {
      handle: handle.trim(),
      name: name.trim(),
      description: description.trim() || null,
      typeId,
      value: parsed.ok ? parsed.amount : 0,
      assignable,
      published,
      expiryPeriod: null,
      expiryUnit: null,
      absoluteExpiry: null,
    };
    if (chosenCurrency) input.currency = chosenCurrency;
    if (expiryMode === 'relative') {
      if (!/^\d+$/.test(period.trim()) || Number(period) < 1) {
        fields.expiryPeriod = 'Enter a whole number of at least 1.';
      }
      input.expiryPeriod = Number(period);
      input.expiryUnit = unit;
    } else {
      const iso = absoluteDate ? endOfLocalDay(absoluteDate, zone) : null;
      if (!iso) fields.absoluteExpiry = 'Choose the date every reward ends.';
      input.absoluteExpiry = iso;
    }
    if (Object.keys(fields).length > 0) return { fields };
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
      fieldErrors={errors}
    >
      <div className="form-grid">
        <TextField
          label="Handle"
          value={handle}
          required
          placeholder="welcome-10"
          hint="Lower-case letters, digits, hyphens and underscores."
          {...errors.bind('handle', setHandle)}
        />
        <TextField label="Name" value={name} required {...errors.bind('name', setName)} />
      </div>
      <TextAreaField
        label="Description"
        value={description}
        {...errors.bind('description', setDescription)}
      />
      <div className="form-grid">
        <SelectField label="Type" value={typeId} required {...errors.bind('typeId', setTypeId)}>
          <option value="">{types.loading ? 'Loading types…' : 'Choose a type'}</option>
          {typeOptions.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
        <MoneyField
          label="Value"
          currency={currency}
          value={value}
          required
          placeholder={moneyToInput(1000, currency)}
          {...errors.bind('value', setValue)}
        />
        <CurrencyField value={currency} {...errors.bind('currency', setCurrency)} />
      </div>
      {types.error && <ErrorAlert message={errorMessage(types.error)} />}
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
            <WholeNumberField
              label="Period"
              min={1}
              value={period}
              hint={
                /^\d+$/.test(period)
                  ? `Valid for ${formatDuration(Number(period), unit)}.`
                  : undefined
              }
              {...errors.bind('expiryPeriod', setPeriod)}
            />
            <SelectField
              label="Unit"
              value={unit}
              {...errors.bind('expiryUnit', (u: string) => setUnit(u as ExpiryUnit))}
            >
              {EXPIRY_UNITS.map((u) => (
                <option key={u} value={u}>
                  {formatDuration(2, u).replace(/^2 /, '')}
                </option>
              ))}
            </SelectField>
          </div>
        ) : (
          <TextField
            label="Expiry date"
            type="date"
            value={absoluteDate}
            {...errors.bind('absoluteExpiry', setAbsoluteDate)}
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
