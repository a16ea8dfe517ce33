import type { DocumentNode, OperationVariables, TypedDocumentNode, Unmasked } from '@apollo/client';
import { useMutation } from '@apollo/client/react';

/**
 * A mutation after which `queries` (the documents themselves, so a renamed or removed query is a
 * type error rather than a page left stale) are fetched again, before the mutation's promise
 * resolves: the caller's next render shows fresh data. With `when`, only after results it
 * accepts, e.g. the changed object rather than an error result.
 */
export function useRefetchingMutation<TData, TVariables extends OperationVariables>(
  mutation: TypedDocumentNode<TData, TVariables>,
  queries: readonly DocumentNode[],
  when: (data: Unmasked<TData>) => boolean = () => true,
) {
  return useMutation(mutation, {
    refetchQueries: (result) => (result.data && when(result.data) ? [...queries] : []),
    awaitRefetchQueries: true,
  });
}
