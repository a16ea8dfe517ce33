import { useMutation } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';
import { CurrentUserQuery } from './currentUser';

// The token is deliberately not selected: the browser session is the HttpOnly cookie.
export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      expiresAt
      user {
        id
      }
    }
  }
`);

export function useLogin() {
  return useMutation(LoginMutation, {
    // Loads the signed-in user with the new cookie before the caller navigates to the shell.
    refetchQueries: [{ query: CurrentUserQuery }],
    awaitRefetchQueries: true,
  });
}
