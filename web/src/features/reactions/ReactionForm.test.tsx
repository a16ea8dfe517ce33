import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { getFragmentData } from '../../graphql/generated';
import type {
  CreateReactionMutationVariables,
  ReactionInput,
  UpdateReactionMutationVariables,
} from '../../graphql/generated/graphql';
import { createCache } from '../../lib/cache';
import { fieldError } from '../../test/fieldError';
import { ReactionDefinitionsQuery, ReactionRow_ReactionFragment } from './queries';
import { CreateReactionMutation, UpdateReactionMutation } from './reactionHooks';
import { ReactionForm } from './ReactionForm';
import { brandDefaultsMock, definition, reaction } from './testData';

const welcome = definition('def-1', 'Welcome $10');
const draft = definition('def-2', 'Draft offer', { published: false });
const manual = definition('def-3', 'Goodwill', { assignable: false });
const old = definition('def-4', 'Old welcome', { archived: true });

const definitionsMock = {
  request: { query: ReactionDefinitionsQuery },
  maxUsageCount: 2,
  result: { data: { rewardDefinitions: [welcome, draft, manual, old] } },
};

type Saved = ReturnType<typeof reaction>;

/** Answers createReaction (or updateReaction) and records the inputs sent. */
function saveMock(
  kind: 'create' | 'update',
  answer: (input: ReactionInput) => { data?: object; errors?: object[] },
) {
  const sent: ReactionInput[] = [];
  return {
    sent,
    mock: {
      request: {
        query: kind === 'create' ? CreateReactionMutation : UpdateReactionMutation,
        variables: () => true,
      },
      maxUsageCount: 3,
      result: (variables: CreateReactionMutationVariables | UpdateReactionMutationVariables) => {
        sent.push(variables.input);
        return answer(variables.input);
      },
    },
  };
}

/** The answer of a save that went through: the reaction as sent. */
function savedAs(input: ReactionInput, id?: string): { data: object } {
  const saved: Saved = reaction(id ?? 'reaction-new', input.name, {
    event: input.event,
    customEvent: input.customEvent ?? null,
    condition: input.condition ?? null,
    spendThreshold: input.spendThreshold ?? null,
    spendRepeatEvery: input.spendRepeatEvery ?? null,
    lapsedDays: input.lapsedDays ?? null,
    claimable: input.claimable ?? false,
    active: input.active ?? true,
  });
  return { data: { [id ? 'updateReaction' : 'createReaction']: saved } };
}

function renderForm(mocks: readonly object[], existing: Saved | null = null) {
  const onDone = vi.fn();
  render(
    <MemoryRouter>
      <MockedProvider cache={createCache()} mocks={[brandDefaultsMock, ...mocks] as never}>
        <ReactionForm
          existing={
            existing ? getFragmentData(ReactionRow_ReactionFragment, existing as never) : null
          }
          onDone={onDone}
          onCancel={() => {}}
        />
      </MockedProvider>
    </MemoryRouter>,
  );
  return onDone;
}

async function definitionsLoaded() {
  const select = screen.getByLabelText<HTMLSelectElement>('Reward definition');
  await waitFor(() => expect(select.options.length).toBeGreaterThan(1));
  return select;
}

async function chooseDefinition(id = welcome.id) {
  fireEvent.change(await definitionsLoaded(), { target: { value: id } });
}

function jsonView() {
  return screen.getByLabelText<HTMLTextAreaElement>('Condition (JSON Logic)');
}

const NO_EXTRAS = {
  customEvent: null,
  spendThreshold: null,
  spendRepeatEvery: null,
  lapsedDays: null,
};

describe('reaction form', () => {
  it('creates a welcome reaction whose tier condition is made in the builder', async () => {
    const { sent, mock } = saveMock('create', (input) => savedAs(input));
    const onDone = renderForm([definitionsMock, mock]);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Gold welcome' } });
    // The welcome event is the first, and chosen.
    expect(screen.getByRole('radio', { name: 'Joins (welcome)' })).toHaveProperty('checked', true);
    await chooseDefinition();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Tier is one of' }));
    fireEvent.change(screen.getByLabelText('Tiers'), { target: { value: 'Gold, Platinum' } });
    expect(screen.getByText('Only profiles whose tier is Gold or Platinum.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Create reaction' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Created “Gold welcome”.'));
    expect(sent).toEqual([
      {
        name: 'Gold welcome',
        event: 'PROFILE_CREATED',
        definitionId: welcome.id,
        claimable: false,
        active: true,
        ...NO_EXTRAS,
        condition: { in: [{ var: 'profile.tier' }, ['Gold', 'Platinum']] },
      },
    ]);
  });

  it('offers only assignable, published definitions, with their value and expiry', async () => {
    renderForm([definitionsMock]);
    const select = screen.getByLabelText<HTMLSelectElement>('Reward definition');
    await waitFor(() => expect(select.options.length).toBe(2));
    expect(select.options[1]?.textContent).toBe('Welcome $10 — A$10.00, valid for 3 months');
    await chooseDefinition();
    expect(
      screen.getByText(/Issues A\$10\.00, valid for 3 months \(Member Activation\)\./),
    ).toBeTruthy();
  });

  it('says where to set a definition up when none can be used', async () => {
    renderForm([{ ...definitionsMock, result: { data: { rewardDefinitions: [draft, manual] } } }]);
    const link = await screen.findByRole('link', { name: 'Set one up under Reward definitions' });
    expect(link.getAttribute('href')).toBe('/definitions');
  });

  it('asks for a spend milestone’s amounts as money and sends them in cents', async () => {
    const { sent, mock } = saveMock('create', (input) => savedAs(input));
    const onDone = renderForm([definitionsMock, mock]);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Big spender' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Spend milestone' }));
    await chooseDefinition();
    fireEvent.change(screen.getByLabelText('Spend threshold (AUD)'), { target: { value: '500' } });
    fireEvent.change(screen.getByLabelText('Repeat every (AUD)'), { target: { value: '$250.50' } });
    expect(
      screen.getByText(
        'Pays when lifetime spend reaches A$500.00, A$750.50, A$1,001.00 and so on.',
      ),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Create reaction' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent[0]).toMatchObject({
      event: 'SPEND_MILESTONE',
      spendThreshold: 50000,
      spendRepeatEvery: 25050,
      lapsedDays: null,
      customEvent: null,
      condition: null,
    });
  });

  it('checks the event’s own fields before sending anything', async () => {
    const { sent, mock } = saveMock('create', (input) => savedAs(input));
    renderForm([definitionsMock, mock]);
    fireEvent.click(screen.getByRole('radio', { name: 'Custom event' }));
    fireEvent.change(screen.getByLabelText('Event name'), {
      target: { value: 'referral completed' },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Create reaction' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Check the 3 fields marked above.');
    expect(fieldError('Name')).toBe('Give it a name, such as Welcome reward.');
    expect(fieldError('Reward definition')).toBe('Choose the definition it issues.');
    expect(fieldError('Event name')).toBe(
      'Use letters, digits and . _ : - only, starting with a letter or digit.',
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Lapsed' }));
    expect(screen.getByLabelText<HTMLInputElement>('Days without a transaction').value).toBe('90');
    expect(sent).toHaveLength(0);
  });

  it('keeps the builder and the JSON view in step, and steps aside for a custom condition', async () => {
    renderForm([definitionsMock]);
    await definitionsLoaded();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Birth month is' }));
    fireEvent.change(screen.getByLabelText('Birth month'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('radio', { name: 'JSON Logic' }));
    expect(JSON.parse(jsonView().value)).toEqual({
      '==': [{ substr: [{ var: 'profile.birthDate' }, 5, 2] }, '03'],
    });
    expect(screen.getByText('The builder can show this condition too.')).toBeTruthy();

    // JSON the builder can show fills it in.
    fireEvent.change(jsonView(), {
      target: {
        value:
          '{"and": [{"==": [{"var": "profile.tier"}, "Silver"]}, {">=": [{"var": "profile.lifetimeSpend"}, 12345]}]}',
      },
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Builder' }));
    expect(screen.getByLabelText<HTMLInputElement>('Tiers').value).toBe('Silver');
    expect(screen.getByLabelText<HTMLInputElement>('Lifetime spend at least (AUD)').value).toBe(
      '123.45',
    );
    expect(screen.getByRole('checkbox', { name: 'Birth month is' })).toHaveProperty(
      'checked',
      false,
    );

    // Anything else is custom: the builder says so and the JSON view is the editor.
    fireEvent.click(screen.getByRole('radio', { name: 'JSON Logic' }));
    fireEvent.change(jsonView(), { target: { value: '{"!": {"var": "profile.isStaff"}}' } });
    expect(screen.getByText('A custom condition: only this view edits it.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Builder' }));
    const note = screen.getByRole('note');
    expect(note.textContent).toMatch(/This is a custom condition: the builder cannot show it/);
    expect(screen.queryByRole('checkbox', { name: 'Tier is one of' })).toBeNull();
    fireEvent.click(within(note).getByRole('button', { name: 'Start over in the builder' }));
    expect(screen.getByRole('checkbox', { name: 'Tier is one of' })).toHaveProperty(
      'checked',
      false,
    );
  });

  it('will not leave the builder while a ticked rule is unfinished', async () => {
    renderForm([definitionsMock]);
    await definitionsLoaded();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Lifetime spend is at least' }));
    fireEvent.click(screen.getByRole('radio', { name: 'JSON Logic' }));
    expect(fieldError('Lifetime spend at least (AUD)')).toBe('Enter an amount.');
    expect(screen.queryByLabelText('Condition (JSON Logic)')).toBeNull();
  });

  it('shows the server’s refusal of a condition next to the JSON view, in words', async () => {
    const { sent, mock } = saveMock('create', () => ({
      errors: [
        {
          message: "condition: unknown JSON Logic operator 'tier'",
          extensions: { code: 'BAD_USER_INPUT', field: 'condition' },
        },
      ],
    }));
    renderForm([definitionsMock, mock]);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Gold welcome' } });
    await chooseDefinition();
    fireEvent.click(screen.getByRole('radio', { name: 'JSON Logic' }));
    fireEvent.change(jsonView(), { target: { value: '{"tier": "Gold"}' } });

    fireEvent.click(screen.getByRole('button', { name: 'Create reaction' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Check the field marked above.');
    expect(fieldError('Condition (JSON Logic)')).toBe(
      '“tier” is not an operator conditions may use. Check its spelling.',
    );
    expect(sent[0]?.condition).toEqual({ tier: 'Gold' });
    // Changing the JSON clears it.
    fireEvent.change(jsonView(), {
      target: { value: '{"==": [{"var": "profile.tier"}, "Gold"]}' },
    });
    expect(fieldError('Condition (JSON Logic)')).toBeNull();
  });

  it('refuses JSON that does not parse without sending it', async () => {
    const { sent, mock } = saveMock('create', (input) => savedAs(input));
    renderForm([definitionsMock, mock]);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Broken' } });
    await chooseDefinition();
    fireEvent.click(screen.getByRole('radio', { name: 'JSON Logic' }));
    fireEvent.change(jsonView(), { target: { value: '{"==": [' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Builder' }));

    fireEvent.click(screen.getByRole('button', { name: 'Create reaction' }));

    await screen.findByRole('alert');
    // Sent back to the JSON view, where it can be fixed.
    expect(fieldError('Condition (JSON Logic)')).toMatch(/^This is not valid JSON/);
    expect(sent).toHaveLength(0);
  });

  it('saves an edited reaction with its custom condition exactly as it was', async () => {
    const custom = {
      or: [{ '===': [{ var: 'profile.tier' }, 'Gold'] }, { '>': [{ var: 'event.total' }, 0] }],
    };
    const existing = reaction('reaction-7', 'Gold or buyer', {
      event: 'TIER_ACHIEVED',
      condition: custom,
      claimable: true,
      definition: old,
    });
    const { sent, mock } = saveMock('update', (input) => savedAs(input, 'reaction-7'));
    const onDone = renderForm([definitionsMock, mock], existing);
    // A custom condition opens in the JSON view; an archived definition stays listed, marked.
    expect(JSON.parse(jsonView().value)).toEqual(custom);
    const select = screen.getByLabelText<HTMLSelectElement>('Reward definition');
    await waitFor(() => expect(select.options.length).toBe(3));
    expect(select.value).toBe(old.id);
    expect(select.options[1]?.textContent).toMatch(/Old welcome — .* \(archived\)$/);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Gold or any buyer' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Active' }));
    fireEvent.change(select, { target: { value: welcome.id } });

    fireEvent.click(screen.getByRole('button', { name: 'Save reaction' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Saved “Gold or any buyer”.'));
    expect(sent).toEqual([
      {
        name: 'Gold or any buyer',
        event: 'TIER_ACHIEVED',
        definitionId: welcome.id,
        claimable: true,
        active: false,
        ...NO_EXTRAS,
        condition: custom,
      },
    ]);
  });
});
