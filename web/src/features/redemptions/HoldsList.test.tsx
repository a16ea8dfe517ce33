import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../graphql/generated/graphql';
import { createCache } from '../../lib/cache';
import { formatMoney } from '../../lib/money';
import { holdNode } from '../../test/fixtures';
import { RoleProvider } from '../auth/role';
import { HoldsList } from './HoldsList';
import { ProfileHoldsQuery } from './queries';
import { ReleaseHoldMutation } from './useReleaseHold';

type Hold = ReturnType<typeof holdNode>;

function holdsResult(holds: Hold[], everHeld: Hold[] = holds) {
  return {
    data: {
      profile: {
        __typename: 'Profile',
        id: 'p1',
        holds,
        everHeld: everHeld.map((hold) => ({ __typename: 'RewardHold', id: hold.id })),
      },
    },
  };
}

function holdsMock(activeOnly: boolean, holds: Hold[], everHeld: Hold[] = holds) {
  const requests: unknown[] = [];
  return {
    requests,
    mock: {
      request: { query: ProfileHoldsQuery, variables: { id: 'p1', activeOnly } },
      result: (variables: unknown) => {
        requests.push(variables);
        return holdsResult(holds, everHeld);
      },
    },
  };
}

function renderList(mocks: readonly object[], role: Role = 'MANAGER') {
  render(
    <MockedProvider cache={createCache()} mocks={mocks as never}>
      <RoleProvider role={role}>
        <h1>Profile</h1>
        <HoldsList profileId="p1" onNotice={() => {}} />
      </RoleProvider>
    </MockedProvider>,
  );
}

const live = holdNode('h1', 'ACTIVE', { amount: 250 });

describe('checkout holds', () => {
  it('releases a hold by its id and shows why the server refused', async () => {
    const sent: unknown[] = [];
    renderList([
      holdsMock(true, [live]).mock,
      {
        request: { query: ReleaseHoldMutation, variables: () => true },
        result: (variables: unknown) => {
          sent.push(variables);
          return {
            data: {
              releaseHold: {
                __typename: 'HoldNotActiveError',
                errorCode: 'HOLD_NOT_ACTIVE',
                message: 'The hold is CAPTURED.',
              },
            },
          };
        },
      },
      // The list and the balance are stale after that: the list is asked for again.
      holdsMock(true, [], [live]).mock,
    ]);

    const table = await screen.findByRole('table', { name: 'Live checkout holds' });
    const row = within(table).getByText(formatMoney(250, 'AUD')).closest('tr')!;
    expect(within(row).getByText('ACTIVE')).toBeTruthy();
    expect(within(row).getByText('lapses in 4 min')).toBeTruthy();
    expect(within(row).getByText('Welcome $10')).toBeTruthy();

    fireEvent.click(
      within(row).getByRole('button', { name: `Release the hold of ${formatMoney(250, 'AUD')}` }),
    );
    const dialog = screen.getByRole('dialog', { name: /Release the hold/ });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Release hold' }));

    expect((await within(dialog).findByRole('alert')).textContent).toBe('The hold is CAPTURED.');
    expect(sent).toEqual([{ holdId: 'h1' }]);
  });

  it('is absent for a profile that never had a hold', async () => {
    const { requests, mock } = holdsMock(true, []);
    renderList([mock]);
    await waitFor(() => expect(requests).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole('heading', { name: 'Profile' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Checkout holds' })).toBeNull();
    expect(screen.queryByText(/holds/i)).toBeNull();
  });

  it('asks for every hold, past ones with their status, when past holds are shown', async () => {
    const released = holdNode('h2', 'RELEASED', { amount: 300 });
    const captured = holdNode('h3', 'CAPTURED', { amount: 400, redemptionId: 'red-9' });
    const all = holdsMock(false, [released, captured]);
    renderList([holdsMock(true, [], [released, captured]).mock, all.mock], 'ADMIN');

    // Only past holds: the section is there, with nothing live.
    expect(await screen.findByText('No live holds.')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show past holds' }));

    const table = await screen.findByRole('table', { name: 'All checkout holds' });
    expect(all.requests).toEqual([{ id: 'p1', activeOnly: false }]);
    const row = (amount: number) =>
      within(table).getByText(formatMoney(amount, 'AUD')).closest('tr')!;
    expect(within(row(300)).getByText('RELEASED')).toBeTruthy();
    expect(within(row(400)).getByText('CAPTURED')).toBeTruthy();
    expect(within(row(400)).getByText('red-9')).toBeTruthy();
    expect(within(table).queryByRole('button', { name: /Release/ })).toBeNull();
  });
});
