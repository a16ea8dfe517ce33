import { useMutation } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';

export const UpdateSettingsMutation = graphql(`
  mutation UpdateSettings($input: SettingsInput!) {
    updateSettings(input: $input) {
      ...SettingsForm_settings
    }
  }
`);

export function useUpdateSettings() {
  return useMutation(UpdateSettingsMutation);
}
