import { screen, waitFor, within, fireEvent } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { money, welcomeDefinition } from '../../test/fixtures';
import { admin, signedInAs } from '../../test/mocks';
import { renderApp } from '../../test/renderApp';
import { JOB_POLL_MS } from './BulkIssueJobPage';
import { BulkDefinitionsQuery, BulkIssueJobQuery } from './queries';

const base = {
  __typename: 'BulkIssueJob' as const,
  id: 'job-1',
  total: 4,
  definitionId: welcomeDefinition.id,
  reason: 'Spring campaign',
  createdAt: '2026-03-02T01:00:00.000Z',
};

const running = {
  ...base,
  status: 'RUNNING',
  processed: 2,
  failed: 0,
  errors: [],
  finishedAt: null,
};

const completed = {
  ...base,
  status: 'COMPLETED',
  processed: 4,
  failed: 2,
  errors: [
    'Row 3 (ghost-1): No profile has this external id.',
    'Row 4 (c-1): Listed more than once; issued once.',
  ],
  finishedAt: '2026-03-02T01:00:05.000Z',
};

const definitionsMock = {
  request: { query: BulkDefinitionsQuery, variables: { includeArchived: true } },
  result: {
    data: {
      rewardDefinitions: [
        {
          __typename: 'RewardDefinition' as const,
          id: welcomeDefinition.id,
          name: welcomeDefinition.name,
          archived: true,
          value: money(1000),
        },
      ],
    },
  },
};

/** Answers the job query with the given jobs in turn (the last one again after that). */
function jobMock(jobs: object[]) {
  let asked = 0;
  return {
    asked: () => asked,
    mock: {
      request: { query: BulkIssueJobQuery, variables: { id: 'job-1' } },
      maxUsageCount: 50,
      result: () => ({ data: { bulkIssueJob: jobs[Math.min(asked++, jobs.length - 1)] } }),
    },
  };
}

describe('bulk issue job page', () => {
  afterEach(() => vi.restoreAllMocks());

  it('follows the job until it is done, then stops asking and lists the rows that failed', async () => {
    const job = jobMock([running, completed]);
    renderApp([signedInAs(admin), job.mock, definitionsMock], '/bulk-issue/job-1');

    expect(
      await screen.findByRole('heading', { name: 'Bulk issue of “Welcome $10”' }),
    ).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Issuing rewards');
    const bar = screen.getByRole('progressbar', { name: 'Rows done' });
    expect(bar.getAttribute('value')).toBe('2');
    expect(bar.getAttribute('max')).toBe('4');
    expect(screen.getByText(/rows done \(50%\)/)).toBeTruthy();

    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Done/), {
      timeout: JOB_POLL_MS * 3,
    });
    expect(screen.getByRole('status').textContent).toBe(
      'Done 2 rewards issued; 2 rows not issued.',
    );
    expect(bar.getAttribute('value')).toBe('4');
    expect(screen.getByTestId('bulk-issued').textContent).toBe('2');
    expect(screen.getByTestId('bulk-failed').textContent).toBe('2');

    const table = screen.getByRole('table', { name: 'Rows that were not issued' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['3', 'ghost-1', 'No customer profile has this external id.'],
      ['4', 'c-1', 'The customer is listed more than once; they got one reward.'],
    ]);

    // Done: no more questions.
    const asked = job.asked();
    await new Promise((resolve) => setTimeout(resolve, JOB_POLL_MS * 1.5));
    expect(job.asked()).toBe(asked);
  });

  it('downloads the failed rows as a CSV file', async () => {
    const blobs: Blob[] = [];
    const created = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:errors';
    });
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderApp([signedInAs(admin), jobMock([completed]).mock, definitionsMock], '/bulk-issue/job-1');

    fireEvent.click(await screen.findByRole('button', { name: 'Download errors as CSV' }));

    expect(clicked).toHaveBeenCalledTimes(1);
    const link = clicked.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('bulk-issue-job-1-errors.csv');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(blobs[0]!);
    });
    expect(Papa.parse(text, { skipEmptyLines: true }).data).toEqual([
      ['row', 'externalId', 'error'],
      ['3', 'ghost-1', 'No customer profile has this external id.'],
      ['4', 'c-1', 'The customer is listed more than once; they got one reward.'],
    ]);
  });

  it('says so when there is no such job', async () => {
    renderApp(
      [
        signedInAs(admin),
        {
          request: { query: BulkIssueJobQuery, variables: { id: 'nope' } },
          result: { data: { bulkIssueJob: null } },
        },
      ],
      '/bulk-issue/nope',
    );
    expect(await screen.findByText(/No bulk issue has this id/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'New bulk issue' }).getAttribute('href')).toBe(
      '/bulk-issue',
    );
  });
});
