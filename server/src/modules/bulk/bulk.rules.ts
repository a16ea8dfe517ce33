import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';

// Pure rules for bulk issue: list bounds, reading a CSV upload, the request's fingerprint.

export const MAX_BULK_ROWS = 100_000;
const ID_COLUMNS = ['externalid', 'external_id', 'external id', 'profileexternalid', 'id'];

export type Parsed = { ok: true; ids: string[] } | { ok: false; reason: string };

/** The ids of a list as given: trimmed, none empty or over 100 characters, 1 to 100,000. */
export function checkIds(ids: string[]): Parsed {
  if (!Array.isArray(ids) || ids.length === 0) return { ok: false, reason: 'The list is empty.' };
  if (ids.length > MAX_BULK_ROWS) {
    return { ok: false, reason: `At most ${MAX_BULK_ROWS.toLocaleString('en')} profiles at once.` };
  }
  const out: string[] = [];
  for (const [i, raw] of ids.entries()) {
    const id = typeof raw === 'string' ? raw.trim() : '';
    if (!id) return { ok: false, reason: `Row ${i + 1} has no external id.` };
    if (id.length > 100)
      return { ok: false, reason: `Row ${i + 1}: an external id is at most 100 characters.` };
    out.push(id);
  }
  return { ok: true, ids: out };
}

/**
 * The external ids of a CSV upload: the first row names the columns, and one of them must be
 * the external id (externalId, external_id or id, in any case).
 */
export function idsFromCsv(csv: string, column?: string | null): Parsed {
  let records: string[][];
  try {
    records = parse(csv, {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    });
  } catch (err) {
    return { ok: false, reason: `The CSV cannot be read: ${(err as Error).message.slice(0, 200)}` };
  }
  if (records.length === 0) return { ok: false, reason: 'The CSV is empty.' };
  const header = records[0].map((h) => h.toLowerCase());
  const wanted = column ? [column.trim().toLowerCase()] : ID_COLUMNS;
  const index = header.findIndex((h) => wanted.includes(h));
  if (index < 0) {
    return {
      ok: false,
      reason: column
        ? `The CSV has no column '${column}'.`
        : 'The CSV has no external id column (name one externalId, external_id or id).',
    };
  }
  return checkIds(records.slice(1).map((r) => r[index] ?? ''));
}

/** A fingerprint of what a request asks for, to tell a retry from a different request. */
export function requestHash(input: {
  definitionId: string;
  value: number | null;
  reason: string;
  ids: string[];
}): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([input.definitionId, input.value, input.reason]));
  for (const id of input.ids) hash.update(`\n${id}`);
  return hash.digest('hex');
}
