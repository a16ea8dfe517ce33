import { useId, useRef, useState, type DragEvent } from 'react';

/**
 * A file field that also takes a file dropped on it. The native input stays in the page (and in
 * the tab order) behind a button-like label, so keyboards and screen readers use it as usual.
 */
export function CsvDropZone({
  label,
  fileName,
  hint,
  error,
  onFile,
}: {
  label: string;
  /** The file chosen so far, if any. */
  fileName: string | null;
  hint: string;
  error?: string | null;
  onFile: (file: File) => void;
}) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  // dragenter and dragleave fire for every child the pointer crosses.
  const depth = useRef(0);

  function onDragEnter(event: DragEvent) {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    depth.current += 1;
    setDragging(true);
  }

  function onDragLeave() {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    depth.current = 0;
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  }

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <span id={`${id}-label`} className="field-label">
        {label}
      </span>
      <div
        className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        data-testid="csv-drop-zone"
        onDragEnter={onDragEnter}
        onDragOver={(event) => event.preventDefault()}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
      >
        <p className="drop-zone-file">
          {dragging ? 'Drop the file to read it' : (fileName ?? 'Drop a CSV file here, or')}
        </p>
        <input
          id={id}
          type="file"
          accept=".csv,text/csv"
          className="drop-zone-input"
          aria-labelledby={`${id}-label`}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared, so choosing the same file again after editing it reads it again.
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
        <label htmlFor={id} className="button button-small">
          {fileName ? 'Choose another file' : 'Choose a file'}
        </label>
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
