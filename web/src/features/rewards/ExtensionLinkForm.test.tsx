import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createCache } from '../../lib/cache';
import { CreateExtensionLinkMutation, ExtensionLinkForm } from './ExtensionLinkForm';

const reward = {
  id: 'r1',
  name: 'Birthday treat',
  timezone: 'Australia/Melbourne',
  extensionDays: 14,
};
const request = { query: CreateExtensionLinkMutation, variables: { rewardId: 'r1' } };

function renderForm(result: object) {
  const onDone = vi.fn();
  render(
    <MockedProvider cache={createCache()} mocks={[{ request, result: { data: result } }]}>
      <ExtensionLinkForm reward={reward} onDone={onDone} />
    </MockedProvider>,
  );
  return onDone;
}

describe('the extension link form', () => {
  it('says what the link does, then shows the link to copy and until when it works', async () => {
    const onDone = renderForm({
      createRewardExtensionLink: {
        __typename: 'RewardExtensionLink',
        url: 'https://rewards.example.com/portal/extend?token=rwl_abc',
        expiresAt: '2027-01-02T01:00:00.000Z',
      },
    });
    expect(screen.getByText(/extend this reward by 14 days, once/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create link' }));
    expect((await screen.findByTestId('extension-link')).textContent).toBe(
      'https://rewards.example.com/portal/extend?token=rwl_abc',
    );
    expect(
      screen.getByText(/works once, until 2 Jan 2027, 12:00 Australia\/Melbourne/),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenCalled();
  });

  it('shows why the server refused, in the dialog', async () => {
    renderForm({
      createRewardExtensionLink: {
        __typename: 'RewardNotExtendableError',
        errorCode: 'REWARD_NOT_EXTENDABLE',
        message: 'This reward has already been extended by its customer.',
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create link' }));
    expect(
      await screen.findByText('This reward has already been extended by its customer.'),
    ).toBeTruthy();
    expect(screen.queryByTestId('extension-link')).toBeNull();
  });
});
