import { useState } from 'react';

/** Copies `text` to the clipboard and says whether it worked (select it by hand if not). */
export function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <>
      <button
        type="button"
        className="button button-small"
        onClick={() =>
          void navigator.clipboard.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        Copy
      </button>
      <span role="status" className="muted">
        {copied === true ? 'Copied.' : copied === false ? 'Could not copy; select it instead.' : ''}
      </span>
    </>
  );
}
