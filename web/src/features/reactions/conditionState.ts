import {
  builderToLogic,
  conditionText,
  draftOf,
  EMPTY_DRAFT,
  logicToBuilder,
  parseConditionText,
  readDraft,
  type BuilderDraft,
  type DraftErrors,
} from './condition';

// The condition editor's state: the builder's fields and the JSON view's text, kept in step.
// The builder rewrites the text whenever its fields make a condition; the text, when it is
// something the builder can show, fills the builder in; otherwise the builder steps aside
// (a custom condition) and the text is what is saved, untouched.

export type ConditionMode = 'builder' | 'json';

export interface ConditionState {
  /** Which editor is shown. */
  mode: ConditionMode;
  /** The builder's fields; null when the text is not something the builder can show. */
  draft: BuilderDraft | null;
  /** The JSON view's text ("" for no condition). */
  text: string;
}

/** The errors the condition editor puts next to its fields. */
export type ConditionErrors = DraftErrors & { condition?: string };

/** The editor for a saved condition (null: none): the builder if it can show it, else JSON. */
export function initialConditionState(condition: unknown, currency: string): ConditionState {
  const read = logicToBuilder(condition);
  return {
    mode: read ? 'builder' : 'json',
    draft: read ? draftOf(read, currency) : null,
    text: conditionText(condition),
  };
}

/** The builder's fields changed: the text follows when they make a condition. */
export function withDraft(
  state: ConditionState,
  draft: BuilderDraft,
  currency: string,
): ConditionState {
  const read = readDraft(draft, currency);
  return {
    ...state,
    draft,
    text: read.ok ? conditionText(builderToLogic(read.condition)) : state.text,
  };
}

/** The JSON view's text changed: the builder follows when it can show the condition. */
export function withText(state: ConditionState, text: string, currency: string): ConditionState {
  const parsed = parseConditionText(text);
  const read = parsed.ok ? logicToBuilder(parsed.condition) : null;
  return { ...state, text, draft: read ? draftOf(read, currency) : null };
}

/** Discards a custom condition for an empty builder. */
export function startOver(state: ConditionState): ConditionState {
  return { ...state, mode: 'builder', draft: { ...EMPTY_DRAFT }, text: '' };
}

/**
 * Shows the other editor. Leaving the builder while a field is wrong would show a JSON text
 * that says something else, so the errors come back instead.
 */
export function switchMode(
  state: ConditionState,
  mode: ConditionMode,
  currency: string,
): { ok: true; state: ConditionState } | { ok: false; errors: ConditionErrors } {
  if (mode === state.mode) return { ok: true, state };
  if (mode === 'json' && state.draft) {
    const read = readDraft(state.draft, currency);
    if (!read.ok) return { ok: false, errors: read.errors };
    return {
      ok: true,
      state: { ...state, mode, text: conditionText(builderToLogic(read.condition)) },
    };
  }
  return { ok: true, state: { ...state, mode } };
}

export type ConditionResult =
  { ok: true; condition: unknown } | { ok: false; errors: ConditionErrors };

/** The condition to save: the builder's, or the JSON view's text as it stands. */
export function conditionOf(state: ConditionState, currency: string): ConditionResult {
  if (state.mode === 'builder' && state.draft) {
    const read = readDraft(state.draft, currency);
    return read.ok
      ? { ok: true, condition: builderToLogic(read.condition) }
      : { ok: false, errors: read.errors };
  }
  const parsed = parseConditionText(state.text);
  return parsed.ok
    ? { ok: true, condition: parsed.condition }
    : { ok: false, errors: { condition: parsed.error } };
}
