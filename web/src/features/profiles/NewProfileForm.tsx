import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../lib/errors';
import { optionalText } from '../../lib/text';
import { useBrandDefaults } from '../settings/brandDefaults';
import { emptyProfileValues, ProfileForm, type ProfileFormValues } from './ProfileForm';
import { useCreateProfile } from './useCreateProfile';

export function NewProfileForm({ onCancel }: { onCancel: () => void }) {
  const [createProfile] = useCreateProfile();
  const navigate = useNavigate();
  const defaults = useBrandDefaults();
  const [error, setError] = useState<string | null>(null);

  async function submit(values: ProfileFormValues) {
    setError(null);
    const externalId = values.externalId.trim();
    if (!externalId) {
      setError('An external id is required.');
      return;
    }
    try {
      const { data } = await createProfile({
        variables: {
          input: {
            externalId,
            email: optionalText(values.email),
            firstName: optionalText(values.firstName),
            lastName: optionalText(values.lastName),
            birthDate: optionalText(values.birthDate),
            tier: optionalText(values.tier),
            // Left empty, the server uses the brand's zone.
            timezone: optionalText(values.timezone),
            isStaff: values.isStaff,
          },
        },
      });
      if (data) await navigate(`/profiles/${data.createProfile.id}`);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <section className="card" aria-labelledby="new-profile-heading">
      <h2 id="new-profile-heading">New profile</h2>
      <ProfileForm
        initial={emptyProfileValues}
        withExternalId
        timezonePlaceholder={
          defaults ? `${defaults.defaultTimezone} (brand default)` : 'Brand default'
        }
        submitLabel="Create profile"
        submittingLabel="Creating…"
        error={error}
        onSubmit={submit}
        onCancel={onCancel}
      />
    </section>
  );
}
