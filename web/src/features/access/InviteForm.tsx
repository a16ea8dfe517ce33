import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Checkbox, SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import type { Role } from '../../graphql/generated/graphql';
import { errorMessage, humanMessage, type Refusal } from '../../lib/errors';
import { useFieldErrors } from '../../lib/useFieldErrors';
import { PasswordLinkResult, type PasswordLinkMade } from './PasswordLinkForm';
import { useCreatePasswordLink, useCreateUser } from './queries';
import { ROLE_WORDS, ROLES } from './roles';

const INVITE_FIELDS = {
  name: { label: 'Name' },
  email: { label: 'Email' },
  role: { label: 'Role' },
  password: { label: 'First password' },
};

/** What became of an invitation once the account exists. */
type Invited = { link: PasswordLinkMade; notice: string } | { linkFailed: string; notice: string };

/**
 * Adds a staff member with a role, and either a first password to give them or, instead, a
 * set-password link to send them (shown once, to copy).
 */
export function InviteForm({
  timeZone,
  onDone,
  onCancel,
}: {
  timeZone: string;
  /** The account exists: what to tell the administrator on the page. */
  onDone: (notice: string) => void;
  onCancel: () => void;
}) {
  const [createUser] = useCreateUser();
  const [createPasswordLink] = useCreatePasswordLink();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('MANAGER');
  const [sendLink, setSendLink] = useState(false);
  const [password, setPassword] = useState('');
  const [invited, setInvited] = useState<Invited | null>(null);
  const errors = useFieldErrors(INVITE_FIELDS);

  function submit(): Refusal | Promise<void> {
    const fields: Record<string, string> = {};
    if (!name.trim()) fields.name = 'Give their name.';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      fields.email = 'Enter an email address such as name@example.com.';
    }
    if (!sendLink && (password.length < 10 || password.length > 200)) {
      fields.password = 'Use 10 to 200 characters.';
    }
    if (Object.keys(fields).length > 0) return { fields };
    const who = name.trim();
    const as = ROLE_WORDS[role].noun;
    return (async () => {
      const { data } = await createUser({
        variables: {
          input: { name: who, email: email.trim(), role, ...(sendLink ? {} : { password }) },
        },
      });
      if (!data) return;
      if (!sendLink) {
        onDone(
          `${who} can now sign in as ${as} with ${data.createUser.email} and the first ` +
            'password. To let them choose their own, make them a password link on their row.',
        );
        return;
      }
      const notice = `${who} is added as ${as}; they can sign in once they have set a password with the link.`;
      // The account exists now: a failure here must not offer to add it a second time.
      try {
        const made = await createPasswordLink({ variables: { userId: data.createUser.id } });
        if (made.data) setInvited({ link: made.data.createPasswordLink, notice });
      } catch (caught) {
        setInvited({ linkFailed: humanMessage(errorMessage(caught)), notice });
      }
    })();
  }

  if (invited && 'link' in invited) {
    return (
      <PasswordLinkResult
        link={invited.link}
        purpose="invite"
        timeZone={timeZone}
        onDone={() => onDone(invited.notice)}
      />
    );
  }
  if (invited) {
    return (
      <div className="link-result">
        <p>{name.trim()} is added, but the set-password link could not be made:</p>
        <ErrorAlert message={invited.linkFailed} />
        <p>Close this and choose “Password link” on their row to try again.</p>
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => onDone(invited.notice)}
          >
            Close
          </button>
        </div>
      </div>
    );
  }
  return (
    <FormDialog
      submitLabel="Add staff user"
      submittingLabel="Adding…"
      onSubmit={submit}
      onCancel={onCancel}
      fieldErrors={errors}
    >
      <div className="form-grid">
        <TextField label="Name" value={name} required {...errors.bind('name', setName)} />
        <TextField
          label="Email"
          type="email"
          value={email}
          required
          {...errors.bind('email', setEmail)}
        />
      </div>
      <SelectField
        label="Role"
        value={role}
        hint={ROLE_WORDS[role].description}
        {...errors.bind('role', (value: string) => setRole(value as Role))}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_WORDS[r].name}
          </option>
        ))}
      </SelectField>
      <div className="field">
        <Checkbox
          checked={sendLink}
          onChange={(on) => {
            errors.clear('password');
            setSendLink(on);
          }}
        >
          Send a set-password link instead
        </Checkbox>
        {sendLink && (
          <p className="field-hint">
            You get a link to send them, valid for 72 hours. They choose their own password with it
            and cannot sign in until then.
          </p>
        )}
      </div>
      {!sendLink && (
        <TextField
          label="First password"
          type="password"
          autoComplete="new-password"
          value={password}
          required
          hint="10 to 200 characters. Give it to them in person, not by email."
          {...errors.bind('password', setPassword)}
        />
      )}
    </FormDialog>
  );
}
