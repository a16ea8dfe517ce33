import type { ApolloClient } from '@apollo/client';
import { ApolloProvider, getApolloContext } from '@apollo/client/react';
import { useContext, useEffect, useState } from 'react';
import { createApolloClient } from '../lib/apollo';
import { whenSignedIn } from '../lib/session';
import { RequireAuth } from './RequireAuth';

let shared: ApolloClient | null = null;

/** One client for the signed-in app; a sign-in drops what it cached while signed out. */
function sharedClient(): ApolloClient {
  if (!shared) {
    const client = createApolloClient();
    whenSignedIn(() => client.clearStore());
    shared = client;
  }
  return shared;
}

/**
 * The signed-in part of the app, loaded with its first route: the GraphQL client, the auth
 * check and the shell. Under a provider already there (tests), that provider's client is used.
 */
export function SignedInRoot() {
  const existing = useContext(getApolloContext()).client;
  const [client] = useState(() => existing ?? sharedClient());
  useEffect(() => (existing ? whenSignedIn(() => existing.clearStore()) : undefined), [existing]);
  if (existing) return <RequireAuth />;
  return (
    <ApolloProvider client={client}>
      <RequireAuth />
    </ApolloProvider>
  );
}
