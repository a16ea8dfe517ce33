import { useMutation } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export function useLogout() {
  return useMutation(LogoutMutation);
}
