import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  columnOptions,
  detectIdColumn,
  errorsCsv,
  idProblems,
  MAX_ROWS,
  parseJobError,
  readCsv,
} from './csv';
import { bulkTotals } from './limits';

function read(text: string) {
  const result = readCsv(text);
  if (!result.ok) throw new Error(result.error);
  return result.csv;
}

function refusal(text: string) {
  const result = readCsv(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('reading an upload', () => {
  it('splits the header from the rows, trims values and skips empty lines, like the server', () => {
    const csv = read('\uFEFFexternalId , name\r\n c-1 ,Ada\r\n\r\n"c-2","Lovelace, Ada"\r\n');
    expect(csv.headers).toEqual(['externalId', 'name']);
    expect(csv.rows).toEqual([
      ['c-1', 'Ada'],
      ['c-2', 'Lovelace, Ada'],
    ]);
  });

  it('refuses a file with a header and no rows, or with nothing at all', () => {
    expect(refusal('externalId\n')).toBe('The file has a header row but no customers under it.');
    expect(refusal('')).toBe('The file is empty.');
  });

  it('says so when the columns are separated by semicolons', () => {
    expect(refusal('externalId;name\nc-1;Ada\n')).toMatch(/not separated by commas/);
  });

  it('refuses a binary file and a broken quote', () => {
    expect(refusal('PK\u0003\u0004\u0000\u0000')).toMatch(/not a text file/);
    expect(refusal('externalId,name\nc-1,"Ada\n')).toMatch(/^The CSV cannot be read/);
  });

  it('refuses more rows than one upload takes', () => {
    const text = `id\n${Array.from({ length: MAX_ROWS + 1 }, (_, i) => `c-${i}`).join('\n')}`;
    expect(refusal(text)).toBe(
      'The file has 100,001 rows; at most 100,000 go in one upload. Split it into smaller files.',
    );
  });
});

describe('finding the external id column', () => {
  it.each([
    [['name', 'externalId'], 1],
    [['name', 'external_id'], 1],
    [['Email', 'Customer ID', 'Name'], 1],
    [['customer_id', 'id'], 0],
    [['member-id', 'points'], 0],
    [['ID', 'email'], 0],
    [['name', 'email'], -1],
  ])('in %j it is column %i', (headers, index) => {
    expect(detectIdColumn(headers)).toBe(index);
  });

  it('offers each named column once, as the server finds the first of a name', () => {
    expect(columnOptions(['id', '', 'Name', 'ID', 'name'])).toEqual([
      { index: 0, name: 'id' },
      { index: 2, name: 'Name' },
    ]);
  });

  it('names the rows without an id, as the server would refuse the whole upload', () => {
    const rows = [['c-1'], [''], ['c-3'], ['']];
    expect(idProblems(rows, 0)).toBe(
      'Rows 2, 4 have no external id in this column. Fill them in or remove them.',
    );
    expect(idProblems([['c-1'], ['']], 0)).toBe(
      'Row 2 has no external id in this column. Fill it in or remove the row.',
    );
    expect(idProblems([['c-1'], ['x'.repeat(101)]], 0)).toMatch(
      /^Row 2 has an external id over 100/,
    );
    expect(idProblems(rows.slice(0, 1), 0)).toBeNull();
  });

  it('shortens a long list of rows without an id', () => {
    const rows = Array.from({ length: 9 }, () => ['']);
    expect(idProblems(rows, 0)).toMatch(/^Rows 1, 2, 3, 4, 5 and 4 more have no external id/);
  });
});

describe('the rows a job could not issue', () => {
  it('reads "Row n (external id): why" in people’s words', () => {
    expect(parseJobError('Row 3 (ghost-1): No profile has this external id.')).toEqual({
      row: 3,
      externalId: 'ghost-1',
      error: 'No customer profile has this external id.',
    });
    expect(parseJobError('Row 12 (a (b)): Managers can issue at most A$50.00 a day.')).toEqual({
      row: 12,
      externalId: 'a (b)',
      error: 'Managers can issue at most A$50.00 a day.',
    });
    expect(parseJobError('something else')).toEqual({
      row: null,
      externalId: '',
      error: 'Something else.',
    });
  });

  it('builds a CSV to fix and upload again, quoting what needs it and disarming formulas', () => {
    const text = errorsCsv([
      { row: 2, externalId: 'c-2', error: 'No customer profile has this external id.' },
      { row: 5, externalId: '=HYPERLINK("x")', error: 'Listed, twice; once.' },
    ]);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ['row', 'externalId', 'error'],
      ['2', 'c-2', 'No customer profile has this external id.'],
      ['5', `'=HYPERLINK("x")`, 'Listed, twice; once.'],
    ]);
    // The download's own header is found again on upload.
    expect(detectIdColumn(parsed[0] ?? [])).toBe(1);
  });
});

describe('what an upload comes to against a manager’s limits', () => {
  const limits = {
    managerIssueLimit: 5000,
    managerDailyIssueLimit: 20000,
    defaultTimezone: 'Australia/Melbourne',
  };

  it('multiplies the value by the rows, unlimited for an administrator', () => {
    expect(bulkTotals(1000, 30, null)).toEqual({
      total: 30000,
      overSingle: false,
      overDaily: false,
      rowsWithinDaily: 30,
    });
  });

  it('says how many rows the daily limit covers, and when the value is over the single limit', () => {
    expect(bulkTotals(1000, 30, limits)).toMatchObject({
      total: 30000,
      overSingle: false,
      overDaily: true,
      rowsWithinDaily: 20,
    });
    expect(bulkTotals(6000, 2, limits)).toMatchObject({ overSingle: true });
    expect(bulkTotals(1000, 20, limits)).toMatchObject({ overDaily: false, rowsWithinDaily: 20 });
  });
});
