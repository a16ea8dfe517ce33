import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { CatalogColumn } from '../../components/CatalogTable';
import { getFragmentData, graphql } from '../../graphql/generated';
import type { RewardTypeRow_TypeFragment as RewardType } from '../../graphql/generated/graphql';
import { CatalogPage } from './CatalogPage';
import { RewardTypeForm } from './RewardTypeForm';
import { RewardTypesQuery } from './queries';
import { useArchiveRewardType } from './rewardTypeHooks';

export const RewardTypeRow_TypeFragmentDoc = graphql(`
  fragment RewardTypeRow_type on RewardType {
    id
    key
    name
    description
    extensionEnabled
    extensionDays
    archived
  }
`);

const columns: readonly CatalogColumn[] = [
  { label: 'Name' },
  { label: 'Key' },
  { label: 'Self-service extension' },
  { label: 'Archived', hidden: true },
];

/** The cells of a reward type's row; the table adds the actions. */
function RewardTypeRow({ type: t }: { type: RewardType }) {
  return (
    <>
      <td data-label="Name">
        {t.name}
        {t.description && <div className="cell-note">{t.description}</div>}
      </td>
      <td data-label="Key">
        <code>{t.key}</code>
      </td>
      <td data-label="Self-service extension">
        {t.extensionEnabled ? `Yes, ${t.extensionDays} days` : 'No'}
      </td>
      <td>{t.archived ? <span className="status-badge status-voided">ARCHIVED</span> : ''}</td>
    </>
  );
}

export function RewardTypesPage() {
  const [includeArchived, setIncludeArchived] = useState(false);
  const { data, error, loading } = useQuery(RewardTypesQuery, {
    variables: { includeArchived },
  });
  const [archiveType] = useArchiveRewardType();

  return (
    <CatalogPage
      title="Reward types"
      intro="Types group rewards for reporting and carry the self-service extension policy."
      newLabel="New reward type"
      newTitle="New reward type"
      columns={columns}
      entries={getFragmentData(RewardTypeRow_TypeFragmentDoc, data?.rewardTypes)}
      loading={loading}
      error={error}
      empty="No reward types."
      includeArchived={includeArchived}
      onIncludeArchivedChange={setIncludeArchived}
      onArchive={(t) => archiveType({ variables: { id: t.id } })}
      renderCells={(t) => <RewardTypeRow type={t} />}
      renderForm={(existing, close) => (
        <RewardTypeForm existing={existing} onDone={close} onCancel={close} />
      )}
    />
  );
}
