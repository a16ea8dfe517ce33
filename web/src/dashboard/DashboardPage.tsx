import { useQuery } from '@apollo/client/react';
import { graphql } from '../graphql/generated';
import type { Role } from '../graphql/generated/graphql';
import { errorMessage } from '../lib/errors';

const DashboardQuery = graphql(`
  query Dashboard {
    me {
      id
      name
      role
    }
  }
`);

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
      'Look up customer profiles and their reward balances.',
      'Issue rewards within your single and daily issue limits.',
      'Extend and void rewards, and send self-service extension links.',
      'Redeem, hold, reverse and return rewards at checkout.',
      'Update and archive existing reward types and definitions.',
    ],
    note: 'Creating reward types and definitions, brand settings, staff users and API keys is for administrators.',
  },
};

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
    <div className="page">
      <title>Dashboard · Rewards</title>
      <h1>Welcome, {name}</h1>
      <section className="card" aria-labelledby="role-heading">
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
  );
}
