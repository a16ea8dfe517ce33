import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useLogout } from '../features/auth/useLogout';
import { errorMessage, graphQLErrorCode } from '../lib/errors';

export function SignOutButton() {
  const [logout, { loading }] = useLogout();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);

  async function signOut() {
    setError(null);
    try {
      await logout();
    } catch (caught) {
      // An already expired session is as good as signed out; anything else keeps the user here.
      if (graphQLErrorCode(caught) !== 'UNAUTHENTICATED') {
        setError(`Could not sign out: ${errorMessage(caught)}`);
        return;
      }
    }
    // Leave the shell first so no mounted query refetches while the cache is cleared.
    await navigate('/login', { replace: true });
    await client.clearStore();
  }

  return (
    <div className="sign-out">
      <button type="button" className="button" disabled={loading} onClick={() => void signOut()}>
        Sign out
      </button>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
