import { graphql } from '../../graphql/generated';

// The catalog lists. Apart from their pages, so that the catalog's mutation hooks can refetch
// them without importing the pages (which import the hooks).

export const RewardDefinitionsQuery = graphql(`
  query RewardDefinitions($includeArchived: Boolean) {
    rewardDefinitions(includeArchived: $includeArchived) {
      id
      ...DefinitionRow_definition
    }
  }
`);

export const RewardTypesQuery = graphql(`
  query RewardTypes($includeArchived: Boolean) {
    rewardTypes(includeArchived: $includeArchived) {
      id
      ...RewardTypeRow_type
    }
  }
`);
