import { useMutation } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';

export const CreateProfileMutation = graphql(`
  mutation CreateProfile($input: ProfileInput!) {
    createProfile(input: $input) {
      id
      externalId
    }
  }
`);

export function useCreateProfile() {
  return useMutation(CreateProfileMutation, {
    // Every search may now have one more match.
    update(cache) {
      cache.evict({ fieldName: 'profiles' });
      cache.gc();
    },
  });
}
