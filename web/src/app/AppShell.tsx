import { Link, NavLink, Outlet } from 'react-router';
import { UserBadge } from '../components/UserBadge';
import { RoleProvider } from '../features/auth/role';
import { getFragmentData, graphql, type FragmentType } from '../graphql/generated';
import type { Role } from '../graphql/generated/graphql';
import { SignOutButton } from './SignOutButton';

export const AppShell_UserFragment = graphql(`
  fragment AppShell_user on User {
    id
    role
    ...UserBadge_user
  }
`);

interface NavItem {
  to: string;
  label: string;
  /** Roles that see the link; every role when absent. */
  roles?: readonly Role[];
}

interface NavSection {
  label: string;
  items: readonly NavItem[];
}

// Only pages that exist are linked.
const navSections: readonly NavSection[] = [
  { label: 'Overview', items: [{ to: '/', label: 'Dashboard' }] },
  {
    label: 'Customers',
    items: [
      { to: '/profiles', label: 'Profiles' },
      { to: '/redemptions', label: 'Find redemption', roles: ['ADMIN', 'MANAGER'] },
    ],
  },
  {
    label: 'Catalog',
    items: [
      { to: '/definitions', label: 'Reward definitions' },
      { to: '/reward-types', label: 'Reward types' },
    ],
  },
  { label: 'Brand', items: [{ to: '/settings', label: 'Settings', roles: ['ADMIN'] }] },
];

export function AppShell({ user }: { user: FragmentType<typeof AppShell_UserFragment> }) {
  const data = getFragmentData(AppShell_UserFragment, user);
  const sections = navSections
    .map((section) => ({
      ...section,
      items: section.items.filter((item) => !item.roles || item.roles.includes(data.role)),
    }))
    .filter((section) => section.items.length > 0);

  return (
    <div className="shell">
      <header className="shell-header">
        <Link to="/" className="brand">
          Rewards
        </Link>
        <div className="shell-header-user">
          <UserBadge user={data} />
          <SignOutButton />
        </div>
      </header>
      <div className="shell-body">
        <nav className="shell-nav" aria-label="Main">
          {sections.map((section) => (
            <section key={section.label} className="nav-section">
              <h2 className="nav-section-label">{section.label}</h2>
              <ul>
                {section.items.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.to === '/'} className="nav-link">
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </nav>
        <main className="shell-main">
          <RoleProvider role={data.role}>
            <Outlet />
          </RoleProvider>
        </main>
      </div>
    </div>
  );
}
