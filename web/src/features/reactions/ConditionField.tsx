import { useId } from 'react';
import { Checkbox, MoneyField, SelectField, TextField } from '../../components/Field';
import type { ReactionEvent } from '../../graphql/generated/graphql';
import { moneyToInput } from '../../lib/money';
import {
  builderPhrases,
  MONTH_NAMES,
  parseConditionText,
  readDraft,
  type BuilderDraft,
} from './condition';
import {
  startOver,
  switchMode,
  withDraft,
  withText,
  type ConditionErrors,
  type ConditionMode,
  type ConditionState,
} from './conditionState';
import { EVENT_FACTS, PROFILE_FACTS } from './events';

/** The condition editor's hold on the form's field errors. */
export interface ConditionErrorBinding {
  errors: ConditionErrors;
  clear(key: keyof ConditionErrors): void;
  /** Shows these errors beside the form's others. */
  show(errors: ConditionErrors): void;
}

/** Who gets the reward, in words, under the builder. */
function summary(draft: BuilderDraft, currency: string): string {
  const read = readDraft(draft, currency);
  if (!read.ok) return 'Fill in the ticked rules.';
  const phrases = builderPhrases(read.condition, currency);
  return phrases.length === 0
    ? 'No rule ticked: every profile gets it.'
    : `Only profiles whose ${phrases.join(' and whose ')}.`;
}

/**
 * A reaction's condition: a builder for the common rules (tier, birth month, lifetime spend,
 * all of which must hold) and a JSON Logic view for anything else, in step with each other.
 */
export function ConditionField({
  state,
  onChange,
  currency,
  event,
  errors,
}: {
  state: ConditionState;
  onChange: (state: ConditionState) => void;
  /** The brand's currency, which lifetime spend is counted in. */
  currency: string;
  event: ReactionEvent;
  errors: ConditionErrorBinding;
}) {
  const id = useId();
  const draft = state.draft;
  const e = errors.errors;

  function setMode(mode: ConditionMode) {
    const next = switchMode(state, mode, currency);
    if (next.ok) onChange(next.state);
    else errors.show(next.errors);
  }

  function edit(change: Partial<BuilderDraft>, clear?: keyof ConditionErrors) {
    if (!draft) return;
    if (clear) errors.clear(clear);
    errors.clear('condition');
    onChange(withDraft(state, { ...draft, ...change }, currency));
  }

  const parsed = parseConditionText(state.text);
  const eventFacts = EVENT_FACTS[event];

  return (
    <fieldset className="choice condition-field">
      <legend>Condition</legend>
      <div className="condition-modes" role="radiogroup" aria-label="Edit the condition with">
        <Checkbox
          radioGroup={`${id}-mode`}
          checked={state.mode === 'builder'}
          onChange={() => setMode('builder')}
        >
          Builder
        </Checkbox>
        <Checkbox
          radioGroup={`${id}-mode`}
          checked={state.mode === 'json'}
          onChange={() => setMode('json')}
        >
          JSON Logic
        </Checkbox>
      </div>

      {state.mode === 'builder' && !draft && (
        <div className="condition-custom" role="note">
          <p>
            {parsed.ok
              ? 'This is a custom condition: the builder cannot show it. Edit it as JSON Logic, or start over in the builder.'
              : 'The JSON Logic text is not valid JSON. Fix it there, or start over in the builder.'}
          </p>
          <div className="condition-custom-actions">
            <button type="button" className="button button-small" onClick={() => setMode('json')}>
              Edit as JSON Logic
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                errors.clear('condition');
                onChange(startOver(state));
              }}
            >
              Start over in the builder
            </button>
          </div>
        </div>
      )}

      {state.mode === 'builder' && draft && (
        <div className="condition-rules">
          <div className="condition-rule">
            <Checkbox
              checked={draft.tierOn}
              onChange={(tierOn) => edit({ tierOn }, 'conditionTiers')}
            >
              Tier is one of
            </Checkbox>
            {draft.tierOn && (
              <TextField
                label="Tiers"
                value={draft.tiers}
                placeholder="Gold, Platinum"
                hint="Separate tiers with commas; written exactly as on profiles (Gold is not gold)."
                error={e.conditionTiers}
                onChange={(tiers) => edit({ tiers }, 'conditionTiers')}
              />
            )}
          </div>
          <div className="condition-rule">
            <Checkbox
              checked={draft.monthOn}
              onChange={(monthOn) => edit({ monthOn }, 'conditionMonth')}
            >
              Birth month is
            </Checkbox>
            {draft.monthOn && (
              <SelectField
                label="Birth month"
                value={draft.month}
                hint="Profiles without a birth date never match."
                error={e.conditionMonth}
                onChange={(month) => edit({ month }, 'conditionMonth')}
              >
                <option value="">Choose a month</option>
                {MONTH_NAMES.map((name, i) => (
                  <option key={name} value={String(i + 1)}>
                    {name}
                  </option>
                ))}
              </SelectField>
            )}
          </div>
          <div className="condition-rule">
            <Checkbox
              checked={draft.spendOn}
              onChange={(spendOn) => edit({ spendOn }, 'conditionSpend')}
            >
              Lifetime spend is at least
            </Checkbox>
            {draft.spendOn && (
              <MoneyField
                label="Lifetime spend at least"
                currency={currency}
                value={draft.spend}
                placeholder={moneyToInput(50000, currency)}
                hint="Purchases less returns, over the profile’s life."
                error={e.conditionSpend}
                onChange={(spend) => edit({ spend }, 'conditionSpend')}
              />
            )}
          </div>
          <p className="condition-summary">{summary(draft, currency)}</p>
          {e.condition && <p className="field-error">{e.condition}</p>}
        </div>
      )}

      {state.mode === 'json' && (
        <div className={e.condition ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${id}-json`}>Condition (JSON Logic)</label>
          <textarea
            id={`${id}-json`}
            className="condition-json"
            rows={8}
            spellCheck={false}
            value={state.text}
            placeholder='{"==": [{"var": "profile.tier"}, "Gold"]}'
            aria-invalid={e.condition ? true : undefined}
            aria-describedby={[
              `${id}-json-status`,
              `${id}-json-facts`,
              e.condition ? `${id}-json-error` : '',
            ]
              .filter(Boolean)
              .join(' ')}
            onChange={(event) => {
              errors.clear('condition');
              onChange(withText(state, event.target.value, currency));
            }}
          />
          <p id={`${id}-json-status`} className="field-hint">
            {!state.text.trim()
              ? 'Empty: every profile gets it.'
              : !parsed.ok
                ? 'Not valid JSON yet.'
                : state.draft
                  ? 'The builder can show this condition too.'
                  : 'A custom condition: only this view edits it.'}
          </p>
          {e.condition && (
            <p id={`${id}-json-error`} className="field-error">
              {e.condition}
            </p>
          )}
          <div id={`${id}-json-facts`} className="field-hint condition-facts">
            Facts it may use: {PROFILE_FACTS.join(', ')}
            {eventFacts.length > 0 ? `; for this event ${eventFacts.join(', ')}` : ''}. A condition
            holds when it is true; one that fails to evaluate does not hold.
          </div>
        </div>
      )}
    </fieldset>
  );
}
