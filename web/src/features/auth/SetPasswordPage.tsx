import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/Field';
import { formatInstant } from '../../lib/dates';
import {
  askPasswordLinkOffer,
  setPasswordWithLink,
  type PasswordLinkOffer,
} from './passwordLinkApi';
import './setPassword.css';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

type State =
  | { step: 'loading' }
  | { step: 'offer'; offer: PasswordLinkOffer }
  | { step: 'done'; offer: PasswordLinkOffer }
  | { step: 'refused'; message: string }
  | { step: 'busy' | 'unreachable'; message: string };

type Problems = Partial<Record<'password' | 'confirm', string>>;

/** What is wrong with a new password and its confirmation, by field; empty when nothing is. */
export function passwordProblems(password: string, confirm: string): Problems {
  const problems: Problems = {};
  if (password.length < PASSWORD_MIN) {
    problems.password = `Use at least ${PASSWORD_MIN} characters (${password.length} so far).`;
  } else if (password.length > PASSWORD_MAX) {
    problems.password = `Use at most ${PASSWORD_MAX} characters (${password.length} now).`;
  }
  if (!confirm) problems.confirm = 'Type the password again.';
  else if (confirm !== password) {
    problems.confirm = 'The two passwords differ: type the same password in both.';
  }
  return problems;
}

/** The viewer's own zone: the page is theirs, not the brand's. */
function viewerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The public page a staff member opens from a set-password link (an invitation or a reset):
 * it says whose account it is and until when the link works, sets the password once and sends
 * them to sign in. No sign-in needed; made for a phone.
 */
export function SetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const [state, setState] = useState<State>(() =>
    token
      ? { step: 'loading' }
      : {
          step: 'refused',
          message: 'This link is missing its code. Open the whole link from your message.',
        },
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const [moved, setMoved] = useState(false);

  const load = useCallback(
    (isLive: () => boolean = () => true) => {
      setState({ step: 'loading' });
      void askPasswordLinkOffer(token).then((answer) => {
        if (!isLive()) return;
        if (answer.kind === 'offer') setState({ step: 'offer', offer: answer.offer });
        else if (answer.kind === 'busy') setState({ step: 'busy', message: answer.message });
        else if (answer.kind === 'unreachable') {
          setState({ step: 'unreachable', message: answer.message });
        } else setState({ step: 'refused', message: answer.message });
      });
    },
    [token],
  );

  useEffect(() => {
    if (!token) return;
    let live = true;
    load(() => live);
    return () => {
      live = false;
    };
  }, [token, load]);

  // After a submit the form is replaced: focus goes to the heading that says what happened.
  useEffect(() => {
    if (moved) heading.current?.focus();
  }, [moved, state.step]);

  const title =
    state.step === 'done'
      ? 'Your password is set'
      : state.step === 'refused'
        ? 'This link cannot be used'
        : state.step === 'busy'
          ? 'Too many tries'
          : state.step === 'unreachable'
            ? 'Something went wrong'
            : 'Set your password';

  return (
    <main className="login">
      <title>{`${title} · Rewards`}</title>
      <div className="login-card set-password-card">
        <p className="brand">Rewards</p>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {state.step === 'loading' && (
          <p className="muted" aria-live="polite">
            Checking your link…
          </p>
        )}
        {state.step === 'offer' && (
          <SetPasswordForm
            token={token}
            offer={state.offer}
            onAnswer={(next) => {
              setMoved(true);
              setState(next);
            }}
          />
        )}
        {state.step === 'done' && (
          <>
            <p role="status" className="portal-success">
              You can now sign in with {state.offer.email} and your new password.
            </p>
            <p className="muted">If you were signed in anywhere else, you are signed out there.</p>
            <Link
              className="button button-primary set-password-submit"
              to={`/login?email=${encodeURIComponent(state.offer.email)}`}
            >
              Sign in
            </Link>
          </>
        )}
        {state.step === 'refused' && (
          <>
            <p role="alert" className="form-error">
              {state.message}
            </p>
            <p className="muted">
              An administrator of the rewards app can make you a new link. If you have set your
              password already, <Link to="/login">sign in</Link>.
            </p>
          </>
        )}
        {(state.step === 'busy' || state.step === 'unreachable') && (
          <>
            <p role="alert" className="form-error">
              {state.message}
            </p>
            <button type="button" className="button" onClick={() => load()}>
              Try again
            </button>
          </>
        )}
      </div>
    </main>
  );
}

function SetPasswordForm({
  token,
  offer,
  onAnswer,
}: {
  token: string;
  offer: PasswordLinkOffer;
  /** The page moves on: the password is set, or the link no longer works. */
  onAnswer: (state: State) => void;
}) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Problems>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  // A second tap before React re-renders the disabled button must not send again.
  const inFlight = useRef(false);

  // A field's error goes as soon as its input changes.
  function clear(field: keyof Problems) {
    setErrors((current) => {
      if (!(field in current)) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    setFormError(null);
    const problems = passwordProblems(password, confirm);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    inFlight.current = true;
    setSending(true);
    const answer = await setPasswordWithLink(token, password);
    inFlight.current = false;
    setSending(false);
    if (answer.kind === 'offer') onAnswer({ step: 'done', offer: answer.offer });
    else if (answer.kind === 'refused') onAnswer({ step: 'refused', message: answer.message });
    else if (answer.kind === 'password') setErrors({ password: answer.message });
    else setFormError(answer.message);
  }

  return (
    <>
      <p>
        Set a password for <strong>{offer.name}</strong>, {offer.email}.
      </p>
      <p className="muted">
        This link works once, until {formatInstant(offer.expiresAt, viewerZone())}.
      </p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        {/* For password managers: the account the new password belongs to. */}
        <input
          type="email"
          name="username"
          autoComplete="username"
          value={offer.email}
          readOnly
          hidden
        />
        <TextField
          label="New password"
          type="password"
          name="new-password"
          autoComplete="new-password"
          value={password}
          required
          hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. A few unrelated words make one that is long and easy to remember.`}
          error={errors.password}
          onChange={(value) => {
            clear('password');
            setPassword(value);
          }}
        />
        <TextField
          label="Confirm the password"
          type="password"
          name="confirm-password"
          autoComplete="new-password"
          value={confirm}
          required
          error={errors.confirm}
          onChange={(value) => {
            clear('confirm');
            setConfirm(value);
          }}
        />
        <ErrorAlert message={formError} />
        <button
          type="submit"
          className="button button-primary set-password-submit"
          disabled={sending}
        >
          {sending ? 'Setting password…' : 'Set password'}
        </button>
      </form>
    </>
  );
}
