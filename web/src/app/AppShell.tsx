import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { UserBadge } from '../components/UserBadge';
import { RoleProvider } from '../features/auth/role';
import { BrandDefaultsQuery } from '../features/settings/brandDefaults';
import { getFragmentData, graphql, type FragmentType } from '../graphql/generated';
import type { Role } from '../graphql/generated/graphql';
import { TimeZoneProvider } from '../lib/timeZone';
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
      { to: '/bulk-issue', label: 'Bulk issue', roles: ['ADMIN', 'MANAGER'] },
    ],
  },
  {
    label: 'Catalog',
    items: [
      { to: '/definitions', label: 'Reward definitions' },
      { to: '/reward-types', label: 'Reward types' },
      { to: '/reactions', label: 'Reactions' },
    ],
  },
  {
    label: 'Brand',
    items: [
      { to: '/settings', label: 'Settings', roles: ['ADMIN'] },
      { to: '/staff', label: 'Staff users', roles: ['ADMIN'] },
      { to: '/api-keys', label: 'API keys', roles: ['ADMIN'] },
      { to: '/webhooks', label: 'Webhooks', roles: ['ADMIN'] },
    ],
  },
];

/** The zone the browser runs in: until the brand's is known, or if it cannot be read. */
const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function AppShell({ user }: { user: FragmentType<typeof AppShell_UserFragment> }) {
  const data = getFragmentData(AppShell_UserFragment, user);
  // Times outside customer pages are in the brand's zone.
  const brand = useQuery(BrandDefaultsQuery).data?.settings;
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  // Following a link closes the phone menu.
  useEffect(() => setMenuOpen(false), [location.pathname]);
  const sections = navSections
    .map((section) => ({
      ...section,
      items: section.items.filter((item) => !item.roles || item.roles.includes(data.role)),
    }))
    .filter((section) => section.items.length > 0);

  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="shell-header">
        <button
          type="button"
          className="button menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {menuOpen ? 'Close menu' : 'Menu'}
        </button>
        <Link to="/" className="brand">
          Rewards
        </Link>
        <div className="shell-header-user">
          <UserBadge user={data} />
          <SignOutButton />
        </div>
      </header>
      <div className="shell-body">
        <nav
          id="main-nav"
          className={menuOpen ? 'shell-nav shell-nav-open' : 'shell-nav'}
          aria-label="Main"
        >
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
        <main className="shell-main" id="main" tabIndex={-1}>
          <RoleProvider role={data.role}>
            <TimeZoneProvider zone={brand?.defaultTimezone ?? BROWSER_ZONE}>
              <Outlet />
            </TimeZoneProvider>
          </RoleProvider>
        </main>
      </div>
    </div>
  );
}
