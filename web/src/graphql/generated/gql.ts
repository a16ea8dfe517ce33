/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query CurrentUser {\n    me {\n      id\n      ...AppShell_user\n    }\n  }\n': typeof types.CurrentUserDocument;
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  fragment UserBadge_user on User {\n    name\n    email\n    role\n  }\n': typeof types.UserBadge_UserFragmentDoc;
  '\n  query Dashboard {\n    me {\n      id\n      name\n      role\n    }\n  }\n': typeof types.DashboardDocument;
  '\n  fragment AppShell_user on User {\n    id\n    role\n    ...UserBadge_user\n  }\n': typeof types.AppShell_UserFragmentDoc;
};
const documents: Documents = {
  '\n  query CurrentUser {\n    me {\n      id\n      ...AppShell_user\n    }\n  }\n':
    types.CurrentUserDocument,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  fragment UserBadge_user on User {\n    name\n    email\n    role\n  }\n':
    types.UserBadge_UserFragmentDoc,
  '\n  query Dashboard {\n    me {\n      id\n      name\n      role\n    }\n  }\n':
    types.DashboardDocument,
  '\n  fragment AppShell_user on User {\n    id\n    role\n    ...UserBadge_user\n  }\n':
    types.AppShell_UserFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CurrentUser {\n    me {\n      id\n      ...AppShell_user\n    }\n  }\n',
): (typeof documents)['\n  query CurrentUser {\n    me {\n      id\n      ...AppShell_user\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserBadge_user on User {\n    name\n    email\n    role\n  }\n',
): (typeof documents)['\n  fragment UserBadge_user on User {\n    name\n    email\n    role\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Dashboard {\n    me {\n      id\n      name\n      role\n    }\n  }\n',
): (typeof documents)['\n  query Dashboard {\n    me {\n      id\n      name\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AppShell_user on User {\n    id\n    role\n    ...UserBadge_user\n  }\n',
): (typeof documents)['\n  fragment AppShell_user on User {\n    id\n    role\n    ...UserBadge_user\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
