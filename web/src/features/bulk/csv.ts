import Papa from 'papaparse';
import { humanMessage } from '../../lib/errors';

// Reading a bulk-issue upload in the browser, only to preview it and to catch what the server
// would refuse anyway; the server reads the same text again and is the one that counts. The
// rules follow the server's: a header row, commas, values trimmed, empty lines skipped, one
// external id of 1 to 100 characters on every row, at most 100,000 rows.

/** Rows the server accepts in one upload. */
export const MAX_ROWS = 100_000;
/** Characters the server accepts in one upload. */
export const MAX_CSV_CHARS = 10_000_000;
/** Rows shown in the preview. */
export const PREVIEW_ROWS = 10;
const MAX_ID_LENGTH = 100;

export interface CsvUpload {
  /** The header row, values trimmed. */
  headers: string[];
  /** Every row after the header, values trimmed. Row n of the server's errors is rows[n - 1]. */
  rows: string[][];
}

export type CsvReadResult = { ok: true; csv: CsvUpload } | { ok: false; error: string };

/** A file's text as a CSV upload, or what is wrong with it in words. */
export function readCsv(text: string): CsvReadResult {
  if (text.includes('\u0000')) {
    return { ok: false, error: 'This is not a text file. Export the list as CSV and try again.' };
  }
  if (text.length > MAX_CSV_CHARS) {
    return { ok: false, error: 'The file is too large: at most 10 MB in one upload.' };
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: ',',
    skipEmptyLines: true,
    transform: (value) => value.trim(),
  });
  const problem = parsed.errors[0];
  if (problem) {
    const where = problem.row === undefined ? '' : ` (line ${problem.row + 1})`;
    return { ok: false, error: `The CSV cannot be read${where}: ${problem.message}.` };
  }
  const [headers, ...rows] = parsed.data;
  if (!headers) return { ok: false, error: 'The file is empty.' };
  if (headers.length === 1 && /[;\t|]/.test(headers[0] ?? '')) {
    return {
      ok: false,
      error:
        'The columns are not separated by commas. Save the file as “CSV (comma delimited)” and ' +
        'try again.',
    };
  }
  if (rows.length === 0) {
    return { ok: false, error: 'The file has a header row but no customers under it.' };
  }
  if (rows.length > MAX_ROWS) {
    return {
      ok: false,
      error: `The file has ${rows.length.toLocaleString('en')} rows; at most ${MAX_ROWS.toLocaleString('en')} go in one upload. Split it into smaller files.`,
    };
  }
  return { ok: true, csv: { headers, rows } };
}

/** A column the id can be read from; the server finds it by name (the first of that name). */
export interface ColumnOption {
  index: number;
  name: string;
}

/** The columns that can be named: not empty, each name once (case aside), as the server looks. */
export function columnOptions(headers: readonly string[]): ColumnOption[] {
  const seen = new Set<string>();
  const options: ColumnOption[] = [];
  headers.forEach((name, index) => {
    const key = name.toLowerCase();
    if (!name || seen.has(key)) return;
    seen.add(key);
    options.push({ index, name });
  });
  return options;
}

// Header names that usually hold a customer's id, most telling first, compared without case,
// spaces, underscores or dashes.
const ID_HEADERS = [
  'externalid',
  'profileexternalid',
  'customerexternalid',
  'customerid',
  'memberid',
  'loyaltyid',
  'id',
];

/** The column that most likely holds the external id: its index, or -1 when none looks like it. */
export function detectIdColumn(headers: readonly string[]): number {
  const keys = headers.map((h) => h.toLowerCase().replace(/[\s_-]+/g, ''));
  for (const wanted of ID_HEADERS) {
    const index = keys.indexOf(wanted);
    if (index >= 0) return index;
  }
  return -1;
}

/** What the server would refuse about the ids in a column, or null when every row has one. */
export function idProblems(rows: readonly string[][], column: number): string | null {
  const empty: number[] = [];
  const long: number[] = [];
  rows.forEach((row, i) => {
    const id = row[column] ?? '';
    if (!id) empty.push(i + 1);
    else if (id.length > MAX_ID_LENGTH) long.push(i + 1);
  });
  const list = (numbers: number[]) =>
    numbers.length > 5
      ? `${numbers.slice(0, 5).join(', ')} and ${(numbers.length - 5).toLocaleString('en')} more`
      : numbers.join(', ');
  if (empty.length > 0) {
    return empty.length === 1
      ? `Row ${empty[0]} has no external id in this column. Fill it in or remove the row.`
      : `Rows ${list(empty)} have no external id in this column. Fill them in or remove them.`;
  }
  if (long.length > 0) {
    return long.length === 1
      ? `Row ${long[0]} has an external id over ${MAX_ID_LENGTH} characters. Is this the right column?`
      : `Rows ${list(long)} have external ids over ${MAX_ID_LENGTH} characters. Is this the right column?`;
  }
  return null;
}

/** One row a bulk issue could not issue, as the progress page lists it. */
export interface RowError {
  /** The row of the upload (1 is the first under the header); null when the server gave none. */
  row: number | null;
  externalId: string;
  /** Why, in words. */
  error: string;
}

const REASON_WORDS: Record<string, string> = {
  'No profile has this external id.': 'No customer profile has this external id.',
  'Listed more than once; issued once.':
    'The customer is listed more than once; they got one reward.',
  'The reward definition is archived.':
    'The reward definition was archived before this row was issued.',
};

/** A failure the server reports as "Row n (external id): why", in people's words. */
export function parseJobError(line: string): RowError {
  const match = /^Row (\d+) \((.*)\): (.*)$/s.exec(line);
  if (!match) return { row: null, externalId: '', error: humanMessage(line) };
  const [, row, externalId = '', reason = ''] = match;
  return {
    row: Number(row),
    externalId,
    error: REASON_WORDS[reason] ?? humanMessage(reason),
  };
}

/**
 * The failed rows as a CSV file's text, to fix and upload again (its externalId column is found
 * by itself). A value that a spreadsheet would run as a formula is written as text.
 */
export function errorsCsv(errors: readonly RowError[]): string {
  return Papa.unparse(
    {
      fields: ['row', 'externalId', 'error'],
      data: errors.map((e) => [e.row ?? '', e.externalId, e.error]),
    },
    { escapeFormulae: true },
  );
}
