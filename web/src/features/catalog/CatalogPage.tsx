import { useState, type ComponentProps, type ReactNode } from 'react';
import { CatalogTable, type CatalogEntry } from '../../components/CatalogTable';
import { Modal } from '../../components/Modal';
import { permissions, useRole } from '../auth/role';

/**
 * A catalog page: its heading with "New …" for who may create, the list, and the form for a new
 * or an edited entry in a dialog.
 */
export function CatalogPage<Entry extends CatalogEntry>({
  title,
  intro,
  newLabel,
  newTitle,
  renderForm,
  ...table
}: {
  /** The page's heading and the list's name. */
  title: string;
  intro: ReactNode;
  /** The label of the button that opens the form for a new entry, and that dialog's title. */
  newLabel: string;
  newTitle: string;
  /** The form for a new entry (`existing` null) or to edit one; `close` closes the dialog. */
  renderForm: (existing: Entry | null, close: () => void) => ReactNode;
} & Omit<ComponentProps<typeof CatalogTable<Entry>>, 'label' | 'canEdit' | 'onEdit'>) {
  const role = useRole();
  const [editing, setEditing] = useState<Entry | 'new' | null>(null);
  const close = () => setEditing(null);

  return (
    <div className="page page-wide">
      <title>{`${title} · Rewards`}</title>
      <div className="page-header">
        <h1>{title}</h1>
        {permissions.createCatalog(role) && (
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            {newLabel}
          </button>
        )}
      </div>
      <p className="muted">{intro}</p>
      <CatalogTable
        {...table}
        label={title}
        canEdit={permissions.editCatalog(role)}
        onEdit={setEditing}
      />
      {editing && (
        <Modal title={editing === 'new' ? newTitle : `Edit “${editing.name}”`} onClose={close}>
          {renderForm(editing === 'new' ? null : editing, close)}
        </Modal>
      )}
    </div>
  );
}
