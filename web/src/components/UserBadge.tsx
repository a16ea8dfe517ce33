import { getFragmentData, graphql, type FragmentType } from '../graphql/generated';

export const UserBadge_UserFragment = graphql(`
  fragment UserBadge_user on User {
    name
    email
    role
  }
`);

export function UserBadge({ user }: { user: FragmentType<typeof UserBadge_UserFragment> }) {
  const { name, email, role } = getFragmentData(UserBadge_UserFragment, user);
  return (
    <div className="user-badge">
      <div className="user-badge-text">
        <span className="user-badge-name">{name}</span>
        <span className="user-badge-email">{email}</span>
      </div>
      <span className={`role-badge role-badge-${role.toLowerCase()}`} title="Role">
        {role}
      </span>
    </div>
  );
}
