import { describe, expect, it } from 'vitest';
import {
  builderToLogic,
  conditionMessage,
  describeCondition,
  draftOf,
  EMPTY_CONDITION,
  EMPTY_DRAFT,
  logicToBuilder,
  parseConditionText,
  readDraft,
  tierNames,
  type BuilderCondition,
} from './condition';
import {
  conditionOf,
  initialConditionState,
  startOver,
  switchMode,
  withDraft,
  withText,
  type ConditionState,
} from './conditionState';

const gold = { '==': [{ var: 'profile.tier' }, 'Gold'] };
const goldOrPlatinum = { in: [{ var: 'profile.tier' }, ['Gold', 'Platinum']] };
const bornInMarch = { '==': [{ substr: [{ var: 'profile.birthDate' }, 5, 2] }, '03'] };
const spent100 = { '>=': [{ var: 'profile.lifetimeSpend' }, 10000] };

function condition(change: Partial<BuilderCondition>): BuilderCondition {
  return { ...EMPTY_CONDITION, ...change };
}

describe('builder to JSON Logic', () => {
  it('writes no rule as no condition (always)', () => {
    expect(builderToLogic(EMPTY_CONDITION)).toBeNull();
  });

  it('writes one tier as ==, several as in, over profile.tier', () => {
    expect(builderToLogic(condition({ tiers: ['Gold'] }))).toEqual(gold);
    expect(builderToLogic(condition({ tiers: ['Gold', 'Platinum'] }))).toEqual(goldOrPlatinum);
  });

  it('writes the birth month as the two digits of profile.birthDate', () => {
    expect(builderToLogic(condition({ birthMonth: 3 }))).toEqual(bornInMarch);
    expect(builderToLogic(condition({ birthMonth: 12 }))).toEqual({
      '==': [{ substr: [{ var: 'profile.birthDate' }, 5, 2] }, '12'],
    });
  });

  it('writes lifetime spend in cents, and combines rules with and', () => {
    expect(builderToLogic(condition({ minLifetimeSpend: 10000 }))).toEqual(spent100);
    expect(
      builderToLogic(condition({ tiers: ['Gold'], birthMonth: 3, minLifetimeSpend: 10000 })),
    ).toEqual({ and: [gold, bornInMarch, spent100] });
  });
});

describe('JSON Logic to builder', () => {
  const shown: [string, BuilderCondition][] = [
    ['no condition', EMPTY_CONDITION],
    ['one tier', condition({ tiers: ['Gold'] })],
    ['several tiers', condition({ tiers: ['Gold', 'Platinum', 'Black'] })],
    ['a birth month', condition({ birthMonth: 11 })],
    ['a lifetime spend', condition({ minLifetimeSpend: 250 })],
    ['two rules', condition({ tiers: ['Gold'], minLifetimeSpend: 50000 })],
    ['every rule', condition({ tiers: ['Gold', 'Silver'], birthMonth: 1, minLifetimeSpend: 1 })],
  ];

  it.each(shown)('reads back what the builder wrote for %s', (_, built) => {
    const logic = builderToLogic(built);
    expect(logicToBuilder(logic)).toEqual(built);
    // And the other way round: what it shows is saved back unchanged.
    expect(builderToLogic(logicToBuilder(logic)!)).toEqual(logic);
  });

  it('reads the example of the API documentation', () => {
    expect(logicToBuilder({ '==': [{ var: 'profile.tier' }, 'gold'] })).toEqual(
      condition({ tiers: ['gold'] }),
    );
  });

  const custom: [string, unknown][] = [
    ['or', { or: [gold, spent100] }],
    ['=== instead of ==', { '===': [{ var: 'profile.tier' }, 'Gold'] }],
    ['operands the other way round', { '==': ['Gold', { var: 'profile.tier' }] }],
    ['another fact', { '==': [{ var: 'profile.isStaff' }, true] }],
    ['an event fact', { '>': [{ var: 'event.total' }, 0] }],
    ['> instead of >=', { '>': [{ var: 'profile.lifetimeSpend' }, 10000] }],
    ['a fractional amount', { '>=': [{ var: 'profile.lifetimeSpend' }, 10.5] }],
    ['a month that is not one', { '==': [{ substr: [{ var: 'profile.birthDate' }, 5, 2] }, '13'] }],
    ['a month without its zero', { '==': [{ substr: [{ var: 'profile.birthDate' }, 5, 2] }, '3'] }],
    ['the same rule twice', { and: [gold, gold] }],
    ['and of a single rule', { and: [gold] }],
    ['rules in another order', { and: [spent100, gold] }],
    ['nested and', { and: [gold, { and: [bornInMarch, spent100] }] }],
    ['in with one tier', { in: [{ var: 'profile.tier' }, ['Gold']] }],
    ['an empty tier list', { in: [{ var: 'profile.tier' }, []] }],
    ['an object with two operators', { '==': [1, 1], '!=': [1, 2] }],
    ['true', true],
    ['false', false],
    ['a string', 'Gold'],
    ['an array', [gold]],
  ];

  it.each(custom)('leaves %s to the JSON view', (_, logic) => {
    expect(logicToBuilder(logic)).toBeNull();
  });
});

describe('the builder fields', () => {
  it('reads tiers separated by commas, trimmed and each once', () => {
    expect(tierNames(' Gold, Platinum ,,Gold ')).toEqual(['Gold', 'Platinum']);
  });

  it('reads money in the brand currency as cents, and says what is wrong', () => {
    expect(
      readDraft(
        { ...EMPTY_DRAFT, spendOn: true, spend: '$1,250.50', tierOn: true, tiers: 'Gold' },
        'AUD',
      ),
    ).toEqual({ ok: true, condition: condition({ tiers: ['Gold'], minLifetimeSpend: 125050 }) });
    expect(
      readDraft(
        { ...EMPTY_DRAFT, tierOn: true, tiers: ' , ', monthOn: true, spendOn: true },
        'AUD',
      ),
    ).toEqual({
      ok: false,
      errors: {
        conditionTiers: 'Enter at least one tier, such as Gold.',
        conditionMonth: 'Choose a month.',
        conditionSpend: 'Enter an amount.',
      },
    });
  });

  it('ignores what is typed in a rule that is not ticked', () => {
    expect(readDraft({ ...EMPTY_DRAFT, tiers: 'Gold', spend: 'nonsense' }, 'AUD')).toEqual({
      ok: true,
      condition: EMPTY_CONDITION,
    });
  });

  it('fills the fields in from a condition, money in the currency’s own decimals', () => {
    expect(
      draftOf(condition({ tiers: ['Gold', 'Silver'], minLifetimeSpend: 5000 }), 'AUD'),
    ).toEqual({
      ...EMPTY_DRAFT,
      tierOn: true,
      tiers: 'Gold, Silver',
      spendOn: true,
      spend: '50.00',
    });
    expect(draftOf(condition({ minLifetimeSpend: 5000 }), 'JPY').spend).toBe('5000');
  });
});

describe('the builder and the JSON view in step', () => {
  it('starts in the builder for a condition it can show, in JSON for a custom one', () => {
    const shown = initialConditionState(gold, 'AUD');
    expect(shown.mode).toBe('builder');
    expect(shown.draft).toEqual({ ...EMPTY_DRAFT, tierOn: true, tiers: 'Gold' });
    expect(JSON.parse(shown.text)).toEqual(gold);

    const custom = initialConditionState({ or: [gold, spent100] }, 'AUD');
    expect(custom).toMatchObject({ mode: 'json', draft: null });
  });

  it('rewrites the JSON as the builder changes, and keeps it while a field is unfinished', () => {
    let state = initialConditionState(null, 'AUD');
    expect(state.text).toBe('');
    state = withDraft(state, { ...EMPTY_DRAFT, tierOn: true, tiers: 'Gold' }, 'AUD');
    expect(JSON.parse(state.text)).toEqual(gold);
    state = withDraft(state, { ...state.draft!, spendOn: true, spend: '' }, 'AUD');
    expect(JSON.parse(state.text)).toEqual(gold);
    // Leaving the builder with an unfinished field says what to finish instead.
    expect(switchMode(state, 'json', 'AUD')).toEqual({
      ok: false,
      errors: { conditionSpend: 'Enter an amount.' },
    });
    state = withDraft(state, { ...state.draft!, spend: '100' }, 'AUD');
    expect(JSON.parse(state.text)).toEqual({ and: [gold, spent100] });
  });

  it('fills the builder in from JSON it can show, and steps aside for anything else', () => {
    let state: ConditionState = { ...initialConditionState(null, 'AUD'), mode: 'json' };
    state = withText(state, JSON.stringify({ and: [gold, bornInMarch] }), 'AUD');
    expect(state.draft).toEqual({
      ...EMPTY_DRAFT,
      tierOn: true,
      tiers: 'Gold',
      monthOn: true,
      month: '3',
    });
    state = withText(state, '{"or": [', 'AUD');
    expect(state.draft).toBeNull();
    state = withText(state, '{"!": {"var": "profile.isStaff"}}', 'AUD');
    expect(state.draft).toBeNull();
  });

  it('saves a custom condition exactly as it is written, even from the builder tab', () => {
    const custom = {
      or: [{ '===': [{ var: 'profile.tier' }, 'Gold'] }, { '>': [{ var: 'event.total' }, 0] }],
    };
    const state = initialConditionState(custom, 'AUD');
    expect(conditionOf(state, 'AUD')).toEqual({ ok: true, condition: custom });
    const shownInBuilder = switchMode(state, 'builder', 'AUD');
    expect(shownInBuilder.ok && conditionOf(shownInBuilder.state, 'AUD')).toEqual({
      ok: true,
      condition: custom,
    });
  });

  it('saves the builder’s condition, none for an empty one, and starts over on request', () => {
    const state = withDraft(
      initialConditionState(null, 'AUD'),
      { ...EMPTY_DRAFT, tierOn: true, tiers: 'Gold, Platinum' },
      'AUD',
    );
    expect(conditionOf(state, 'AUD')).toEqual({ ok: true, condition: goldOrPlatinum });
    expect(conditionOf(initialConditionState(null, 'AUD'), 'AUD')).toEqual({
      ok: true,
      condition: null,
    });
    const fresh = startOver(initialConditionState({ or: [gold] }, 'AUD'));
    expect(fresh).toEqual({ mode: 'builder', draft: EMPTY_DRAFT, text: '' });
  });

  it('refuses JSON that does not parse, next to the JSON view', () => {
    const state = withText(
      { ...initialConditionState(null, 'AUD'), mode: 'json' },
      '{"==": [1,',
      'AUD',
    );
    const result = conditionOf(state, 'AUD');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.condition).toMatch(/^This is not valid JSON/);
    expect(parseConditionText('  ')).toEqual({ ok: true, condition: null });
  });
});

describe('conditions in words', () => {
  it('says what the builder can show, and calls the rest custom', () => {
    expect(describeCondition(null, 'AUD')).toEqual({ kind: 'always', text: 'Always' });
    expect(describeCondition({ and: [goldOrPlatinum, bornInMarch, spent100] }, 'AUD').text).toBe(
      'Tier is Gold or Platinum and birth month is March and lifetime spend is at least A$100.00',
    );
    expect(describeCondition({ or: [gold, spent100] }, 'AUD')).toEqual({
      kind: 'custom',
      text: 'Custom condition',
    });
  });

  it('says the server’s refusals of a condition as what to do', () => {
    expect(conditionMessage("Unknown JSON Logic operator 'tier'.")).toBe(
      '“tier” is not an operator conditions may use. Check its spelling.',
    );
    expect(conditionMessage('A JSON Logic rule has exactly one operator, got 2 keys.')).toMatch(
      /exactly one operator; one here has 2/,
    );
    expect(conditionMessage('Must be nested at most 20 levels deep.')).toBe(
      'Nest rules at most 20 levels deep.',
    );
    expect(conditionMessage('Something else.')).toBe('Something else.');
  });
});
