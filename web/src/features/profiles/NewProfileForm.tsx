import { useNavigate } from 'react-router';
import { optionalText } from '../../lib/text';
import { useBrandDefaults } from '../settings/brandDefaults';
import { emptyProfileValues, ProfileForm, type ProfileFormValues } from './ProfileForm';
import { useCreateProfile } from './useCreateProfile';

export function NewProfileForm({ onCancel }: { onCancel: () => void }) {
  const [createProfile] = useCreateProfile();
  const navigate = useNavigate();
  const defaults = useBrandDefaults();

  async function submit(values: ProfileFormValues) {
    const externalId = values.externalId.trim();
    if (!externalId) return { fields: { externalId: 'Give the brand’s customer id.' } };
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
  }

  return (
    <section className="card" aria-labelledby="new-profile-heading">
      <h2 id="new-profile-heading">New profile</h2>
      <ProfileForm
        initial={emptyProfileValues}
        withExternalId
        timezoneDefault={defaults?.defaultTimezone ?? 'the brand’s'}
        submitLabel="Create profile"
        submittingLabel="Creating…"
        onSubmit={submit}
        onCancel={onCancel}
      />
    </section>
  );
}
