import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { signedIn } from '../../lib/session';
import { redirectTarget } from './redirect';
import { signIn } from './signIn';

/**
 * The sign-in page: it loads neither the GraphQL client nor any signed-in page. `?email=` fills
 * in the email, e.g. from the set-password page.
 */
export function LoginPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const [prefilled] = useState(() => params.get('email')?.trim() ?? '');
  const [email, setEmail] = useState(prefilled);
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    const result = await signIn(email.trim(), password);
    if (!result.ok) {
      setError(result.message);
      setSubmitting(false);
      return;
    }
    await signedIn();
    await navigate(redirectTarget(location.state), { replace: true });
  }

  return (
    <main className="login">
      <title>Sign in · Rewards</title>
      <div className="login-card">
        <p className="brand">Rewards</p>
        <h1>Sign in</h1>
        <p className="muted">Staff access to customer rewards.</p>
        <form className="form" onSubmit={(event) => void handleSubmit(event)}>
          <div className="field">
            <label htmlFor="login-email">Email</label>
            <input
              id="login-email"
              name="email"
              type="email"
              autoComplete="username"
              required
              autoFocus={!prefilled}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">Password</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              autoFocus={!!prefilled}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
          <button type="submit" className="button button-primary" disabled={submitting}>
            {submitting ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  );
}
