import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { admin, manager, signedInAs } from '../../test/mocks';
import { renderApp } from '../../test/renderApp';
import { BrandDefaultsQuery } from '../settings/brandDefaults';
import { ApiKeysQuery, RevokeApiKeyMutation } from './queries';

const brandMock = {
  request: { query: BrandDefaultsQuery },
  result: {
    data: {
      settings: {
        __typename: 'Settings' as const,
        defaultCurrency: 'AUD',
        defaultTimezone: 'Australia/Melbourne',
      },
    },
  },
};

function apiKey(id: string, name: string, extra: object = {}) {
  return {
    __typename: 'ApiKey' as const,
    id,
    name,
    prefix: `rwk_${id}`,
    scopes: ['READ_PROFILES', 'REDEEM'],
    createdAt: '2026-03-02T01:00:00.000Z',
    lastUsedAt: null,
    revokedAt: null,
    ...extra,
  };
}

const till = apiKey('k1', 'Till', { lastUsedAt: '2026-03-05T03:07:00.000Z' });
const store = apiKey('k2', 'Web store', { scopes: ['ISSUE_REWARDS'] });

function listMock(apiKeys: object[], maxUsageCount = Number.POSITIVE_INFINITY) {
  return { request: { query: ApiKeysQuery }, result: { data: { apiKeys } }, maxUsageCount };
}

async function open(mocks: readonly object[], user = admin) {
  renderApp([signedInAs(user), brandMock, ...(mocks as never[])], '/api-keys');
  await screen.findByRole('heading', { name: 'API keys' });
}

function rowOf(name: string) {
  return screen.getByRole('cell', { name }).closest('tr')!;
}

/** A cell by its column, as a phone shows it beside the value. */
function cell(row: HTMLElement, label: string) {
  return row.querySelector(`td[data-label="${label}"]`)?.textContent;
}

describe('API keys page', () => {
  it('says what each key may do in words and when it was last used, in the brand’s zone', async () => {
    await open([listMock([till, store])]);
    await screen.findByRole('table');
    const tillRow = rowOf('Till');
    expect(
      within(tillRow).getByText('Read customer profiles, balances, rewards and redemptions'),
    ).toBeTruthy();
    expect(
      within(tillRow).getByText('Preview, hold, redeem, reverse and return at checkout'),
    ).toBeTruthy();
    expect(cell(tillRow, 'Last used')).toBe('5 Mar 2026, 14:07 Australia/Melbourne');
    expect(screen.getByRole('columnheader', { name: 'Last used' })).toBeTruthy();
    const storeRow = rowOf('Web store');
    expect(cell(storeRow, 'Last used')).toBe('Never');
    expect(within(storeRow).getByText('Issue rewards')).toBeTruthy();
  });

  it('revokes a key only after confirming', async () => {
    const revokedAt = '2026-03-06T00:00:00.000Z';
    await open([
      listMock([till], 1),
      // Asked for again after the revoke.
      listMock([{ ...till, revokedAt }]),
      {
        request: { query: RevokeApiKeyMutation, variables: { id: 'k1' } },
        result: {
          data: {
            revokeApiKey: {
              __typename: 'ApiKey',
              id: 'k1',
              revokedAt,
            },
          },
        },
      },
    ]);
    await screen.findByRole('table');
    fireEvent.click(within(rowOf('Till')).getByRole('button', { name: 'Revoke Till' }));
    // Nothing is sent yet: the row asks to confirm or keep the key.
    expect(within(rowOf('Till')).getByText('ACTIVE')).toBeTruthy();
    fireEvent.click(within(rowOf('Till')).getByRole('button', { name: 'Keep' }));
    expect(within(rowOf('Till')).queryByRole('button', { name: 'Confirm revoke' })).toBeNull();

    fireEvent.click(within(rowOf('Till')).getByRole('button', { name: 'Revoke Till' }));
    fireEvent.click(within(rowOf('Till')).getByRole('button', { name: 'Confirm revoke' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      '“Till” is revoked: requests with it are refused from now on.',
    );
    expect(within(rowOf('Till')).getByText('REVOKED')).toBeTruthy();
    expect(within(rowOf('Till')).queryByRole('button', { name: 'Revoke Till' })).toBeNull();
  });

  it('says when there are none yet', async () => {
    await open([listMock([])]);
    expect(await screen.findByText('No API keys yet.')).toBeTruthy();
  });

  it('is for administrators only', async () => {
    await open([], manager);
    expect(screen.getByText('API keys are managed by administrators.')).toBeTruthy();
  });
});
