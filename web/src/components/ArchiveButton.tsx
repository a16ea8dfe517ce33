import { useState } from 'react';

/** Archive with a second, explicit click; errors are shown by the caller. */
export function ArchiveButton({
  name,
  onArchive,
}: {
  name: string;
  onArchive: () => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!confirming) {
    return (
      <button
        type="button"
        className="button button-small"
        aria-label={`Archive ${name}`}
        onClick={() => setConfirming(true)}
      >
        Archive
      </button>
    );
  }
  return (
    <span className="confirm-inline">
      <button
        type="button"
        className="button button-small button-danger"
        disabled={busy}
        aria-label={`Confirm archiving ${name}`}
        onClick={() => {
          setBusy(true);
          void onArchive().finally(() => {
            setBusy(false);
            setConfirming(false);
          });
        }}
      >
        {busy ? 'Archiving…' : 'Confirm archive'}
      </button>
      <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
        Keep
      </button>
    </span>
  );
}
