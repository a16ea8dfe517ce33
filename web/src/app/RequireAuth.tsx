import { useQuery } from '@apollo/client/react';
import { Navigate, useLocation } from 'react-router';
import { FullPageStatus } from '../components/FullPageStatus';
import { CurrentUserQuery } from '../features/auth/currentUser';
import type { LoginRedirectState } from '../features/auth/redirect';
import { errorMessage, graphQLErrorCode } from '../lib/errors';
import { AppShell } from './AppShell';

/** Renders the signed-in shell, or sends the visitor to sign in and back here afterwards. */
export function RequireAuth() {
  const location = useLocation();
  const { data, error, loading, refetch } = useQuery(CurrentUserQuery);

  if (loading) {
    return (
      <FullPageStatus>
        <p className="muted">Loading…</p>
      </FullPageStatus>
    );
  }

  // Anything but "not signed in" is a real failure: say so instead of asking for a password.
  if (error && graphQLErrorCode(error) !== 'UNAUTHENTICATED') {
    return (
      <FullPageStatus>
        <p role="alert" className="form-error">
          {errorMessage(error)}
        </p>
        <button type="button" className="button" onClick={() => void refetch()}>
          Try again
        </button>
      </FullPageStatus>
    );
  }

  if (!data?.me) {
    const state: LoginRedirectState = { from: location };
    return <Navigate to="/login" replace state={state} />;
  }

  return <AppShell user={data.me} />;
}
