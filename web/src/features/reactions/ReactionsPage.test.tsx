import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReactionInput } from '../../graphql/generated/graphql';
import { admin, graphQLError, manager, signedInAs, type TestUser } from '../../test/mocks';
import { renderApp } from '../../test/renderApp';
import { ReactionDefinitionsQuery, ReactionsQuery } from './queries';
import { UpdateReactionMutation } from './reactionHooks';
import { brandDefaultsMock, definition, reaction } from './testData';

const welcome = reaction('r-1', 'Gold welcome', {
  condition: { in: [{ var: 'profile.tier' }, ['Gold', 'Platinum']] },
});
const milestone = reaction('r-2', 'Big spender', {
  event: 'SPEND_MILESTONE',
  spendThreshold: 50000,
  spendRepeatEvery: 25000,
  active: false,
  definition: definition('def-9', 'Milestone $20', { amount: 2000, archived: true }),
});
const custom = reaction('r-3', 'Staff referral', {
  event: 'CUSTOM',
  customEvent: 'referral.completed',
  condition: { '!': { var: 'profile.isStaff' } },
  claimable: true,
});

function reactionsMock(reactions: readonly object[]) {
  return { request: { query: ReactionsQuery }, result: { data: { reactions } } };
}

async function openAs(
  user: TestUser,
  extra: readonly object[] = [],
  list = [welcome, milestone, custom],
) {
  renderApp(
    [signedInAs(user), brandDefaultsMock, reactionsMock(list), ...(extra as never[])],
    '/reactions',
  );
  await screen.findByRole('heading', { name: 'Reactions' });
}

function row(name: string) {
  return screen.getByText(name).closest('tr')!;
}

describe('reactions page', () => {
  it('lists every reaction in words, paused ones marked', async () => {
    await openAs(admin);
    await screen.findByText('Gold welcome');

    const first = within(row('Gold welcome'));
    expect(first.getByText('Joins (welcome)')).toBeTruthy();
    expect(first.getByText('Tier is Gold or Platinum')).toBeTruthy();
    expect(first.getByText('A$10.00, valid for 3 months')).toBeTruthy();
    expect(first.getByText('ACTIVE')).toBeTruthy();

    const second = within(row('Big spender'));
    expect(second.getByText('Spend milestone: A$500.00, then every A$250.00')).toBeTruthy();
    expect(second.getByText('Always')).toBeTruthy();
    expect(second.getByText('PAUSED')).toBeTruthy();
    expect(second.getByText(/Its definition is archived/)).toBeTruthy();
    expect(row('Big spender').className).toBe('row-paused');

    const third = within(row('Staff referral'));
    expect(third.getByText('Custom event: referral.completed')).toBeTruthy();
    expect(third.getByText('Custom condition')).toBeTruthy();
    expect(third.getByText('{"!":{"var":"profile.isStaff"}}')).toBeTruthy();
    expect(third.getByText('by claim only, once per profile')).toBeTruthy();

    expect(screen.getByRole('button', { name: 'New reaction' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Reactions' })).toBeTruthy();
  });

  it('lets a manager read the reactions but not change them', async () => {
    await openAs(manager);
    await screen.findByText('Gold welcome');
    expect(screen.queryByRole('button', { name: 'New reaction' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit Gold welcome' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Pause Gold welcome' })).toBeNull();
    expect(screen.getByText(/Administrators set them up\./)).toBeTruthy();
  });

  it('pauses a reaction from the list, sending the rest of it back unchanged', async () => {
    const sent: ReactionInput[] = [];
    await openAs(admin, [
      {
        request: { query: UpdateReactionMutation, variables: () => true },
        result: (variables: { id: string; input: ReactionInput }) => {
          sent.push(variables.input);
          return { data: { updateReaction: { ...welcome, active: false } } };
        },
      },
    ]);
    await screen.findByText('Gold welcome');

    fireEvent.click(screen.getByRole('button', { name: 'Pause Gold welcome' }));

    expect((await screen.findByRole('status')).textContent).toBe(
      'Paused “Gold welcome”: it issues nothing until it is resumed.',
    );
    expect(sent).toEqual([
      {
        name: 'Gold welcome',
        event: 'PROFILE_CREATED',
        customEvent: null,
        condition: { in: [{ var: 'profile.tier' }, ['Gold', 'Platinum']] },
        definitionId: 'def-1',
        spendThreshold: null,
        spendRepeatEvery: null,
        lapsedDays: null,
        claimable: false,
        active: false,
      },
    ]);
    await waitFor(() => expect(within(row('Gold welcome')).getByText('PAUSED')).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Resume Gold welcome' })).toBeTruthy();
  });

  it('says why a reaction could not be resumed', async () => {
    await openAs(admin, [
      {
        request: { query: UpdateReactionMutation, variables: () => true },
        result: {
          errors: [
            graphQLError(
              "Definition 'milestone-20' is archived: reactions cannot issue from it.",
              'BAD_USER_INPUT',
            ),
          ],
        },
      },
    ]);
    await screen.findByText('Big spender');

    fireEvent.click(screen.getByRole('button', { name: 'Resume Big spender' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      "Could not resume “Big spender”: Definition 'milestone-20' is archived: reactions cannot issue from it.",
    );
  });

  it('says when there is no reaction yet, and opens the form for a new one', async () => {
    const definitions = {
      request: { query: ReactionDefinitionsQuery },
      result: { data: { rewardDefinitions: [definition('def-1', 'Welcome $10')] } },
    };
    await openAs(admin, [definitions], []);
    expect((await screen.findByText(/No reactions yet\./)).textContent).toMatch(/Create one/);
    fireEvent.click(screen.getByRole('button', { name: 'New reaction' }));
    expect(await screen.findByRole('dialog', { name: 'New reaction' })).toBeTruthy();
  });

  it('shows a failed load instead of an empty list', async () => {
    renderApp(
      [
        signedInAs(admin),
        brandDefaultsMock,
        { request: { query: ReactionsQuery }, error: new Error('offline') },
      ],
      '/reactions',
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be reached/);
    expect(screen.queryByText(/No reactions yet/)).toBeNull();
  });
});
