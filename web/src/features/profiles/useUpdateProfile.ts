import { useMutation } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($id: ID!, $input: UpdateProfileInput!) {
    updateProfile(id: $id, input: $input) {
      id
      ...ProfileDetails_profile
    }
  }
`);

export function useUpdateProfile() {
  return useMutation(UpdateProfileMutation);
}
