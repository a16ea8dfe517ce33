import { useMutation } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';

/** Definitions to issue from; with includeArchived, to name the one a past job used. */
export const BulkDefinitionsQuery = graphql(`
  query BulkDefinitions($includeArchived: Boolean) {
    rewardDefinitions(includeArchived: $includeArchived) {
      id
      name
      archived
      value {
        amount
        currency
      }
    }
  }
`);

/** The MANAGER issue limits, shown before an upload is sent. */
export const BulkIssueLimitsQuery = graphql(`
  query BulkIssueLimits {
    settings {
      defaultTimezone
      managerIssueLimit
      managerDailyIssueLimit
    }
  }
`);

export const BulkIssueJobQuery = graphql(`
  query BulkIssueJob($id: ID!) {
    bulkIssueJob(id: $id) {
      id
      status
      total
      processed
      failed
      errors
      definitionId
      reason
      createdAt
      finishedAt
    }
  }
`);

export const BulkIssueRewardsCsvMutation = graphql(`
  mutation BulkIssueRewardsCsv($input: BulkIssueCsvInput!) {
    bulkIssueRewardsCsv(input: $input) {
      id
      status
      total
      processed
      failed
      errors
      definitionId
      reason
      createdAt
      finishedAt
    }
  }
`);

/** Starts a bulk issue from a CSV upload; the job's page follows it from there. */
export function useBulkIssueRewardsCsv() {
  return useMutation(BulkIssueRewardsCsvMutation);
}
