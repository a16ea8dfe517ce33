import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatInstant } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { useTimeZone } from '../../lib/timeZone';
import { permissions, useRole } from '../auth/role';
import { errorsCsv, parseJobError, type RowError } from './csv';
import { BulkDefinitionsQuery, BulkIssueJobQuery } from './queries';

/** How often a running job is asked how far it got. */
export const JOB_POLL_MS = 1_000;

const STATUS_WORDS: Record<string, string> = {
  QUEUED: 'Waiting to start',
  RUNNING: 'Issuing rewards',
  COMPLETED: 'Done',
};

/** The failed rows as a CSV download. */
function downloadErrors(jobId: string, errors: readonly RowError[]) {
  const blob = new Blob([errorsCsv(errors)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `bulk-issue-${jobId}-errors.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has handed the file to the browser.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function RowErrors({ jobId, failed, lines }: { jobId: string; failed: number; lines: string[] }) {
  const id = useId();
  const rows = lines.map(parseJobError);
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <div className="section-header">
        <h2 id={`${id}-heading`}>Rows that were not issued</h2>
        <button
          type="button"
          className="button button-small"
          onClick={() => downloadErrors(jobId, rows)}
        >
          Download errors as CSV
        </button>
      </div>
      <p className="muted">
        {failed > rows.length
          ? `The first ${rows.length.toLocaleString('en')} of ${failed.toLocaleString('en')} failed rows are listed (and downloaded). `
          : ''}
        Fix them and upload those rows again: the download has an externalId column.
      </p>
      <div className="table-scroll">
        <table className="table table-cards" aria-label="Rows that were not issued">
          <thead>
            <tr>
              <th className="num">Row</th>
              <th>External id</th>
              <th>Why</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.row ?? 'x'}-${i}`}>
                <td className="num" data-label="Row">
                  {r.row ?? '—'}
                </td>
                <td className="cell-id" data-label="External id">
                  {r.externalId ? <code>{r.externalId}</code> : <span className="muted">—</span>}
                </td>
                <td data-label="Why">{r.error}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * A bulk issue's progress, asked for every second until it is done; then the rows that failed,
 * with a download. The job's id is in the address, so a reload keeps following it.
 */
export function BulkIssueJobPage() {
  const { jobId = '' } = useParams();
  // Another job's page starts afresh (polling included).
  return <JobProgress key={jobId} jobId={jobId} />;
}

function JobProgress({ jobId }: { jobId: string }) {
  const role = useRole();
  const timeZone = useTimeZone();
  const allowed = permissions.bulkIssue(role);
  // Asked again every second while the job runs; no more once it is done, or when there is no
  // such job.
  const [finished, setFinished] = useState(false);
  const { data, error, loading } = useQuery(BulkIssueJobQuery, {
    variables: { id: jobId },
    skip: !allowed,
    pollInterval: finished ? 0 : JOB_POLL_MS,
  });
  const job = data?.bulkIssueJob;
  const done = job?.status === 'COMPLETED';
  if (!finished && (done || (data !== undefined && !job))) setFinished(true);
  const definitions = useQuery(BulkDefinitionsQuery, {
    variables: { includeArchived: true },
    // Another page may have listed the definitions before this job's was created.
    fetchPolicy: 'cache-and-network',
    skip: !job,
  });
  const definition = definitions.data?.rewardDefinitions.find((d) => d.id === job?.definitionId);

  const percent = job && job.total > 0 ? Math.floor((job.processed / job.total) * 100) : 0;
  const issued = job ? job.processed - job.failed : 0;

  return (
    <div className="page">
      <title>Bulk issue progress · Rewards</title>
      <p className="breadcrumb">
        <Link to="/bulk-issue">Bulk issue</Link> /
      </p>
      <h1>{definition ? `Bulk issue of “${definition.name}”` : 'Bulk issue'}</h1>
      {!allowed && <p className="card">Bulk issue is for administrators and managers.</p>}
      <ErrorAlert message={error && !job ? errorMessage(error) : null} />
      {allowed && loading && !data && <p className="muted">Loading…</p>}
      {data && !job && (
        <div className="card">
          <p>No bulk issue has this id. Check the address, or start a new one.</p>
          <Link to="/bulk-issue" className="button link-button">
            New bulk issue
          </Link>
        </div>
      )}
      {job && (
        <section className="card bulk-progress" aria-label="Progress">
          <p role="status" className="bulk-status">
            <span className={`status-badge status-job-${job.status.toLowerCase()}`}>
              {STATUS_WORDS[job.status] ?? job.status}
            </span>
            {done && ' '}
            {done && (
              <span>
                {issued === 1 ? '1 reward issued' : `${issued.toLocaleString('en')} rewards issued`}
                {job.failed > 0
                  ? `; ${job.failed === 1 ? '1 row' : `${job.failed.toLocaleString('en')} rows`} not issued.`
                  : '.'}
              </span>
            )}
          </p>
          <label htmlFor="bulk-progress-bar" className="visually-hidden">
            Rows done
          </label>
          <progress
            id="bulk-progress-bar"
            className="progress"
            max={Math.max(job.total, 1)}
            value={job.processed}
            aria-valuetext={`${job.processed.toLocaleString('en')} of ${job.total.toLocaleString('en')} rows (${percent}%)`}
          >
            {percent}%
          </progress>
          <p className="bulk-counts">
            <strong>
              {job.processed.toLocaleString('en')} of {job.total.toLocaleString('en')}
            </strong>{' '}
            rows done ({percent}%)
          </p>
          <dl className="details">
            <dt>Issued</dt>
            <dd data-testid="bulk-issued">{issued.toLocaleString('en')}</dd>
            <dt>Not issued</dt>
            <dd data-testid="bulk-failed">{job.failed.toLocaleString('en')}</dd>
            <dt>Rows</dt>
            <dd>{job.total.toLocaleString('en')}</dd>
            <dt>Reason</dt>
            <dd className="cell-reason">{job.reason}</dd>
            <dt>Requested</dt>
            <dd>{formatInstant(job.createdAt, timeZone)}</dd>
            <dt>Finished</dt>
            <dd>
              {job.finishedAt ? (
                formatInstant(job.finishedAt, timeZone)
              ) : (
                <span className="muted">Not yet</span>
              )}
            </dd>
          </dl>
          {!done && (
            <p className="muted">You can leave this page: the job carries on without it.</p>
          )}
          {done && (
            <Link to="/bulk-issue" className="button link-button">
              Start another bulk issue
            </Link>
          )}
        </section>
      )}
      {job && done && job.failed > 0 && (
        <RowErrors jobId={job.id} failed={job.failed} lines={job.errors} />
      )}
    </div>
  );
}
