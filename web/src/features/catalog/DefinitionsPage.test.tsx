import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { money } from '../../test/fixtures';
import { admin, graphQLError, manager, signedInAs, type TestUser } from '../../test/mocks';
import { renderApp } from '../../test/renderApp';
import { ArchiveRewardDefinitionMutation } from './definitionHooks';
import { RewardDefinitionsQuery } from './queries';

const definition = {
  __typename: 'RewardDefinition' as const,
  id: 'def-1',
  handle: 'welcome-10',
  name: 'Welcome $10',
  description: null,
  value: money(1000),
  expiryPeriod: 3,
  expiryUnit: 'MONTHS' as const,
  absoluteExpiry: null,
  assignable: true,
  published: false,
  archived: false,
  type: { __typename: 'RewardType' as const, id: 'type-1', name: 'Member Activation' },
};

const definitionsMock = {
  request: { query: RewardDefinitionsQuery, variables: { includeArchived: false } },
  result: { data: { rewardDefinitions: [definition] } },
};

async function openAs(user: TestUser, extra: readonly object[] = []) {
  renderApp([signedInAs(user), definitionsMock, ...(extra as never[])], '/definitions');
  await screen.findByRole('heading', { name: 'Reward definitions' });
  return screen.findByText('welcome-10');
}

describe('reward definitions page', () => {
  it('lets a manager edit and archive but not create definitions', async () => {
    const handle = await openAs(manager);
    const row = handle.closest('tr')!;
    expect(within(row).getByText('3 months')).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Edit Welcome $10' })).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Archive Welcome $10' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New definition' })).toBeNull();
    // Nor does a manager see brand settings in the navigation.
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Settings' })).toBeNull();
  });

  it('lets an administrator create definitions', async () => {
    await openAs(admin);
    expect(screen.getByRole('button', { name: 'New definition' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Settings' })).toBeTruthy();
  });

  it('shows a FORBIDDEN answer next to the definitions instead of failing', async () => {
    await openAs(manager, [
      {
        request: { query: ArchiveRewardDefinitionMutation, variables: { id: 'def-1' } },
        result: { errors: [graphQLError('Your role (MANAGER) may not do this.', 'FORBIDDEN')] },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Archive Welcome $10' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm archiving Welcome $10' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Could not archive Welcome $10: Your role (MANAGER) may not do this.',
    );
  });
});
