import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { CatalogColumn } from '../../components/CatalogTable';
import { getFragmentData, graphql } from '../../graphql/generated';
import type { DefinitionRow_DefinitionFragment as Definition } from '../../graphql/generated/graphql';
import { formatMoney } from '../../lib/money';
import { permissions, useRole } from '../auth/role';
import { useTimeZone } from '../../lib/timeZone';
import { expiryRule } from '../rewards/expiryRule';
import { CatalogPage } from './CatalogPage';
import { DefinitionForm } from './DefinitionForm';
import { useArchiveRewardDefinition } from './definitionHooks';
import { RewardDefinitionsQuery } from './queries';

export const DefinitionRow_DefinitionFragmentDoc = graphql(`
  fragment DefinitionRow_definition on RewardDefinition {
    id
    handle
    name
    description
    value {
      amount
      currency
    }
    expiryPeriod
    expiryUnit
    absoluteExpiry
    assignable
    published
    archived
    type {
      id
      name
    }
  }
`);

const columns: readonly CatalogColumn[] = [
  { label: 'Handle' },
  { label: 'Name' },
  { label: 'Type' },
  { label: 'Value', numeric: true },
  { label: 'Expiry' },
  { label: 'Flags' },
];

function Flag({ on, label }: { on: boolean; label: string }) {
  return on ? <span className="flag">{label}</span> : null;
}

/** The cells of a definition's row; the table adds the actions. */
function DefinitionRow({ definition: d }: { definition: Definition }) {
  const timeZone = useTimeZone();
  return (
    <>
      <td data-label="Handle">
        <code>{d.handle}</code>
      </td>
      <td data-label="Name">
        {d.name}
        {d.description && <div className="cell-note">{d.description}</div>}
      </td>
      <td data-label="Type">{d.type.name}</td>
      <td className="num" data-label="Value">
        {formatMoney(d.value.amount, d.value.currency)}
      </td>
      <td data-label="Expiry">{expiryRule(d, timeZone)}</td>
      <td data-label="Flags">
        <div className="flags">
          <Flag on={d.assignable} label="assignable" />
          <Flag on={d.published} label="published" />
          {d.archived && <span className="status-badge status-voided">ARCHIVED</span>}
        </div>
      </td>
    </>
  );
}

export function DefinitionsPage() {
  const role = useRole();
  const [includeArchived, setIncludeArchived] = useState(false);
  const { data, error, loading } = useQuery(RewardDefinitionsQuery, {
    variables: { includeArchived },
  });
  const [archiveDefinition] = useArchiveRewardDefinition();

  return (
    <CatalogPage
      title="Reward definitions"
      intro="The templates rewards are issued from: value, currency and expiry."
      newLabel="New definition"
      newTitle="New reward definition"
      columns={columns}
      entries={getFragmentData(DefinitionRow_DefinitionFragmentDoc, data?.rewardDefinitions)}
      loading={loading}
      error={error}
      empty={
        <>
          No reward definitions yet.
          {permissions.createCatalog(role) ? ' Create one to start issuing rewards.' : ''}
        </>
      }
      includeArchived={includeArchived}
      onIncludeArchivedChange={setIncludeArchived}
      onArchive={(d) => archiveDefinition({ variables: { id: d.id } })}
      renderCells={(d) => <DefinitionRow definition={d} />}
      scroll
      renderForm={(existing, close) => (
        <DefinitionForm existing={existing} onDone={close} onCancel={close} />
      )}
    />
  );
}
