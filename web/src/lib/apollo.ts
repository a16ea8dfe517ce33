import { ApolloClient, HttpLink } from '@apollo/client';
import { createCache } from './cache';

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri,
      // The session is the HttpOnly cookie set by `login`; the SPA never handles a token.
      credentials: 'same-origin',
      // Satisfies the server's CSRF prevention even for requests without a JSON body.
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: createCache(),
  });
}
