import { graphql } from '../../graphql/generated';

/** The signed-in user; fails with UNAUTHENTICATED when there is no valid session cookie. */
export const CurrentUserQuery = graphql(`
  query CurrentUser {
    me {
      id
      ...AppShell_user
    }
  }
`);
