import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  Checkbox,
  MoneyField,
  SelectField,
  TextField,
  WholeNumberField,
} from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { getFragmentData } from '../../graphql/generated';
import type {
  ReactionDefinition_DefinitionFragment as Definition,
  ReactionEvent,
  ReactionInput,
  ReactionRow_ReactionFragment as Reaction,
} from '../../graphql/generated/graphql';
import { errorMessage, refusalOf, type Refusal } from '../../lib/errors';
import { moneyToInput, parseMoney } from '../../lib/money';
import { useFieldErrors } from '../../lib/useFieldErrors';
import { useTimeZone } from '../../lib/timeZone';
import { useBrandDefaults } from '../settings/brandDefaults';
import { conditionMessage } from './condition';
import { ConditionField, type ConditionErrorBinding } from './ConditionField';
import { conditionOf, initialConditionState, type ConditionErrors } from './conditionState';
import { canIssueFrom, definitionProblem, definitionTerms } from './definitionTerms';
import { EVENT_WORDS, EVENTS, milestoneExamples } from './events';
import { ReactionDefinition_DefinitionFragment, ReactionDefinitionsQuery } from './queries';
import { useCreateReaction, useUpdateReaction } from './reactionHooks';

/** Event names emitEvent accepts (the server checks the same). */
const EVENT_NAME = /^[a-z0-9][a-z0-9._:-]*$/i;

const CONDITION_KEYS = ['condition', 'conditionTiers', 'conditionMonth', 'conditionSpend'] as const;

/** Why a definition the form lists could not be chosen for a new reaction. */
function unfit(d: Definition): string | null {
  if (d.archived) return 'archived';
  if (!d.assignable) return 'not assignable';
  if (!d.published) return 'not published';
  return null;
}

/** Creates a reaction, or edits `existing` (ADMIN). */
export function ReactionForm({
  existing,
  onDone,
  onCancel,
}: {
  existing: Reaction | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const timeZone = useTimeZone();
  const currency = useBrandDefaults()?.defaultCurrency ?? 'AUD';
  const definitions = useQuery(ReactionDefinitionsQuery, { fetchPolicy: 'cache-and-network' });
  const [createReaction] = useCreateReaction();
  const [updateReaction] = useUpdateReaction();
  const current = existing
    ? getFragmentData(ReactionDefinition_DefinitionFragment, existing.definition)
    : null;

  const [name, setName] = useState(existing?.name ?? '');
  const [event, setEvent] = useState<ReactionEvent>(existing?.event ?? 'PROFILE_CREATED');
  const [customEvent, setCustomEvent] = useState(existing?.customEvent ?? '');
  const [threshold, setThreshold] = useState(
    existing?.spendThreshold != null ? moneyToInput(existing.spendThreshold, currency) : '',
  );
  const [repeatEvery, setRepeatEvery] = useState(
    existing?.spendRepeatEvery != null ? moneyToInput(existing.spendRepeatEvery, currency) : '',
  );
  const [lapsedDays, setLapsedDays] = useState(
    existing?.lapsedDays != null ? String(existing.lapsedDays) : '90',
  );
  const [definitionId, setDefinitionId] = useState(current?.id ?? '');
  const [condition, setCondition] = useState(() =>
    initialConditionState(existing?.condition ?? null, currency),
  );
  const [claimable, setClaimable] = useState(existing?.claimable ?? false);
  const [active, setActive] = useState(existing?.active ?? true);

  const errors = useFieldErrors({
    name: { label: 'Name' },
    event: { label: 'Event' },
    customEvent: { label: 'Event name' },
    spendThreshold: { label: 'Spend threshold', currency },
    spendRepeatEvery: { label: 'Repeat every', currency },
    lapsedDays: { label: 'Days without a transaction' },
    definitionId: { label: 'Reward definition' },
    condition: { label: 'Condition' },
    conditionTiers: { label: 'Tiers' },
    conditionMonth: { label: 'Birth month' },
    conditionSpend: { label: 'Lifetime spend at least', currency },
    claimable: { label: 'Claimable' },
    active: { label: 'Active' },
  });

  const conditionErrors: ConditionErrorBinding = {
    errors: Object.fromEntries(
      CONDITION_KEYS.map((key) => [key, errors.errors[key]]).filter(([, v]) => v),
    ) as ConditionErrors,
    clear: (key) => errors.clear(key),
    show: (next) =>
      errors.set({
        ...(errors.errors as Record<string, string>),
        ...(next as Record<string, string>),
      }),
  };

  // Every fit definition, and the reaction's own even when it no longer is (marked as such).
  const options = useMemo(() => {
    const all = getFragmentData(
      ReactionDefinition_DefinitionFragment,
      definitions.data?.rewardDefinitions ?? [],
    );
    const fit = all.filter(canIssueFrom);
    if (current && !fit.some((d) => d.id === current.id)) {
      fit.unshift(all.find((d) => d.id === current.id) ?? current);
    }
    return fit;
  }, [definitions.data, current]);
  const types = new Map(
    (definitions.data?.rewardDefinitions ?? []).map((d) => [d.id, d.type.name] as const),
  );
  const selected = options.find((d) => d.id === definitionId);
  const noneFit = definitions.data && !options.some(canIssueFrom);

  const isMilestone = event === 'SPEND_MILESTONE';
  const parsedThreshold = parseMoney(threshold, currency);
  const parsedRepeat = repeatEvery.trim() ? parseMoney(repeatEvery, currency) : null;

  function submit(): Refusal | Promise<Refusal | void> {
    const fields: Record<string, string> = {};
    if (!name.trim()) fields.name = 'Give it a name, such as Welcome reward.';
    if (!definitionId) fields.definitionId = 'Choose the definition it issues.';
    const input: ReactionInput = {
      name: name.trim(),
      event,
      definitionId,
      claimable,
      active,
      customEvent: null,
      spendThreshold: null,
      spendRepeatEvery: null,
      lapsedDays: null,
    };
    if (event === 'CUSTOM') {
      const trimmed = customEvent.trim();
      if (!trimmed) fields.customEvent = 'Enter the event name your systems send.';
      else if (!EVENT_NAME.test(trimmed)) {
        fields.customEvent =
          'Use letters, digits and . _ : - only, starting with a letter or digit.';
      }
      input.customEvent = trimmed;
    }
    if (isMilestone) {
      if (!parsedThreshold.ok) fields.spendThreshold = parsedThreshold.error;
      else input.spendThreshold = parsedThreshold.amount;
      if (parsedRepeat && !parsedRepeat.ok) fields.spendRepeatEvery = parsedRepeat.error;
      else if (parsedRepeat) input.spendRepeatEvery = parsedRepeat.amount;
    }
    if (event === 'LAPSED') {
      const days = Number(lapsedDays);
      if (!/^\d+$/.test(lapsedDays.trim()) || days < 1 || days > 3650) {
        fields.lapsedDays = 'Enter a whole number of days from 1 to 3650.';
      }
      input.lapsedDays = days;
    }
    const read = conditionOf(condition, currency);
    if (!read.ok) {
      Object.assign(fields, read.errors);
      // A JSON that cannot be read is fixed where it is written.
      if (read.errors.condition) setCondition((s) => ({ ...s, mode: 'json' }));
    } else {
      input.condition = read.condition;
    }
    if (Object.keys(fields).length > 0) return { fields };
    return send(input);
  }

  async function send(input: ReactionInput): Promise<Refusal | void> {
    try {
      if (existing) await updateReaction({ variables: { id: existing.id, input } });
      else await createReaction({ variables: { input } });
    } catch (caught) {
      const refusal = refusalOf(caught, errors.fields);
      if (refusal.fields.condition) {
        refusal.fields.condition = conditionMessage(refusal.fields.condition);
        // The server's words are about the JSON Logic: show it where it can be changed.
        setCondition((s) => ({ ...s, mode: 'json' }));
      }
      return refusal;
    }
    onDone(existing ? `Saved “${input.name}”.` : `Created “${input.name}”.`);
  }

  return (
    <FormDialog
      submitLabel={existing ? 'Save reaction' : 'Create reaction'}
      submittingLabel="Saving…"
      onSubmit={submit}
      onCancel={onCancel}
      fieldErrors={errors}
    >
      <TextField
        label="Name"
        value={name}
        required
        maxLength={200}
        placeholder="Welcome reward"
        hint="Shown to staff, and the reason on every reward it issues."
        {...errors.bind('name', setName)}
      />

      <fieldset
        className={
          errors.errors.event ? 'choice event-choice field-invalid' : 'choice event-choice'
        }
      >
        <legend>Event</legend>
        <div className="event-options">
          {EVENTS.map((ev) => (
            <div key={ev} className="event-option">
              <input
                id={`${id}-event-${ev}`}
                type="radio"
                name={`${id}-event`}
                checked={event === ev}
                aria-describedby={`${id}-event-${ev}-description`}
                onChange={() => {
                  errors.clear('event');
                  setEvent(ev);
                }}
              />
              <label htmlFor={`${id}-event-${ev}`}>{EVENT_WORDS[ev].name}</label>
              <p id={`${id}-event-${ev}-description`} className="event-option-description">
                {EVENT_WORDS[ev].description}
              </p>
            </div>
          ))}
        </div>
        {errors.errors.event && <p className="field-error">{errors.errors.event}</p>}
      </fieldset>

      {isMilestone && (
        <div className="form-grid">
          <MoneyField
            label="Spend threshold"
            currency={currency}
            value={threshold}
            required
            placeholder={moneyToInput(50000, currency)}
            hint="Lifetime spend that pays the first reward."
            {...errors.bind('spendThreshold', setThreshold)}
          />
          <MoneyField
            label="Repeat every"
            currency={currency}
            value={repeatEvery}
            placeholder={moneyToInput(25000, currency)}
            hint={
              parsedThreshold.ok && (!parsedRepeat || parsedRepeat.ok)
                ? milestoneExamples(
                    parsedThreshold.amount,
                    parsedRepeat?.ok ? parsedRepeat.amount : null,
                    currency,
                  )
                : 'Leave empty to pay once.'
            }
            {...errors.bind('spendRepeatEvery', setRepeatEvery)}
          />
        </div>
      )}
      {event === 'LAPSED' && (
        <WholeNumberField
          label="Days without a transaction"
          min={1}
          value={lapsedDays}
          hint="From 1 to 3650. A profile lapses again only after a new transaction."
          {...errors.bind('lapsedDays', setLapsedDays)}
        />
      )}
      {event === 'CUSTOM' && (
        <TextField
          label="Event name"
          value={customEvent}
          required
          maxLength={100}
          placeholder="referral.completed"
          hint="The name your systems send with emitEvent: letters, digits and . _ : -"
          {...errors.bind('customEvent', setCustomEvent)}
        />
      )}

      <SelectField
        label="Reward definition"
        value={definitionId}
        required
        hint={
          selected ? (
            <>
              Issues {definitionTerms(selected, timeZone)}
              {types.get(selected.id) ? ` (${types.get(selected.id)})` : ''}.
              {definitionProblem(selected) && ` ${definitionProblem(selected)}`}
            </>
          ) : noneFit ? (
            <>
              No definition can be used yet: reactions issue from assignable, published definitions.{' '}
              <Link to="/definitions">Set one up under Reward definitions</Link>.
            </>
          ) : (
            'Assignable, published definitions only.'
          )
        }
        {...errors.bind('definitionId', setDefinitionId)}
      >
        <option value="">
          {definitions.loading && !definitions.data
            ? 'Loading definitions…'
            : 'Choose a definition'}
        </option>
        {options.map((d) => {
          const why = unfit(d);
          return (
            <option key={d.id} value={d.id}>
              {d.name} — {definitionTerms(d, timeZone)}
              {why ? ` (${why})` : ''}
            </option>
          );
        })}
      </SelectField>
      {definitions.error && <ErrorAlert message={errorMessage(definitions.error)} />}

      <ConditionField
        state={condition}
        onChange={setCondition}
        currency={currency}
        event={event}
        errors={conditionErrors}
      />

      <div className="reaction-switches">
        <Checkbox checked={claimable} onChange={setClaimable}>
          Claimable
        </Checkbox>
        <p className="field-hint">
          {claimable
            ? 'Staff or an integration claim it for a customer who meets the condition, once per profile. The event does not issue it.'
            : 'Issued by the event itself. Tick to have it claimed instead, once per profile.'}
        </p>
        <Checkbox checked={active} onChange={setActive}>
          Active
        </Checkbox>
        <p className="field-hint">
          {active
            ? 'It issues each time its event happens, from the moment it is saved.'
            : 'Paused: it issues nothing until it is made active again.'}
        </p>
      </div>
    </FormDialog>
  );
}
