import { graphql } from '../../graphql/generated';

// The reactions screen's documents. Apart from the components, so that the mutation hooks can
// refetch the lists without importing the pages (which import the hooks).

/** A definition as the reactions screen shows it: what a reaction issues. */
export const ReactionDefinition_DefinitionFragment = graphql(`
  fragment ReactionDefinition_definition on RewardDefinition {
    id
    handle
    name
    value {
      amount
      currency
    }
    expiryPeriod
    expiryUnit
    absoluteExpiry
    activationDelayDays
    assignable
    published
    archived
  }
`);

/** Everything the list shows and the form edits; also what a pause sends back. */
export const ReactionRow_ReactionFragment = graphql(`
  fragment ReactionRow_reaction on Reaction {
    id
    name
    event
    customEvent
    condition
    spendThreshold
    spendRepeatEvery
    lapsedDays
    claimable
    active
    definition {
      id
      ...ReactionDefinition_definition
    }
  }
`);

export const ReactionsQuery = graphql(`
  query Reactions {
    reactions {
      id
      ...ReactionRow_reaction
    }
  }
`);

/** The definitions the form offers (it keeps those fit to issue from). */
export const ReactionDefinitionsQuery = graphql(`
  query ReactionDefinitions {
    rewardDefinitions {
      id
      type {
        id
        name
      }
      ...ReactionDefinition_definition
    }
  }
`);

/** What a profile could claim now, on its page. */
export const ClaimableReactionsQuery = graphql(`
  query ClaimableReactions($profileId: ID!) {
    claimableReactions(profileId: $profileId) {
      id
      name
      definition {
        id
        ...ReactionDefinition_definition
      }
    }
  }
`);
