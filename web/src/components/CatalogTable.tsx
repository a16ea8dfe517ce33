import { useState, type ReactNode } from 'react';
import { errorMessage } from '../lib/errors';
import { ArchiveButton } from './ArchiveButton';
import { ErrorAlert } from './ErrorAlert';
import { Checkbox } from './Field';

/** What the table needs of every entry, besides the cells it shows. */
export interface CatalogEntry {
  id: string;
  name: string;
  archived: boolean;
}

export interface CatalogColumn {
  label: string;
  /** Right-aligned, for amounts. */
  numeric?: boolean;
  /** Named for screen readers only. */
  hidden?: boolean;
}

/**
 * A catalog list (reward definitions, reward types): archived entries on request, each entry's
 * cells, and Edit and Archive for who may change them. A failed archive is shown above the
 * table.
 */
export function CatalogTable<Entry extends CatalogEntry>({
  label,
  columns,
  entries,
  loading,
  error,
  empty,
  includeArchived,
  onIncludeArchivedChange,
  canEdit,
  onEdit,
  onArchive,
  renderCells,
  scroll = false,
}: {
  /** The section's accessible name. */
  label: string;
  /** The columns of `renderCells`; the actions column follows them. */
  columns: readonly CatalogColumn[];
  /** None until the list has loaded. */
  entries: readonly Entry[] | null | undefined;
  loading: boolean;
  error: unknown;
  /** What to say when there is no entry. */
  empty: ReactNode;
  includeArchived: boolean;
  onIncludeArchivedChange: (includeArchived: boolean) => void;
  canEdit: boolean;
  onEdit: (entry: Entry) => void;
  onArchive: (entry: Entry) => Promise<unknown>;
  /** An entry's cells (`<td>`s), one per column. */
  renderCells: (entry: Entry) => ReactNode;
  /** Scrolls sideways on narrow screens instead of squeezing the columns. */
  scroll?: boolean;
}) {
  const [archiveError, setArchiveError] = useState<string | null>(null);

  async function archive(entry: Entry) {
    setArchiveError(null);
    try {
      await onArchive(entry);
    } catch (caught) {
      setArchiveError(`Could not archive ${entry.name}: ${errorMessage(caught)}`);
    }
  }

  const table = (
    <table className="table table-cards">
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label} className={column.numeric ? 'num' : undefined}>
              {column.hidden ? (
                <span className="visually-hidden">{column.label}</span>
              ) : (
                column.label
              )}
            </th>
          ))}
          <th>
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries?.map((entry) => (
          <tr key={entry.id}>
            {renderCells(entry)}
            <td className="cell-actions">
              {canEdit && !entry.archived && (
                <>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Edit ${entry.name}`}
                    onClick={() => onEdit(entry)}
                  >
                    Edit
                  </button>
                  <ArchiveButton name={entry.name} onArchive={() => archive(entry)} />
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <section className="card" aria-label={label}>
      <div className="section-header">
        <Checkbox checked={includeArchived} onChange={onIncludeArchivedChange}>
          Show archived
        </Checkbox>
      </div>
      <ErrorAlert message={error ? errorMessage(error) : archiveError} />
      {loading && !entries && <p className="muted">Loading…</p>}
      {entries && entries.length === 0 && <p className="empty">{empty}</p>}
      {entries &&
        entries.length > 0 &&
        (scroll ? <div className="table-scroll">{table}</div> : table)}
    </section>
  );
}
