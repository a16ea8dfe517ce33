import { useEffect, useRef, useState } from 'react';
import { CopyButton } from '../../components/CopyButton';
import { FormDialog } from '../../components/FormDialog';
import type { CreatePasswordLinkMutation } from '../../graphql/generated/graphql';
import { formatInstant } from '../../lib/dates';
import { useCreatePasswordLink } from './queries';

export type PasswordLinkMade = CreatePasswordLinkMutation['createPasswordLink'];

/**
 * A set-password link just made, shown this once to copy and send: to whom, until when it
 * works, and what it does.
 */
export function PasswordLinkResult({
  link,
  purpose,
  timeZone,
  onDone,
}: {
  link: PasswordLinkMade;
  /** An invitation (the account has no password yet) or a reset. */
  purpose: 'invite' | 'reset';
  timeZone: string;
  onDone: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  // The button that made the link is gone: focus moves to what replaced it.
  useEffect(() => box.current?.focus(), []);
  // The server names its public address; without one, the link is on this app's address.
  const url = new URL(link.url, window.location.origin).href;
  const { name, email } = link.user;
  return (
    <div ref={box} className="link-result" tabIndex={-1}>
      <p>
        Send this link to <strong>{name}</strong> ({email}){' '}
        {purpose === 'invite'
          ? 'to choose a password: they cannot sign in until they do.'
          : 'to choose a new password.'}{' '}
        It works once, until {formatInstant(link.expiresAt, timeZone)}.
      </p>
      <p className="secret-row">
        <code className="secret" data-testid="password-link">
          {url}
        </code>
        <CopyButton text={url} />
      </p>
      <p className="muted">
        Copy it now: it is shown only this once. Whoever has it can set the password, so send it to{' '}
        {name} alone.
      </p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}

/** Makes a new set-password link for an active staff member, e.g. one who forgot theirs. */
export function PasswordLinkForm({
  user,
  timeZone,
  onDone,
}: {
  user: { id: string; name: string; email: string };
  timeZone: string;
  onDone: () => void;
}) {
  const [createPasswordLink] = useCreatePasswordLink();
  const [link, setLink] = useState<PasswordLinkMade | null>(null);

  async function submit() {
    const { data } = await createPasswordLink({ variables: { userId: user.id } });
    if (data) setLink(data.createPasswordLink);
  }

  if (link) {
    return <PasswordLinkResult link={link} purpose="reset" timeZone={timeZone} onDone={onDone} />;
  }
  return (
    <FormDialog
      submitLabel="Create link"
      submittingLabel="Creating…"
      onSubmit={submit}
      onCancel={onDone}
    >
      <p>
        A link for {user.name} ({user.email}) to choose a new password, when they have forgotten
        theirs or never set one. It works once, for 72 hours; a link made for them before stops
        working.
      </p>
      <p className="muted">
        Their current password keeps working until they set the new one; then every session they
        have ends.
      </p>
    </FormDialog>
  );
}
