import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../graphql/generated';
import { formatDay } from '../../lib/dates';
import { formatMoney } from '../../lib/money';
import { optionalText } from '../../lib/text';
import { ProfileForm, type ProfileFormValues } from './ProfileForm';
import { useUpdateProfile } from './useUpdateProfile';

export const ProfileDetails_ProfileFragment = graphql(`
  fragment ProfileDetails_profile on Profile {
    id
    externalId
    firstName
    lastName
    email
    birthDate
    timezone
    tier
    isStaff
    joinedAt
    lifetimeSpend {
      amount
      currency
    }
  }
`);

export function ProfileDetails({
  profile,
}: {
  profile: FragmentType<typeof ProfileDetails_ProfileFragment>;
}) {
  const p = getFragmentData(ProfileDetails_ProfileFragment, profile);
  const [updateProfile] = useUpdateProfile();
  const [editing, setEditing] = useState(false);

  async function save(values: ProfileFormValues) {
    await updateProfile({
      variables: {
        id: p.id,
        input: {
          email: optionalText(values.email),
          firstName: optionalText(values.firstName),
          lastName: optionalText(values.lastName),
          birthDate: optionalText(values.birthDate),
          tier: optionalText(values.tier),
          isStaff: values.isStaff,
          // A profile always has a zone; an empty field leaves it unchanged.
          ...(values.timezone.trim() ? { timezone: values.timezone.trim() } : {}),
        },
      },
    });
    setEditing(false);
  }

  return (
    <section className="card" aria-labelledby="details-heading">
      <div className="section-header">
        <h2 id="details-heading">Details</h2>
        {!editing && (
          <button type="button" className="button button-small" onClick={() => setEditing(true)}>
            Edit details
          </button>
        )}
      </div>
      {editing ? (
        <ProfileForm
          initial={{
            externalId: p.externalId,
            email: p.email ?? '',
            firstName: p.firstName ?? '',
            lastName: p.lastName ?? '',
            birthDate: p.birthDate ?? '',
            timezone: p.timezone,
            tier: p.tier ?? '',
            isStaff: p.isStaff,
          }}
          withExternalId={false}
          submitLabel="Save details"
          submittingLabel="Saving…"
          onSubmit={save}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <dl className="details">
          <dt>External id</dt>
          <dd>
            <code>{p.externalId}</code>
          </dd>
          <dt>Email</dt>
          <dd>{p.email ?? '—'}</dd>
          <dt>First name</dt>
          <dd>{p.firstName ?? '—'}</dd>
          <dt>Last name</dt>
          <dd>{p.lastName ?? '—'}</dd>
          <dt>Birth date</dt>
          <dd>{p.birthDate ?? '—'}</dd>
          <dt>Timezone</dt>
          <dd>{p.timezone}</dd>
          <dt>Tier</dt>
          <dd>{p.tier ?? '—'}</dd>
          <dt>Staff</dt>
          <dd>{p.isStaff ? 'Yes' : 'No'}</dd>
          <dt>Joined</dt>
          <dd>{formatDay(p.joinedAt, p.timezone)}</dd>
          <dt>Lifetime spend</dt>
          <dd>{formatMoney(p.lifetimeSpend.amount, p.lifetimeSpend.currency)}</dd>
        </dl>
      )}
    </section>
  );
}
