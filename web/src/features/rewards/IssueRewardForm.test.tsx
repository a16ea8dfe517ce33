import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  IssueRewardInput,
  IssueRewardMutation,
  IssueRewardMutationVariables,
} from '../../graphql/generated/graphql';
import { createCache } from '../../lib/cache';
import { formatMoney } from '../../lib/money';
import { fieldError } from '../../test/fieldError';
import { money, welcomeDefinition } from '../../test/fixtures';
import { IssuableDefinitionsQuery, IssueRewardForm } from './IssueRewardForm';
import { IssueRewardMutation as IssueRewardDocument } from './useIssueReward';

const definitionsMock = {
  request: { query: IssuableDefinitionsQuery },
  result: { data: { rewardDefinitions: [welcomeDefinition] } },
};

const issued: IssueRewardMutation = {
  issueReward: {
    __typename: 'Reward',
    id: 'reward-1',
    status: 'ACTIVE',
    valueInitial: money(1234),
    definition: { __typename: 'RewardDefinition', id: welcomeDefinition.id, name: 'Welcome $10' },
  },
};

const limitExceeded: IssueRewardMutation = {
  issueReward: {
    __typename: 'IssueLimitExceededError',
    errorCode: 'ISSUE_LIMIT_EXCEEDED',
    message: 'Managers can issue at most A$50.00 in one reward.',
    limit: money(5000),
  },
};

/** Answers issueReward with the given results in turn and records what was sent. */
function issueMock(results: IssueRewardMutation[]) {
  const sent: IssueRewardInput[] = [];
  return {
    sent,
    mock: {
      request: { query: IssueRewardDocument, variables: () => true },
      maxUsageCount: results.length,
      delay: 30,
      result: (variables: IssueRewardMutationVariables) => {
        sent.push(variables.input);
        return { data: results[sent.length - 1] };
      },
    },
  };
}

function renderForm(mocks: readonly object[]) {
  const onIssued = vi.fn();
  render(
    <MockedProvider cache={createCache()} mocks={mocks as never}>
      <IssueRewardForm
        profileId="profile-1"
        timezone="Australia/Melbourne"
        onIssued={onIssued}
        onCancel={() => {}}
      />
    </MockedProvider>,
  );
  return onIssued;
}

async function fillForm(value: string) {
  const select = screen.getByLabelText<HTMLSelectElement>('Reward definition');
  await waitFor(() => expect(select.options.length).toBe(2));
  fireEvent.change(select, { target: { value: welcomeDefinition.id } });
  fireEvent.change(screen.getByLabelText(/Value override/), { target: { value } });
  fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Late delivery' } });
}

describe('issue reward form', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends the value as integer cents and issues once on a double click', async () => {
    let n = 0;
    vi.spyOn(crypto, 'randomUUID').mockImplementation(
      () => `00000000-0000-4000-8000-00000000000${++n}`,
    );
    const { sent, mock } = issueMock([issued, issued]);
    const onIssued = renderForm([definitionsMock, mock]);
    await fillForm('12.34');

    const button = screen.getByRole('button', { name: 'Issue reward' });
    fireEvent.click(button);
    fireEvent.click(button);

    await waitFor(() => expect(onIssued).toHaveBeenCalledTimes(1));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual({
      profileId: 'profile-1',
      definitionId: welcomeDefinition.id,
      reason: 'Late delivery',
      value: 1234,
      idempotencyKey: '00000000-0000-4000-8000-000000000001',
    });
    expect(Number.isInteger(sent[0]?.value)).toBe(true);
    expect(onIssued.mock.calls[0]?.[0]).toContain(formatMoney(1234, 'AUD'));
  });

  it("shows the manager's limit and retries with the same idempotency key", async () => {
    let n = 0;
    vi.spyOn(crypto, 'randomUUID').mockImplementation(
      () => `00000000-0000-4000-8000-00000000000${++n}`,
    );
    const { sent, mock } = issueMock([limitExceeded, issued]);
    const onIssued = renderForm([definitionsMock, mock]);
    await fillForm('80');

    fireEvent.click(screen.getByRole('button', { name: 'Issue reward' }));
    // The refusal sits next to the value, which is marked; the form points to it.
    expect((await screen.findByRole('alert')).textContent).toBe('Check the field marked above.');
    expect(fieldError(/Value override/)).toBe('Managers can issue at most A$50.00 in one reward.');
    expect(onIssued).not.toHaveBeenCalled();

    // Typing clears it at once.
    fireEvent.change(screen.getByLabelText(/Value override/), { target: { value: '$50' } });
    expect(fieldError(/Value override/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Issue reward' }));
    await waitFor(() => expect(onIssued).toHaveBeenCalledTimes(1));

    expect(sent.map((input) => input.value)).toEqual([8000, 5000]);
    expect(sent[0]?.idempotencyKey).toBeTruthy();
    expect(sent[1]?.idempotencyKey).toBe(sent[0]?.idempotencyKey);
  });

  it('rejects a value with more than two decimals without sending anything', async () => {
    const { sent, mock } = issueMock([issued]);
    renderForm([definitionsMock, mock]);
    await fillForm('12.345');

    fireEvent.click(screen.getByRole('button', { name: 'Issue reward' }));

    await screen.findByRole('alert');
    expect(fieldError(/Value override/)).toBe('Use at most 2 decimal places.');
    expect(sent).toHaveLength(0);
  });

  it('shows every field error at once, next to each field', async () => {
    const { sent, mock } = issueMock([issued]);
    renderForm([definitionsMock, mock]);
    const select = screen.getByLabelText<HTMLSelectElement>('Reward definition');
    await waitFor(() => expect(select.options.length).toBe(2));
    fireEvent.change(screen.getByLabelText(/Value override/), { target: { value: '€5' } });

    fireEvent.click(screen.getByRole('button', { name: 'Issue reward' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Check the 3 fields marked above.');
    expect(fieldError('Reward definition')).toBe('Choose a reward definition.');
    expect(fieldError(/Value override/)).toBe('Enter the amount in AUD, such as 12.50.');
    expect(fieldError('Reason')).toBe('Give a reason.');
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Sorry' } });
    expect(fieldError('Reason')).toBeNull();
    expect(fieldError('Reward definition')).toBe('Choose a reward definition.');
    expect(sent).toHaveLength(0);
  });
});
