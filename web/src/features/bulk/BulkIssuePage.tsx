import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MoneyField, SelectField } from '../../components/Field';
import { refusalSummary } from '../../components/FormDialog';
import { ReasonField } from '../../components/ReasonField';
import type { BulkIssueCsvInput } from '../../graphql/generated/graphql';
import { humanMessage, refusalOf } from '../../lib/errors';
import { formatMoney, moneyToInput, parseMoney } from '../../lib/money';
import { useFieldErrors } from '../../lib/useFieldErrors';
import { permissions, useRole } from '../auth/role';
import { CsvDropZone } from './CsvDropZone';
import {
  columnOptions,
  detectIdColumn,
  idProblems,
  MAX_CSV_CHARS,
  PREVIEW_ROWS,
  readCsv,
  type CsvUpload,
} from './csv';
import { bulkTotals, limitsSentence } from './limits';
import { BulkDefinitionsQuery, BulkIssueLimitsQuery, useBulkIssueRewardsCsv } from './queries';

/** The form's fields, as the server names them (a money field in the definition's currency). */
function formFields(currency: string) {
  return {
    definitionId: { label: 'Reward definition' },
    value: { label: 'Value override', currency },
    reason: { label: 'Reason' },
    csv: { label: 'CSV file' },
    column: { label: 'External id column' },
  };
}

/** A file read for upload: its text is what is sent; `id` tells one upload from the next. */
interface Upload {
  id: number;
  fileName: string;
  text: string;
  csv: CsvUpload;
  /** Characters that were not UTF-8 came through as replacement characters. */
  garbled: boolean;
}

/** A file's text as UTF-8 (FileReader: every browser has it, and so do the tests' DOM). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file, 'utf-8');
  });
}

function plural(n: number, one: string, many: string) {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** The first rows of an upload, the id column marked, scrolling sideways when it is wide. */
function CsvPreview({ upload, column }: { upload: Upload; column: number }) {
  const id = useId();
  const { headers, rows } = upload.csv;
  const shown = rows.slice(0, PREVIEW_ROWS);
  // The id column first, where a phone shows it without scrolling.
  const order = headers.map((_, i) => i).filter((i) => i !== column);
  if (column >= 0) order.unshift(column);
  return (
    <div className="csv-preview">
      <p id={`${id}-caption`} className="table-caption">
        <strong>{upload.fileName}</strong>: {plural(rows.length, 'customer row', 'customer rows')}{' '}
        under the header
        {rows.length > shown.length ? `; the first ${shown.length} are shown.` : '.'}
      </p>
      <div
        className="table-scroll csv-preview-scroll"
        role="region"
        aria-labelledby={`${id}-caption`}
        tabIndex={0}
      >
        <table className="table table-compact" aria-label="First rows of the file">
          <thead>
            <tr>
              <th className="num">Row</th>
              {order.map((i) => (
                <th key={i} className={i === column ? 'csv-id-column' : undefined}>
                  {headers[i] || <span className="muted">(no name)</span>}
                  {i === column && <span className="visually-hidden"> (external id)</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, r) => (
              <tr key={r}>
                <td className="num">{r + 1}</td>
                {order.map((i) => (
                  <td key={i} className={i === column ? 'csv-id-column' : undefined}>
                    {row[i] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {upload.garbled && (
        <p className="preview-warning">
          Some characters could not be read. If names or ids look wrong, save the file as “CSV
          UTF-8” and choose it again.
        </p>
      )}
    </div>
  );
}

/**
 * Bulk issue (ADMIN, MANAGER): one reward from a definition to every customer a CSV file lists.
 * The file is read here only to preview it, to pick the id column and to catch what the server
 * would refuse; its text goes to the server as it is. The idempotency key belongs to one upload
 * with one set of choices, so a double click or a retry after a lost answer gets the same job.
 */
export function BulkIssuePage() {
  const role = useRole();
  const allowed = permissions.bulkIssue(role);
  const navigate = useNavigate();
  const definitions = useQuery(BulkDefinitionsQuery, {
    variables: { includeArchived: false },
    fetchPolicy: 'cache-and-network',
    skip: !allowed,
  });
  const limits = useQuery(BulkIssueLimitsQuery, { skip: role !== 'MANAGER' }).data?.settings;
  const [bulkIssue] = useBulkIssueRewardsCsv();
  const [definitionId, setDefinitionId] = useState('');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [upload, setUpload] = useState<Upload | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [column, setColumn] = useState(-1);
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);
  const uploads = useRef(0);
  const lastKey = useRef<{ request: string; key: string } | null>(null);

  const options = (definitions.data?.rewardDefinitions ?? []).filter((d) => !d.archived);
  const selected = options.find((d) => d.id === definitionId);
  const currency = selected?.value.currency ?? 'AUD';
  const errors = useFieldErrors(formFields(currency));
  const parsedValue = value.trim() ? parseMoney(value, currency) : null;
  const amount = parsedValue
    ? parsedValue.ok
      ? parsedValue.amount
      : null
    : selected?.value.amount;
  const rowCount = upload?.csv.rows.length ?? 0;
  const columns = upload ? columnOptions(upload.csv.headers) : [];
  const columnName = upload?.csv.headers[column];
  const totals =
    upload && amount != null && selected ? bulkTotals(amount, rowCount, limits ?? null) : null;

  async function readFile(file: File) {
    const id = ++uploads.current;
    errors.clear('csv');
    errors.clear('column');
    setFormError(null);
    setFileError(null);
    if (/\.(xlsx|xlsm|xls|numbers|ods)$/i.test(file.name)) {
      setUpload(null);
      setFileError('This is a spreadsheet workbook. Save or export it as CSV, then choose that.');
      return;
    }
    if (file.size > MAX_CSV_CHARS) {
      setUpload(null);
      setFileError('The file is too large: at most 10 MB in one upload. Split it into parts.');
      return;
    }
    setReading(file.name);
    try {
      const text = await readText(file);
      // A newer choice may have been read meanwhile.
      if (id !== uploads.current) return;
      const result = readCsv(text);
      if (!result.ok) {
        setUpload(null);
        setFileError(result.error);
        return;
      }
      setUpload({
        id,
        fileName: file.name,
        text,
        csv: result.csv,
        garbled: text.includes('\uFFFD'),
      });
      setColumn(detectIdColumn(result.csv.headers));
    } catch {
      if (id === uploads.current) setFileError('The file could not be read. Choose it again.');
    } finally {
      if (id === uploads.current) setReading(null);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A second click before React re-renders the disabled button must not send again.
    if (inFlight.current) return;
    setFormError(null);
    const fields: Record<string, string> = {};
    if (!selected) fields.definitionId = 'Choose a reward definition.';
    if (parsedValue && !parsedValue.ok) fields.value = parsedValue.error;
    if (totals?.overSingle && limits) {
      fields.value = `Managers can issue at most ${formatMoney(limits.managerIssueLimit, currency)} in one reward.`;
    }
    if (!reason.trim()) fields.reason = 'Give a reason: it is recorded with every reward.';
    if (!upload) fields.csv = fileError ?? 'Choose a CSV file.';
    else if (!columnName) fields.column = 'Choose the column that holds the external id.';
    else {
      const problem = idProblems(upload.csv.rows, column);
      if (problem) fields.column = problem;
    }
    if (Object.keys(fields).length > 0 || !upload || !selected || !columnName) {
      errors.set(fields);
      setFormError(refusalSummary({ fields }));
      return;
    }
    errors.set({});
    const input: BulkIssueCsvInput = {
      definitionId: selected.id,
      reason: reason.trim(),
      csv: upload.text,
      column: columnName,
      idempotencyKey: '',
    };
    if (parsedValue?.ok) input.value = parsedValue.amount;
    // The same upload with the same choices is a retry; anything changed is a new request.
    const request = JSON.stringify([
      upload.id,
      input.definitionId,
      input.value,
      input.reason,
      column,
    ]);
    if (lastKey.current?.request !== request) {
      lastKey.current = { request, key: crypto.randomUUID() };
    }
    input.idempotencyKey = lastKey.current.key;

    inFlight.current = true;
    setSubmitting(true);
    try {
      const { data } = await bulkIssue({ variables: { input } });
      if (data) await navigate(`/bulk-issue/${data.bulkIssueRewardsCsv.id}`);
    } catch (caught) {
      const refusal = refusalOf(caught, errors.fields);
      // The server speaks of "the CSV" as a whole: its words stay whole next to the file.
      const csvError = CombinedGraphQLErrors.is(caught)
        ? caught.errors.find((e) => e.extensions?.field === 'csv')
        : undefined;
      if (csvError && refusal.fields.csv) refusal.fields.csv = humanMessage(csvError.message);
      errors.set(refusal.fields);
      setFormError(refusalSummary(refusal));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  if (!allowed) {
    return (
      <div className="page">
        <title>Bulk issue · Rewards</title>
        <h1>Bulk issue</h1>
        <p className="card">Bulk issue is for administrators and managers.</p>
      </div>
    );
  }

  return (
    <div className="page">
      <title>Bulk issue · Rewards</title>
      <h1>Bulk issue</h1>
      <p className="muted">
        Issue one reward to every customer a CSV file lists. The rewards are issued in the
        background: you can follow the job, or leave and come back to it.
      </p>
      <form className="card form" noValidate onSubmit={(event) => void submit(event)}>
        <SelectField
          label="Reward definition"
          value={definitionId}
          required
          {...errors.bind('definitionId', setDefinitionId)}
        >
          <option value="">
            {definitions.loading && !definitions.data
              ? 'Loading definitions…'
              : 'Choose a definition'}
          </option>
          {options.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name} — {formatMoney(d.value.amount, d.value.currency)}
            </option>
          ))}
        </SelectField>
        {definitions.error && (
          <ErrorAlert message="The reward definitions could not be loaded. Reload the page to try again." />
        )}
        {definitions.data && options.length === 0 && (
          <p className="field-hint">There are no active definitions. Create one first.</p>
        )}
        <MoneyField
          label="Value override"
          currency={currency}
          placeholder={
            selected ? moneyToInput(selected.value.amount, currency) : 'Definition value'
          }
          value={value}
          hint={
            limits
              ? limitsSentence(limits, currency)
              : "Leave empty to issue the definition's value."
          }
          {...errors.bind('value', setValue)}
        />
        <ReasonField required value={reason} {...errors.bind('reason', setReason)} />
        <CsvDropZone
          label="CSV file"
          fileName={reading ? `Reading ${reading}…` : (upload?.fileName ?? null)}
          hint="One row per customer, with a header row naming the columns; one column holds each customer's external id. Up to 100,000 rows."
          error={errors.errors.csv ?? fileError}
          onFile={(file) => void readFile(file)}
        />
        {upload && (
          <>
            <SelectField
              label="External id column"
              value={column >= 0 ? String(column) : ''}
              hint="The column with the id your systems know each customer by."
              {...errors.bind('column', (v: string) => setColumn(v === '' ? -1 : Number(v)))}
            >
              {column < 0 && <option value="">Choose the column</option>}
              {columns.map((c) => (
                <option key={c.index} value={String(c.index)}>
                  {c.name}
                </option>
              ))}
            </SelectField>
            <CsvPreview upload={upload} column={column} />
          </>
        )}
        {totals && selected && amount != null && (
          <div className="preview bulk-summary" aria-label="What this issues">
            <p>
              {plural(rowCount, 'reward', 'rewards')} of {formatMoney(amount, currency)} from “
              {selected.name}”: <strong>{formatMoney(totals.total, currency)}</strong> in all.
            </p>
            {limits && totals.overSingle && (
              <p className="preview-warning">
                {formatMoney(amount, currency)} is over the managers’ limit of{' '}
                {formatMoney(limits.managerIssueLimit, currency)} per reward: every row would fail.
              </p>
            )}
            {limits && !totals.overSingle && totals.overDaily && (
              <p className="preview-warning">
                That is over the managers’ daily limit of{' '}
                {formatMoney(limits.managerDailyIssueLimit, currency)}: at most{' '}
                {plural(totals.rowsWithinDaily, 'row is', 'rows are')} issued today (fewer if you
                issued rewards earlier today); the rest fail and are listed when the job is done.
              </p>
            )}
          </div>
        )}
        <ErrorAlert message={formError} />
        <div className="form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={submitting || reading !== null}
          >
            {submitting
              ? 'Starting…'
              : upload
                ? `Issue ${plural(rowCount, 'reward', 'rewards')}`
                : 'Issue rewards'}
          </button>
        </div>
      </form>
    </div>
  );
}
