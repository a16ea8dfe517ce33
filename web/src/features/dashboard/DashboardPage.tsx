import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Role } from '../../graphql/generated/graphql';
import { errorMessage } from '../../lib/errors';
import './dashboard.css';
import { DashboardQuery } from './queries';
import { Reports } from './Reports';

interface RoleSummary {
  title: string;
  intro: string;
  abilities: readonly string[];
  note?: string;
}

// What each role may do, as set out in the access rules of the product.
const roleSummaries: Record<Role, RoleSummary> = {
  ADMIN: {
    title: 'Administrator',
    intro:
      'You have full access. You set up how rewards work for the brand, and you can serve customers too.',
    abilities: [
      'See what the brand owes, what expires, and what is issued and redeemed over time.',
      'Configure reward types and their self-service extension policy.',
      'Create, publish and archive reward definitions.',
      'Manage brand settings such as the redemption policy and manager issue limits.',
      'Manage staff users and their roles.',
      'Create and revoke API keys for integrations.',
      'Serve customers: issue, extend, void, redeem, hold, reverse and return rewards.',
    ],
  },
  MANAGER: {
    title: 'Manager',
    intro: 'You serve customers and can read everything in the service.',
    abilities: [
      'See what the brand owes, what expires, and what is issued and redeemed over time.',
      'Look up customer profiles and their reward balances.',
      'Issue rewards within your single and daily issue limits.',
      'Extend and void rewards, and send self-service extension links.',
      'Redeem, hold, reverse and return rewards at checkout.',
      'Update and archive existing reward types and definitions.',
    ],
    note: 'Creating reward types and definitions, brand settings, staff users and API keys is for administrators.',
  },
};

interface QuickLink {
  to: string;
  label: string;
  description: string;
  roles?: readonly Role[];
}

const quickLinks: readonly QuickLink[] = [
  {
    to: '/profiles',
    label: 'Profiles',
    description: 'Look up customers, add a profile, and issue, extend, void or redeem rewards.',
  },
  {
    to: '/redemptions',
    label: 'Find redemption',
    description: 'Look up a redemption by transaction id, receipt or location to return it.',
    roles: ['ADMIN', 'MANAGER'],
  },
  {
    to: '/definitions',
    label: 'Reward definitions',
    description: 'The templates rewards are issued from: value, currency and expiry.',
  },
  {
    to: '/reward-types',
    label: 'Reward types',
    description: 'Reporting groups and their self-service extension policy.',
  },
  {
    to: '/settings',
    label: 'Settings',
    description: 'Redemption policy, manager issue limits, default currency and zone.',
    roles: ['ADMIN'],
  },
];

function FindCustomer() {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = query.trim();
    void navigate(q ? `/profiles?q=${encodeURIComponent(q)}` : '/profiles');
  }

  return (
    <section className="card" aria-labelledby="find-customer-heading">
      <h2 id="find-customer-heading">Find a customer</h2>
      <form className="search-form" role="search" onSubmit={submit}>
        <label htmlFor="dashboard-search" className="visually-hidden">
          Name, email or external id
        </label>
        <input
          id="dashboard-search"
          type="search"
          placeholder="Name, email or external id"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="submit" className="button button-primary">
          Search
        </button>
      </form>
    </section>
  );
}

export function DashboardPage() {
  const { data, error } = useQuery(DashboardQuery);

  if (error) {
    return (
      <p role="alert" className="form-error">
        {errorMessage(error)}
      </p>
    );
  }
  if (!data?.me) return null;

  const { name, role } = data.me;
  const summary = roleSummaries[role];

  return (
    <div className="page page-wide dashboard">
      <title>Dashboard · Rewards</title>
      <h1>Welcome, {name}</h1>
      <Reports />
      <div className="dashboard-secondary">
        <div className="dashboard-secondary-main">
          <FindCustomer />
          <nav className="quick-links" aria-label="Shortcuts">
            {quickLinks
              .filter((link) => !link.roles || link.roles.includes(role))
              .map((link) => (
                <Link key={link.to} to={link.to} className="quick-link">
                  <span className="quick-link-label">{link.label}</span>
                  <span className="quick-link-description">{link.description}</span>
                </Link>
              ))}
          </nav>
        </div>
        <section className="card role-card" aria-labelledby="role-heading">
          <h2 id="role-heading">Your role: {summary.title}</h2>
          <p>{summary.intro}</p>
          <ul className="ability-list">
            {summary.abilities.map((ability) => (
              <li key={ability}>{ability}</li>
            ))}
          </ul>
          {summary.note && <p className="muted">{summary.note}</p>}
        </section>
      </div>
    </div>
  );
}
