import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  BulkIssueCsvInput,
  BulkIssueRewardsCsvMutationVariables,
} from '../../graphql/generated/graphql';
import { fieldError } from '../../test/fieldError';
import { money, welcomeDefinition } from '../../test/fixtures';
import { admin, graphQLError, manager, signedInAs, type TestUser } from '../../test/mocks';
import { renderApp } from '../../test/renderApp';
import {
  BulkDefinitionsQuery,
  BulkIssueJobQuery,
  BulkIssueLimitsQuery,
  BulkIssueRewardsCsvMutation,
} from './queries';

const CSV = 'Email,Customer ID,Name\nada@example.com,c-1,Ada\nbob@example.com,c-2,Bob\n,c-3,Cy\n';

const definitionsMock = {
  request: { query: BulkDefinitionsQuery, variables: { includeArchived: false } },
  result: {
    data: {
      rewardDefinitions: [
        {
          __typename: 'RewardDefinition' as const,
          id: welcomeDefinition.id,
          name: welcomeDefinition.name,
          archived: false,
          value: money(1000),
        },
      ],
    },
  },
};

const limitsMock = {
  request: { query: BulkIssueLimitsQuery },
  result: {
    data: {
      settings: {
        __typename: 'Settings' as const,
        defaultTimezone: 'Australia/Melbourne',
        managerIssueLimit: 5000,
        managerDailyIssueLimit: 2500,
      },
    },
  },
};

const job = {
  __typename: 'BulkIssueJob' as const,
  id: 'job-1',
  status: 'QUEUED',
  total: 3,
  processed: 0,
  failed: 0,
  errors: [],
  definitionId: welcomeDefinition.id,
  reason: 'Spring campaign',
  createdAt: '2026-03-02T01:00:00.000Z',
  finishedAt: null,
};

type Answer = { data: unknown } | { errors: unknown[] };

/** Answers bulkIssueRewardsCsv with the given answers in turn and records what was sent. */
function bulkMock(answers: Answer[]) {
  const sent: BulkIssueCsvInput[] = [];
  return {
    sent,
    mock: {
      request: { query: BulkIssueRewardsCsvMutation, variables: () => true },
      maxUsageCount: answers.length,
      delay: 30,
      result: (variables: BulkIssueRewardsCsvMutationVariables) => {
        sent.push(variables.input);
        return answers[sent.length - 1]!;
      },
    },
  };
}

const jobMock = {
  request: { query: BulkIssueJobQuery, variables: { id: 'job-1' } },
  result: { data: { bulkIssueJob: job } },
};

async function open(user: TestUser, extra: readonly object[]) {
  const mocks = [signedInAs(user), definitionsMock, ...(user === manager ? [limitsMock] : [])];
  const router = renderApp([...mocks, ...(extra as never[])], '/bulk-issue');
  await screen.findByRole('heading', { name: 'Bulk issue' });
  const select = screen.getByLabelText<HTMLSelectElement>('Reward definition');
  await waitFor(() => expect(select.options.length).toBe(2));
  return router;
}

function csvFile(text = CSV, name = 'customers.csv') {
  return new File([text], name, { type: 'text/csv' });
}

async function fillIn(file = csvFile()) {
  fireEvent.change(screen.getByLabelText('Reward definition'), {
    target: { value: welcomeDefinition.id },
  });
  fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Spring campaign' } });
  fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [file] } });
  await screen.findByRole('table', { name: 'First rows of the file' });
}

describe('bulk issue page', () => {
  afterEach(() => vi.restoreAllMocks());

  it('previews the file, finds the id column and starts one job on a double click', async () => {
    vi.spyOn(crypto, 'randomUUID').mockReturnValue('00000000-0000-4000-8000-000000000001');
    const { sent, mock } = bulkMock([{ data: { bulkIssueRewardsCsv: job } }]);
    const router = await open(admin, [mock, jobMock]);
    await fillIn(csvFile('Email,Customer ID\nada@example.com,c-1\nbob@example.com,c-2\n'));

    expect(screen.getByText(/2 customer rows/)).toBeTruthy();
    const preview = screen.getByRole('table', { name: 'First rows of the file' });
    expect(within(preview).getAllByRole('row')).toHaveLength(3);
    expect(within(preview).getByText('c-2')).toBeTruthy();
    // "Customer ID" is taken for the id column.
    const column = screen.getByLabelText<HTMLSelectElement>('External id column');
    expect(column.selectedOptions[0]?.textContent).toBe('Customer ID');
    expect(screen.getByLabelText('What this issues').textContent).toBe(
      '2 rewards of A$10.00 from “Welcome $10”: A$20.00 in all.',
    );

    const button = screen.getByRole('button', { name: 'Issue 2 rewards' });
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(router.state.location.pathname).toBe('/bulk-issue/job-1'));
    expect(sent).toEqual([
      {
        definitionId: welcomeDefinition.id,
        reason: 'Spring campaign',
        csv: 'Email,Customer ID\nada@example.com,c-1\nbob@example.com,c-2\n',
        column: 'Customer ID',
        idempotencyKey: '00000000-0000-4000-8000-000000000001',
      },
    ]);
  });

  it('takes a file dropped on it', async () => {
    await open(admin, []);
    const zone = screen.getByTestId('csv-drop-zone');
    fireEvent.dragEnter(zone, { dataTransfer: { types: ['Files'], files: [] } });
    expect(zone.textContent).toContain('Drop the file to read it');
    fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files: [csvFile()] } });
    await waitFor(() => expect(zone.textContent).toContain('customers.csv'));
    expect(await screen.findByText(/3 customer rows/)).toBeTruthy();
  });

  it('names the rows without an id before sending anything', async () => {
    const { sent, mock } = bulkMock([{ data: { bulkIssueRewardsCsv: job } }]);
    await open(admin, [mock]);
    await fillIn();
    // Row 3 has an id but no email: with Email as the column, it has none.
    fireEvent.change(screen.getByLabelText('External id column'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Issue 3 rewards' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Check the field marked above.');
    expect(fieldError('External id column')).toBe(
      'Row 3 has no external id in this column. Fill it in or remove the row.',
    );
    expect(sent).toHaveLength(0);
  });

  it('shows every field error at once, the missing file next to the file field', async () => {
    await open(admin, []);
    fireEvent.click(screen.getByRole('button', { name: 'Issue rewards' }));
    await screen.findByRole('alert');
    expect(fieldError('Reward definition')).toBe('Choose a reward definition.');
    expect(fieldError('Reason')).toBe('Give a reason: it is recorded with every reward.');
    expect(fieldError('CSV file')).toBe('Choose a CSV file.');
  });

  it('refuses a file whose columns are not separated by commas, next to the file field', async () => {
    await open(admin, []);
    fireEvent.change(screen.getByLabelText('CSV file'), {
      target: { files: [csvFile('externalId;name\nc-1;Ada\n')] },
    });
    await waitFor(() => expect(fieldError('CSV file')).toMatch(/not separated by commas/));
    expect(screen.queryByRole('table', { name: 'First rows of the file' })).toBeNull();
  });

  it("shows a manager's limits against the upload, and refuses a value over the single limit", async () => {
    const { sent, mock } = bulkMock([{ data: { bulkIssueRewardsCsv: job } }]);
    await open(manager, [mock]);
    await fillIn();
    await screen.findByText(/Managers can issue up to A\$50.00 per reward and A\$25.00 a day/);
    // 3 × A$10.00 is over A$25.00 a day: two rows at most.
    expect(screen.getByLabelText('What this issues').textContent).toContain(
      'at most 2 rows are issued today',
    );

    fireEvent.change(screen.getByLabelText('Value override (AUD)'), { target: { value: '60' } });
    expect(screen.getByLabelText('What this issues').textContent).toContain('every row would fail');
    fireEvent.click(screen.getByRole('button', { name: 'Issue 3 rewards' }));
    await screen.findByRole('alert');
    expect(fieldError('Value override (AUD)')).toBe(
      'Managers can issue at most A$50.00 in one reward.',
    );
    expect(sent).toHaveLength(0);
  });

  it('shows a refusal next to the field it names and retries with the same key', async () => {
    const { sent, mock } = bulkMock([
      {
        errors: [
          {
            ...graphQLError("The CSV has no column 'Customer ID'.", 'BAD_USER_INPUT'),
            extensions: { code: 'BAD_USER_INPUT', field: 'csv' },
          },
        ],
      },
      { data: { bulkIssueRewardsCsv: job } },
    ]);
    const router = await open(admin, [mock, jobMock]);
    await fillIn();
    const button = screen.getByRole('button', { name: 'Issue 3 rewards' });
    fireEvent.click(button);
    await waitFor(() =>
      expect(fieldError('CSV file')).toBe("The CSV has no column 'Customer ID'."),
    );

    fireEvent.click(button);
    await waitFor(() => expect(router.state.location.pathname).toBe('/bulk-issue/job-1'));
    expect(sent).toHaveLength(2);
    expect(sent[1]?.idempotencyKey).toBe(sent[0]?.idempotencyKey);
  });

  it('makes a new key for a new upload', async () => {
    const { sent, mock } = bulkMock([
      { errors: [graphQLError('The server is busy.', 'SERVICE_UNAVAILABLE')] },
      { data: { bulkIssueRewardsCsv: job } },
    ]);
    const router = await open(admin, [mock, jobMock]);
    await fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Issue 3 rewards' }));
    await screen.findByRole('alert');
    fireEvent.change(screen.getByLabelText('CSV file'), {
      target: { files: [csvFile('externalId\nc-9\n', 'fixed.csv')] },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Issue 1 reward' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/bulk-issue/job-1'));
    expect(sent[1]?.column).toBe('externalId');
    expect(sent[1]?.idempotencyKey).not.toBe(sent[0]?.idempotencyKey);
  });
});
