/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment AppShell_user on User {\n    id\n    role\n    ...UserBadge_user\n  }\n': typeof types.AppShell_UserFragmentDoc;
  '\n  fragment UserBadge_user on User {\n    name\n    email\n    role\n  }\n': typeof types.UserBadge_UserFragmentDoc;
  '\n  query StaffUsers {\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n': typeof types.StaffUsersDocument;
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n': typeof types.CreateUserDocument;
  '\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n': typeof types.SetUserActiveDocument;
  '\n  mutation SetUserRole($id: ID!, $role: Role!) {\n    setUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n': typeof types.SetUserRoleDocument;
  '\n  mutation CreatePasswordLink($userId: ID!) {\n    createPasswordLink(userId: $userId) {\n      url\n      expiresAt\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n': typeof types.CreatePasswordLinkDocument;
  '\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n': typeof types.ApiKeysDocument;
  '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n': typeof types.CreateApiKeyDocument;
  '\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n': typeof types.RevokeApiKeyDocument;
  '\n  query CurrentUser {\n    me {\n      id\n      ...AppShell_user\n    }\n  }\n': typeof types.CurrentUserDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  query BulkDefinitions($includeArchived: Boolean) {\n    rewardDefinitions(includeArchived: $includeArchived) {\n      id\n      name\n      archived\n      value {\n        amount\n        currency\n      }\n    }\n  }\n': typeof types.BulkDefinitionsDocument;
  '\n  query BulkIssueLimits {\n    settings {\n      defaultTimezone\n      managerIssueLimit\n      managerDailyIssueLimit\n    }\n  }\n': typeof types.BulkIssueLimitsDocument;
  '\n  query BulkIssueJob($id: ID!) {\n    bulkIssueJob(id: $id) {\n      id\n      status\n      total\n      processed\n      failed\n      errors\n      definitionId\n      reason\n      createdAt\n      finishedAt\n    }\n  }\n': typeof types.BulkIssueJobDocument;
  '\n  mutation BulkIssueRewardsCsv($input: BulkIssueCsvInput!) {\n    bulkIssueRewardsCsv(input: $input) {\n      id\n      status\n      total\n      processed\n      failed\n      errors\n      definitionId\n      reason\n      createdAt\n      finishedAt\n    }\n  }\n': typeof types.BulkIssueRewardsCsvDocument;
  '\n  query DefinitionFormTypes {\n    rewardTypes {\n      id\n      name\n      archived\n    }\n  }\n': typeof types.DefinitionFormTypesDocument;
  '\n  fragment DefinitionRow_definition on RewardDefinition {\n    id\n    handle\n    name\n    description\n    value {\n      amount\n      currency\n    }\n    expiryPeriod\n    expiryUnit\n    absoluteExpiry\n    assignable\n    published\n    archived\n    type {\n      id\n      name\n    }\n  }\n': typeof types.DefinitionRow_DefinitionFragmentDoc;
  '\n  fragment RewardTypeRow_type on RewardType {\n    id\n    key\n    name\n    description\n    extensionEnabled\n    extensionDays\n    archived\n  }\n': typeof types.RewardTypeRow_TypeFragmentDoc;
  '\n  mutation CreateRewardDefinition($input: RewardDefinitionInput!) {\n    createRewardDefinition(input: $input) {\n      id\n      ...DefinitionRow_definition\n    }\n  }\n': typeof types.CreateRewardDefinitionDocument;
  '\n  mutation UpdateRewardDefinition($id: ID!, $input: RewardDefinitionInput!) {\n    updateRewardDefinition(id: $id, input: $input) {\n      id\n      ...DefinitionRow_definition\n    }\n  }\n': typeof types.UpdateRewardDefinitionDocument;
  '\n  mutation ArchiveRewardDefinition($id: ID!) {\n    archiveRewardDefinition(id: $id) {\n      id\n      ...DefinitionRow_definition\n    }\n  }\n': typeof types.ArchiveRewardDefinitionDocument;
  '\n  query RewardDefinitions($includeArchived: Boolean) {\n    rewardDefinitions(includeArchived: $includeArchived) {\n      id\n      ...DefinitionRow_definition\n    }\n  }\n': typeof types.RewardDefinitionsDocument;
  '\n  query RewardTypes($includeArchived: Boolean) {\n    rewardTypes(includeArchived: $includeArchived) {\n      id\n      ...RewardTypeRow_type\n    }\n  }\n': typeof types.RewardTypesDocument;
  '\n  mutation CreateRewardType($input: RewardTypeInput!) {\n    createRewardType(input: $input) {\n      id\n      ...RewardTypeRow_type\n    }\n  }\n': typeof types.CreateRewardTypeDocument;
  '\n  mutation UpdateRewardType($id: ID!, $input: RewardTypeInput!) {\n    updateRewardType(id: $id, input: $input) {\n      id\n      ...RewardTypeRow_type\n    }\n  }\n': typeof types.UpdateRewardTypeDocument;
  '\n  mutation ArchiveRewardType($id: ID!) {\n    archiveRewardType(id: $id) {\n      id\n      ...RewardTypeRow_type\n    }\n  }\n': typeof types.ArchiveRewardTypeDocument;
  '\n  query Dashboard {\n    me {\n      id\n      name\n      role\n    }\n  }\n': typeof types.DashboardDocument;
  '\n  query DashboardCurrencies {\n    rewardDefinitions(includeArchived: true) {\n      id\n      value {\n        amount\n        currency\n      }\n    }\n  }\n': typeof types.DashboardCurrenciesDocument;
  '\n  query DashboardBalances($currency: String!, $breakageFrom: DateTime!, $breakageTo: DateTime!) {\n    liability(currency: $currency) {\n      currency\n      outstanding {\n        amount\n        currency\n      }\n      expiringSoon {\n        amount\n        currency\n      }\n      byExpiryMonth {\n        month\n        rewardCount\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n    breakage(currency: $currency, from: $breakageFrom, to: $breakageTo) {\n      month\n      rewardCount\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n': typeof types.DashboardBalancesDocument;
  '\n  fragment Dashboard_activityRow on ActivityRow {\n    period\n    rewardType\n    rewardTypeName\n    issued {\n      amount\n      currency\n    }\n    redeemed {\n      amount\n      currency\n    }\n    restored {\n      amount\n      currency\n    }\n    expired {\n      amount\n      currency\n    }\n    voided {\n      amount\n      currency\n    }\n  }\n': typeof types.Dashboard_ActivityRowFragmentDoc;
  '\n  query DashboardActivity($from: DateTime!, $to: DateTime!, $interval: ReportInterval!) {\n    activity(from: $from, to: $to, interval: $interval) {\n      ...Dashboard_activityRow\n    }\n  }\n': typeof types.DashboardActivityDocument;
  '\n  fragment BalanceCard_balance on RewardBalance {\n    currency\n    available {\n      amount\n      currency\n    }\n    held {\n      amount\n      currency\n    }\n    expiringSoon {\n      amount\n      currency\n    }\n    activeRewardCount\n    nextExpiry\n  }\n': typeof types.BalanceCard_BalanceFragmentDoc;
  '\n  fragment ProfileDetails_profile on Profile {\n    id\n    externalId\n    firstName\n    lastName\n    email\n    birthDate\n    timezone\n    tier\n    isStaff\n    joinedAt\n    lifetimeSpend {\n      amount\n      currency\n    }\n  }\n': typeof types.ProfileDetails_ProfileFragmentDoc;
  '\n  fragment ProfileRow_profile on Profile {\n    id\n    externalId\n    firstName\n    lastName\n    email\n    tier\n    balance {\n      currency\n      available {\n        amount\n        currency\n      }\n      activeRewardCount\n      nextExpiry\n    }\n  }\n': typeof types.ProfileRow_ProfileFragmentDoc;
  '\n  query Profiles($search: String, $first: Int, $after: String) {\n    profiles(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ProfileRow_profile\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.ProfilesDocument;
  '\n  query ProfilePage($id: ID!) {\n    profile(id: $id) {\n      id\n      externalId\n      firstName\n      lastName\n      timezone\n      ...ProfileDetails_profile\n      balance {\n        currency\n        ...BalanceCard_balance\n      }\n      balances {\n        currency\n        ...BalanceCard_balance\n      }\n    }\n  }\n': typeof types.ProfilePageDocument;
  '\n  mutation CreateProfile($input: ProfileInput!) {\n    createProfile(input: $input) {\n      id\n      externalId\n    }\n  }\n': typeof types.CreateProfileDocument;
  '\n  mutation UpdateProfile($id: ID!, $input: UpdateProfileInput!) {\n    updateProfile(id: $id, input: $input) {\n      id\n      ...ProfileDetails_profile\n    }\n  }\n': typeof types.UpdateProfileDocument;
  '\n  fragment ReactionDefinition_definition on RewardDefinition {\n    id\n    handle\n    name\n    value {\n      amount\n      currency\n    }\n    expiryPeriod\n    expiryUnit\n    absoluteExpiry\n    activationDelayDays\n    assignable\n    published\n    archived\n  }\n': typeof types.ReactionDefinition_DefinitionFragmentDoc;
  '\n  fragment ReactionRow_reaction on Reaction {\n    id\n    name\n    event\n    customEvent\n    condition\n    spendThreshold\n    spendRepeatEvery\n    lapsedDays\n    claimable\n    active\n    definition {\n      id\n      ...ReactionDefinition_definition\n    }\n  }\n': typeof types.ReactionRow_ReactionFragmentDoc;
  '\n  query Reactions {\n    reactions {\n      id\n      ...ReactionRow_reaction\n    }\n  }\n': typeof types.ReactionsDocument;
  '\n  query ReactionDefinitions {\n    rewardDefinitions {\n      id\n      type {\n        id\n        name\n      }\n      ...ReactionDefinition_definition\n    }\n  }\n': typeof types.ReactionDefinitionsDocument;
  '\n  query ClaimableReactions($profileId: ID!) {\n    claimableReactions(profileId: $profileId) {\n      id\n      name\n      definition {\n        id\n        ...ReactionDefinition_definition\n      }\n    }\n  }\n': typeof types.ClaimableReactionsDocument;
  '\n  mutation CreateReaction($input: ReactionInput!) {\n    createReaction(input: $input) {\n      id\n      ...ReactionRow_reaction\n    }\n  }\n': typeof types.CreateReactionDocument;
  '\n  mutation UpdateReaction($id: ID!, $input: ReactionInput!) {\n    updateReaction(id: $id, input: $input) {\n      id\n      ...ReactionRow_reaction\n    }\n  }\n': typeof types.UpdateReactionDocument;
  '\n  mutation ClaimReward($input: ClaimRewardInput!) {\n    claimReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        expiresAt\n        timezone\n        valueInitial {\n          amount\n          currency\n        }\n      }\n      ... on NotEligibleError {\n        errorCode\n        message\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n': typeof types.ClaimRewardDocument;
  '\n  query FindRedemptions(\n    $transactionExternalId: String\n    $receiptRef: String\n    $locationId: String\n    $first: Int\n    $after: String\n  ) {\n    redemptions(\n      transactionExternalId: $transactionExternalId\n      receiptRef: $receiptRef\n      locationId: $locationId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          profile {\n            id\n            externalId\n            firstName\n            lastName\n          }\n          ...RedemptionRow_redemption\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.FindRedemptionsDocument;
  '\n  fragment HoldRow_hold on RewardHold {\n    id\n    status\n    expiresAt\n    redemptionId\n    amount {\n      amount\n      currency\n    }\n    allocations {\n      amount {\n        amount\n        currency\n      }\n      reward {\n        id\n        definition {\n          id\n          name\n        }\n      }\n    }\n    lineDiscounts {\n      lineId\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n': typeof types.HoldRow_HoldFragmentDoc;
  '\n  query RedemptionPreview($input: PreviewRedemptionInput!) {\n    previewRedemption(input: $input) {\n      amount {\n        amount\n        currency\n      }\n      maxRedeemable {\n        amount\n        currency\n      }\n      eligibleSubtotal {\n        amount\n        currency\n      }\n      lineDiscounts {\n        lineId\n        amount {\n          amount\n          currency\n        }\n      }\n      allocations {\n        amount {\n          amount\n          currency\n        }\n        reward {\n          id\n          expiresAt\n          timezone\n          definition {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.RedemptionPreviewDocument;
  '\n  query RedemptionPolicy {\n    settings {\n      excludedCategories\n      minimumSpend\n      maxRedemptionPercent\n      maxRedemptionAmount\n    }\n  }\n': typeof types.RedemptionPolicyDocument;
  '\n  fragment RedemptionRow_redemption on Redemption {\n    id\n    createdAt\n    createdBy\n    createdByLabel\n    status\n    reversedAt\n    transactionExternalId\n    receiptRef\n    locationId\n    amount {\n      amount\n      currency\n    }\n    requested {\n      amount\n      currency\n    }\n    returned {\n      amount\n      currency\n    }\n    allocations {\n      amount {\n        amount\n        currency\n      }\n      reward {\n        id\n        definition {\n          id\n          name\n        }\n      }\n    }\n    lineDiscounts {\n      lineId\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n': typeof types.RedemptionRow_RedemptionFragmentDoc;
  '\n  query ProfileRedemptions($id: ID!, $first: Int, $after: String) {\n    profile(id: $id) {\n      id\n      redemptions(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...RedemptionRow_redemption\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.ProfileRedemptionsDocument;
  '\n  query ProfileHolds($id: ID!, $activeOnly: Boolean!) {\n    profile(id: $id) {\n      id\n      holds(activeOnly: $activeOnly) {\n        id\n        ...HoldRow_hold\n      }\n      # Whether there is any hold at all, live or past: without one the section is not shown.\n      everHeld: holds(activeOnly: false) {\n        id\n      }\n    }\n  }\n': typeof types.ProfileHoldsDocument;
  '\n  mutation Redeem($input: RedeemInput!) {\n    redeem(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        amount {\n          amount\n          currency\n        }\n        requested {\n          amount\n          currency\n        }\n        ...RedemptionRow_redemption\n      }\n      ... on InsufficientBalanceError {\n        errorCode\n        message\n        available {\n          amount\n          currency\n        }\n      }\n      ... on RedemptionPolicyError {\n        errorCode\n        message\n        maxAllowed {\n          amount\n          currency\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on IdempotencyConflictError {\n        errorCode\n        message\n      }\n    }\n  }\n': typeof types.RedeemDocument;
  '\n  mutation ReleaseHold($holdId: ID!) {\n    releaseHold(holdId: $holdId) {\n      __typename\n      ... on RewardHold {\n        id\n        ...HoldRow_hold\n      }\n      ... on HoldNotActiveError {\n        errorCode\n        message\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n': typeof types.ReleaseHoldDocument;
  '\n  mutation ReturnRedemption($input: ReturnRedemptionInput!) {\n    returnRedemption(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        ...RedemptionRow_redemption\n      }\n      ... on ReturnExceedsRedemptionError {\n        errorCode\n        message\n        returnable {\n          amount\n          currency\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on IdempotencyConflictError {\n        errorCode\n        message\n      }\n    }\n  }\n': typeof types.ReturnRedemptionDocument;
  '\n  mutation ReverseRedemption($input: ReverseRedemptionInput!) {\n    reverseRedemption(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        ...RedemptionRow_redemption\n      }\n      ... on ReversalWindowClosedError {\n        errorCode\n        message\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n': typeof types.ReverseRedemptionDocument;
  '\n  mutation CreateRewardExtensionLink($rewardId: ID!) {\n    createRewardExtensionLink(rewardId: $rewardId) {\n      __typename\n      ... on RewardExtensionLink {\n        url\n        expiresAt\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on RewardNotExtendableError {\n        errorCode\n        message\n      }\n    }\n  }\n': typeof types.CreateRewardExtensionLinkDocument;
  '\n  query IssuableDefinitions {\n    rewardDefinitions {\n      id\n      handle\n      name\n      archived\n      value {\n        amount\n        currency\n      }\n      expiryPeriod\n      expiryUnit\n      absoluteExpiry\n    }\n  }\n': typeof types.IssuableDefinitionsDocument;
  '\n  query IssueLimits {\n    settings {\n      defaultTimezone\n      managerIssueLimit\n      managerDailyIssueLimit\n    }\n  }\n': typeof types.IssueLimitsDocument;
  '\n  fragment LedgerRow_entry on LedgerEntry {\n    id\n    createdAt\n    type\n    actor\n    actorLabel\n    reason\n    expiresBefore\n    expiresAfter\n    amount {\n      amount\n      currency\n    }\n    balanceAfter {\n      amount\n      currency\n    }\n    reward {\n      id\n      definition {\n        id\n        name\n      }\n    }\n  }\n': typeof types.LedgerRow_EntryFragmentDoc;
  '\n  fragment RewardRow_reward on Reward {\n    id\n    status\n    source\n    reason\n    timezone\n    expiresAt\n    expiresLocal\n    extensionCount\n    voidedAt\n    voidReason\n    valueInitial {\n      amount\n      currency\n    }\n    valueRemaining {\n      amount\n      currency\n    }\n    definition {\n      id\n      name\n    }\n    type {\n      id\n      name\n      extensionEnabled\n      extensionDays\n    }\n  }\n': typeof types.RewardRow_RewardFragmentDoc;
  '\n  query ProfileRewards($id: ID!, $status: RewardStatus, $first: Int, $after: String) {\n    profile(id: $id) {\n      id\n      rewards(status: $status, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...RewardRow_reward\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.ProfileRewardsDocument;
  '\n  query ProfileLedger($id: ID!, $first: Int, $after: String) {\n    profile(id: $id) {\n      id\n      ledger(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...LedgerRow_entry\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.ProfileLedgerDocument;
  '\n  mutation ExtendReward($input: ExtendRewardInput!) {\n    extendReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        expiresAt\n        ...RewardRow_reward\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on RewardNotExtendableError {\n        errorCode\n        message\n      }\n      ... on RewardNotActiveError {\n        errorCode\n        message\n      }\n    }\n  }\n': typeof types.ExtendRewardDocument;
  '\n  mutation IssueReward($input: IssueRewardInput!) {\n    issueReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        status\n        valueInitial {\n          amount\n          currency\n        }\n        definition {\n          id\n          name\n        }\n      }\n      ... on IssueLimitExceededError {\n        errorCode\n        message\n        limit {\n          amount\n          currency\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on IdempotencyConflictError {\n        errorCode\n        message\n      }\n    }\n  }\n': typeof types.IssueRewardDocument;
  '\n  mutation VoidReward($input: VoidRewardInput!) {\n    voidReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        ...RewardRow_reward\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on RewardNotActiveError {\n        errorCode\n        message\n      }\n    }\n  }\n': typeof types.VoidRewardDocument;
  '\n  fragment SettingsForm_settings on Settings {\n    defaultCurrency\n    defaultTimezone\n    excludedCategories\n    minimumSpend\n    maxRedemptionPercent\n    maxRedemptionAmount\n    reversalWindowMinutes\n    returnGraceDays\n    managerIssueLimit\n    managerDailyIssueLimit\n    holdTtlSeconds\n  }\n': typeof types.SettingsForm_SettingsFragmentDoc;
  '\n  query SettingsPage {\n    settings {\n      ...SettingsForm_settings\n    }\n  }\n': typeof types.SettingsPageDocument;
  '\n  query BrandDefaults {\n    settings {\n      defaultCurrency\n      defaultTimezone\n    }\n  }\n': typeof types.BrandDefaultsDocument;
  '\n  mutation UpdateSettings($input: SettingsInput!) {\n    updateSettings(input: $input) {\n      ...SettingsForm_settings\n    }\n  }\n': typeof types.UpdateSettingsDocument;
  '\n  fragment DeliveryRow_delivery on WebhookDelivery {\n    id\n    eventType\n    status\n    createdAt\n    attemptCount\n    lastStatusCode\n    nextAttemptAt\n    deliveredAt\n    messageId\n    payload\n    attempts {\n      attemptedAt\n      durationMs\n      statusCode\n      succeeded\n      error\n    }\n  }\n': typeof types.DeliveryRow_DeliveryFragmentDoc;
  '\n  query Webhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      disabledReason\n      failingSince\n      createdAt\n    }\n  }\n': typeof types.WebhooksDocument;
  '\n  query WebhookDeliveries($id: ID!, $first: Int, $after: String) {\n    webhook(id: $id) {\n      id\n      url\n      events\n      active\n      disabledReason\n      failingSince\n      createdAt\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...DeliveryRow_delivery\n          }\n        }\n      }\n    }\n  }\n': typeof types.WebhookDeliveriesDocument;
  '\n  mutation CreateWebhook($input: WebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        active\n        disabledReason\n        failingSince\n        createdAt\n      }\n    }\n  }\n': typeof types.CreateWebhookDocument;
  '\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n': typeof types.DeleteWebhookDocument;
  '\n  mutation EnableWebhook($id: ID!) {\n    enableWebhook(id: $id) {\n      __typename\n      ... on Webhook {\n        id\n        active\n        disabledReason\n        failingSince\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n': typeof types.EnableWebhookDocument;
  '\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      __typename\n      ... on WebhookCreated {\n        secret\n        webhook {\n          id\n          url\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n': typeof types.RotateWebhookSecretDocument;
  '\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        ...DeliveryRow_delivery\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n': typeof types.RedeliverWebhookDocument;
};
const documents: Documents = {
  '\n  fragment AppShell_user on User {\n    id\n    role\n    ...UserBadge_user\n  }\n':
    types.AppShell_UserFragmentDoc,
  '\n  fragment UserBadge_user on User {\n    name\n    email\n    role\n  }\n':
    types.UserBadge_UserFragmentDoc,
  '\n  query StaffUsers {\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n':
    types.StaffUsersDocument,
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n':
    types.CreateUserDocument,
  '\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n':
    types.SetUserActiveDocument,
  '\n  mutation SetUserRole($id: ID!, $role: Role!) {\n    setUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n':
    types.SetUserRoleDocument,
  '\n  mutation CreatePasswordLink($userId: ID!) {\n    createPasswordLink(userId: $userId) {\n      url\n      expiresAt\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n':
    types.CreatePasswordLinkDocument,
  '\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n':
    types.ApiKeysDocument,
  '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n':
    types.CreateApiKeyDocument,
  '\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n':
    types.RevokeApiKeyDocument,
  '\n  query CurrentUser {\n    me {\n      id\n      ...AppShell_user\n    }\n  }\n':
    types.CurrentUserDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  query BulkDefinitions($includeArchived: Boolean) {\n    rewardDefinitions(includeArchived: $includeArchived) {\n      id\n      name\n      archived\n      value {\n        amount\n        currency\n      }\n    }\n  }\n':
    types.BulkDefinitionsDocument,
  '\n  query BulkIssueLimits {\n    settings {\n      defaultTimezone\n      managerIssueLimit\n      managerDailyIssueLimit\n    }\n  }\n':
    types.BulkIssueLimitsDocument,
  '\n  query BulkIssueJob($id: ID!) {\n    bulkIssueJob(id: $id) {\n      id\n      status\n      total\n      processed\n      failed\n      errors\n      definitionId\n      reason\n      createdAt\n      finishedAt\n    }\n  }\n':
    types.BulkIssueJobDocument,
  '\n  mutation BulkIssueRewardsCsv($input: BulkIssueCsvInput!) {\n    bulkIssueRewardsCsv(input: $input) {\n      id\n      status\n      total\n      processed\n      failed\n      errors\n      definitionId\n      reason\n      createdAt\n      finishedAt\n    }\n  }\n':
    types.BulkIssueRewardsCsvDocument,
  '\n  query DefinitionFormTypes {\n    rewardTypes {\n      id\n      name\n      archived\n    }\n  }\n':
    types.DefinitionFormTypesDocument,
  '\n  fragment DefinitionRow_definition on RewardDefinition {\n    id\n    handle\n    name\n    description\n    value {\n      amount\n      currency\n    }\n    expiryPeriod\n    expiryUnit\n    absoluteExpiry\n    assignable\n    published\n    archived\n    type {\n      id\n      name\n    }\n  }\n':
    types.DefinitionRow_DefinitionFragmentDoc,
  '\n  fragment RewardTypeRow_type on RewardType {\n    id\n    key\n    name\n    description\n    extensionEnabled\n    extensionDays\n    archived\n  }\n':
    types.RewardTypeRow_TypeFragmentDoc,
  '\n  mutation CreateRewardDefinition($input: RewardDefinitionInput!) {\n    createRewardDefinition(input: $input) {\n      id\n      ...DefinitionRow_definition\n    }\n  }\n':
    types.CreateRewardDefinitionDocument,
  '\n  mutation UpdateRewardDefinition($id: ID!, $input: RewardDefinitionInput!) {\n    updateRewardDefinition(id: $id, input: $input) {\n      id\n      ...DefinitionRow_definition\n    }\n  }\n':
    types.UpdateRewardDefinitionDocument,
  '\n  mutation ArchiveRewardDefinition($id: ID!) {\n    archiveRewardDefinition(id: $id) {\n      id\n      ...DefinitionRow_definition\n    }\n  }\n':
    types.ArchiveRewardDefinitionDocument,
  '\n  query RewardDefinitions($includeArchived: Boolean) {\n    rewardDefinitions(includeArchived: $includeArchived) {\n      id\n      ...DefinitionRow_definition\n    }\n  }\n':
    types.RewardDefinitionsDocument,
  '\n  query RewardTypes($includeArchived: Boolean) {\n    rewardTypes(includeArchived: $includeArchived) {\n      id\n      ...RewardTypeRow_type\n    }\n  }\n':
    types.RewardTypesDocument,
  '\n  mutation CreateRewardType($input: RewardTypeInput!) {\n    createRewardType(input: $input) {\n      id\n      ...RewardTypeRow_type\n    }\n  }\n':
    types.CreateRewardTypeDocument,
  '\n  mutation UpdateRewardType($id: ID!, $input: RewardTypeInput!) {\n    updateRewardType(id: $id, input: $input) {\n      id\n      ...RewardTypeRow_type\n    }\n  }\n':
    types.UpdateRewardTypeDocument,
  '\n  mutation ArchiveRewardType($id: ID!) {\n    archiveRewardType(id: $id) {\n      id\n      ...RewardTypeRow_type\n    }\n  }\n':
    types.ArchiveRewardTypeDocument,
  '\n  query Dashboard {\n    me {\n      id\n      name\n      role\n    }\n  }\n':
    types.DashboardDocument,
  '\n  query DashboardCurrencies {\n    rewardDefinitions(includeArchived: true) {\n      id\n      value {\n        amount\n        currency\n      }\n    }\n  }\n':
    types.DashboardCurrenciesDocument,
  '\n  query DashboardBalances($currency: String!, $breakageFrom: DateTime!, $breakageTo: DateTime!) {\n    liability(currency: $currency) {\n      currency\n      outstanding {\n        amount\n        currency\n      }\n      expiringSoon {\n        amount\n        currency\n      }\n      byExpiryMonth {\n        month\n        rewardCount\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n    breakage(currency: $currency, from: $breakageFrom, to: $breakageTo) {\n      month\n      rewardCount\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n':
    types.DashboardBalancesDocument,
  '\n  fragment Dashboard_activityRow on ActivityRow {\n    period\n    rewardType\n    rewardTypeName\n    issued {\n      amount\n      currency\n    }\n    redeemed {\n      amount\n      currency\n    }\n    restored {\n      amount\n      currency\n    }\n    expired {\n      amount\n      currency\n    }\n    voided {\n      amount\n      currency\n    }\n  }\n':
    types.Dashboard_ActivityRowFragmentDoc,
  '\n  query DashboardActivity($from: DateTime!, $to: DateTime!, $interval: ReportInterval!) {\n    activity(from: $from, to: $to, interval: $interval) {\n      ...Dashboard_activityRow\n    }\n  }\n':
    types.DashboardActivityDocument,
  '\n  fragment BalanceCard_balance on RewardBalance {\n    currency\n    available {\n      amount\n      currency\n    }\n    held {\n      amount\n      currency\n    }\n    expiringSoon {\n      amount\n      currency\n    }\n    activeRewardCount\n    nextExpiry\n  }\n':
    types.BalanceCard_BalanceFragmentDoc,
  '\n  fragment ProfileDetails_profile on Profile {\n    id\n    externalId\n    firstName\n    lastName\n    email\n    birthDate\n    timezone\n    tier\n    isStaff\n    joinedAt\n    lifetimeSpend {\n      amount\n      currency\n    }\n  }\n':
    types.ProfileDetails_ProfileFragmentDoc,
  '\n  fragment ProfileRow_profile on Profile {\n    id\n    externalId\n    firstName\n    lastName\n    email\n    tier\n    balance {\n      currency\n      available {\n        amount\n        currency\n      }\n      activeRewardCount\n      nextExpiry\n    }\n  }\n':
    types.ProfileRow_ProfileFragmentDoc,
  '\n  query Profiles($search: String, $first: Int, $after: String) {\n    profiles(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ProfileRow_profile\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.ProfilesDocument,
  '\n  query ProfilePage($id: ID!) {\n    profile(id: $id) {\n      id\n      externalId\n      firstName\n      lastName\n      timezone\n      ...ProfileDetails_profile\n      balance {\n        currency\n        ...BalanceCard_balance\n      }\n      balances {\n        currency\n        ...BalanceCard_balance\n      }\n    }\n  }\n':
    types.ProfilePageDocument,
  '\n  mutation CreateProfile($input: ProfileInput!) {\n    createProfile(input: $input) {\n      id\n      externalId\n    }\n  }\n':
    types.CreateProfileDocument,
  '\n  mutation UpdateProfile($id: ID!, $input: UpdateProfileInput!) {\n    updateProfile(id: $id, input: $input) {\n      id\n      ...ProfileDetails_profile\n    }\n  }\n':
    types.UpdateProfileDocument,
  '\n  fragment ReactionDefinition_definition on RewardDefinition {\n    id\n    handle\n    name\n    value {\n      amount\n      currency\n    }\n    expiryPeriod\n    expiryUnit\n    absoluteExpiry\n    activationDelayDays\n    assignable\n    published\n    archived\n  }\n':
    types.ReactionDefinition_DefinitionFragmentDoc,
  '\n  fragment ReactionRow_reaction on Reaction {\n    id\n    name\n    event\n    customEvent\n    condition\n    spendThreshold\n    spendRepeatEvery\n    lapsedDays\n    claimable\n    active\n    definition {\n      id\n      ...ReactionDefinition_definition\n    }\n  }\n':
    types.ReactionRow_ReactionFragmentDoc,
  '\n  query Reactions {\n    reactions {\n      id\n      ...ReactionRow_reaction\n    }\n  }\n':
    types.ReactionsDocument,
  '\n  query ReactionDefinitions {\n    rewardDefinitions {\n      id\n      type {\n        id\n        name\n      }\n      ...ReactionDefinition_definition\n    }\n  }\n':
    types.ReactionDefinitionsDocument,
  '\n  query ClaimableReactions($profileId: ID!) {\n    claimableReactions(profileId: $profileId) {\n      id\n      name\n      definition {\n        id\n        ...ReactionDefinition_definition\n      }\n    }\n  }\n':
    types.ClaimableReactionsDocument,
  '\n  mutation CreateReaction($input: ReactionInput!) {\n    createReaction(input: $input) {\n      id\n      ...ReactionRow_reaction\n    }\n  }\n':
    types.CreateReactionDocument,
  '\n  mutation UpdateReaction($id: ID!, $input: ReactionInput!) {\n    updateReaction(id: $id, input: $input) {\n      id\n      ...ReactionRow_reaction\n    }\n  }\n':
    types.UpdateReactionDocument,
  '\n  mutation ClaimReward($input: ClaimRewardInput!) {\n    claimReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        expiresAt\n        timezone\n        valueInitial {\n          amount\n          currency\n        }\n      }\n      ... on NotEligibleError {\n        errorCode\n        message\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n':
    types.ClaimRewardDocument,
  '\n  query FindRedemptions(\n    $transactionExternalId: String\n    $receiptRef: String\n    $locationId: String\n    $first: Int\n    $after: String\n  ) {\n    redemptions(\n      transactionExternalId: $transactionExternalId\n      receiptRef: $receiptRef\n      locationId: $locationId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          profile {\n            id\n            externalId\n            firstName\n            lastName\n          }\n          ...RedemptionRow_redemption\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.FindRedemptionsDocument,
  '\n  fragment HoldRow_hold on RewardHold {\n    id\n    status\n    expiresAt\n    redemptionId\n    amount {\n      amount\n      currency\n    }\n    allocations {\n      amount {\n        amount\n        currency\n      }\n      reward {\n        id\n        definition {\n          id\n          name\n        }\n      }\n    }\n    lineDiscounts {\n      lineId\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n':
    types.HoldRow_HoldFragmentDoc,
  '\n  query RedemptionPreview($input: PreviewRedemptionInput!) {\n    previewRedemption(input: $input) {\n      amount {\n        amount\n        currency\n      }\n      maxRedeemable {\n        amount\n        currency\n      }\n      eligibleSubtotal {\n        amount\n        currency\n      }\n      lineDiscounts {\n        lineId\n        amount {\n          amount\n          currency\n        }\n      }\n      allocations {\n        amount {\n          amount\n          currency\n        }\n        reward {\n          id\n          expiresAt\n          timezone\n          definition {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.RedemptionPreviewDocument,
  '\n  query RedemptionPolicy {\n    settings {\n      excludedCategories\n      minimumSpend\n      maxRedemptionPercent\n      maxRedemptionAmount\n    }\n  }\n':
    types.RedemptionPolicyDocument,
  '\n  fragment RedemptionRow_redemption on Redemption {\n    id\n    createdAt\n    createdBy\n    createdByLabel\n    status\n    reversedAt\n    transactionExternalId\n    receiptRef\n    locationId\n    amount {\n      amount\n      currency\n    }\n    requested {\n      amount\n      currency\n    }\n    returned {\n      amount\n      currency\n    }\n    allocations {\n      amount {\n        amount\n        currency\n      }\n      reward {\n        id\n        definition {\n          id\n          name\n        }\n      }\n    }\n    lineDiscounts {\n      lineId\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n':
    types.RedemptionRow_RedemptionFragmentDoc,
  '\n  query ProfileRedemptions($id: ID!, $first: Int, $after: String) {\n    profile(id: $id) {\n      id\n      redemptions(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...RedemptionRow_redemption\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.ProfileRedemptionsDocument,
  '\n  query ProfileHolds($id: ID!, $activeOnly: Boolean!) {\n    profile(id: $id) {\n      id\n      holds(activeOnly: $activeOnly) {\n        id\n        ...HoldRow_hold\n      }\n      # Whether there is any hold at all, live or past: without one the section is not shown.\n      everHeld: holds(activeOnly: false) {\n        id\n      }\n    }\n  }\n':
    types.ProfileHoldsDocument,
  '\n  mutation Redeem($input: RedeemInput!) {\n    redeem(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        amount {\n          amount\n          currency\n        }\n        requested {\n          amount\n          currency\n        }\n        ...RedemptionRow_redemption\n      }\n      ... on InsufficientBalanceError {\n        errorCode\n        message\n        available {\n          amount\n          currency\n        }\n      }\n      ... on RedemptionPolicyError {\n        errorCode\n        message\n        maxAllowed {\n          amount\n          currency\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on IdempotencyConflictError {\n        errorCode\n        message\n      }\n    }\n  }\n':
    types.RedeemDocument,
  '\n  mutation ReleaseHold($holdId: ID!) {\n    releaseHold(holdId: $holdId) {\n      __typename\n      ... on RewardHold {\n        id\n        ...HoldRow_hold\n      }\n      ... on HoldNotActiveError {\n        errorCode\n        message\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n':
    types.ReleaseHoldDocument,
  '\n  mutation ReturnRedemption($input: ReturnRedemptionInput!) {\n    returnRedemption(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        ...RedemptionRow_redemption\n      }\n      ... on ReturnExceedsRedemptionError {\n        errorCode\n        message\n        returnable {\n          amount\n          currency\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on IdempotencyConflictError {\n        errorCode\n        message\n      }\n    }\n  }\n':
    types.ReturnRedemptionDocument,
  '\n  mutation ReverseRedemption($input: ReverseRedemptionInput!) {\n    reverseRedemption(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        ...RedemptionRow_redemption\n      }\n      ... on ReversalWindowClosedError {\n        errorCode\n        message\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n':
    types.ReverseRedemptionDocument,
  '\n  mutation CreateRewardExtensionLink($rewardId: ID!) {\n    createRewardExtensionLink(rewardId: $rewardId) {\n      __typename\n      ... on RewardExtensionLink {\n        url\n        expiresAt\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on RewardNotExtendableError {\n        errorCode\n        message\n      }\n    }\n  }\n':
    types.CreateRewardExtensionLinkDocument,
  '\n  query IssuableDefinitions {\n    rewardDefinitions {\n      id\n      handle\n      name\n      archived\n      value {\n        amount\n        currency\n      }\n      expiryPeriod\n      expiryUnit\n      absoluteExpiry\n    }\n  }\n':
    types.IssuableDefinitionsDocument,
  '\n  query IssueLimits {\n    settings {\n      defaultTimezone\n      managerIssueLimit\n      managerDailyIssueLimit\n    }\n  }\n':
    types.IssueLimitsDocument,
  '\n  fragment LedgerRow_entry on LedgerEntry {\n    id\n    createdAt\n    type\n    actor\n    actorLabel\n    reason\n    expiresBefore\n    expiresAfter\n    amount {\n      amount\n      currency\n    }\n    balanceAfter {\n      amount\n      currency\n    }\n    reward {\n      id\n      definition {\n        id\n        name\n      }\n    }\n  }\n':
    types.LedgerRow_EntryFragmentDoc,
  '\n  fragment RewardRow_reward on Reward {\n    id\n    status\n    source\n    reason\n    timezone\n    expiresAt\n    expiresLocal\n    extensionCount\n    voidedAt\n    voidReason\n    valueInitial {\n      amount\n      currency\n    }\n    valueRemaining {\n      amount\n      currency\n    }\n    definition {\n      id\n      name\n    }\n    type {\n      id\n      name\n      extensionEnabled\n      extensionDays\n    }\n  }\n':
    types.RewardRow_RewardFragmentDoc,
  '\n  query ProfileRewards($id: ID!, $status: RewardStatus, $first: Int, $after: String) {\n    profile(id: $id) {\n      id\n      rewards(status: $status, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...RewardRow_reward\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.ProfileRewardsDocument,
  '\n  query ProfileLedger($id: ID!, $first: Int, $after: String) {\n    profile(id: $id) {\n      id\n      ledger(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...LedgerRow_entry\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.ProfileLedgerDocument,
  '\n  mutation ExtendReward($input: ExtendRewardInput!) {\n    extendReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        expiresAt\n        ...RewardRow_reward\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on RewardNotExtendableError {\n        errorCode\n        message\n      }\n      ... on RewardNotActiveError {\n        errorCode\n        message\n      }\n    }\n  }\n':
    types.ExtendRewardDocument,
  '\n  mutation IssueReward($input: IssueRewardInput!) {\n    issueReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        status\n        valueInitial {\n          amount\n          currency\n        }\n        definition {\n          id\n          name\n        }\n      }\n      ... on IssueLimitExceededError {\n        errorCode\n        message\n        limit {\n          amount\n          currency\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on IdempotencyConflictError {\n        errorCode\n        message\n      }\n    }\n  }\n':
    types.IssueRewardDocument,
  '\n  mutation VoidReward($input: VoidRewardInput!) {\n    voidReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        ...RewardRow_reward\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on RewardNotActiveError {\n        errorCode\n        message\n      }\n    }\n  }\n':
    types.VoidRewardDocument,
  '\n  fragment SettingsForm_settings on Settings {\n    defaultCurrency\n    defaultTimezone\n    excludedCategories\n    minimumSpend\n    maxRedemptionPercent\n    maxRedemptionAmount\n    reversalWindowMinutes\n    returnGraceDays\n    managerIssueLimit\n    managerDailyIssueLimit\n    holdTtlSeconds\n  }\n':
    types.SettingsForm_SettingsFragmentDoc,
  '\n  query SettingsPage {\n    settings {\n      ...SettingsForm_settings\n    }\n  }\n':
    types.SettingsPageDocument,
  '\n  query BrandDefaults {\n    settings {\n      defaultCurrency\n      defaultTimezone\n    }\n  }\n':
    types.BrandDefaultsDocument,
  '\n  mutation UpdateSettings($input: SettingsInput!) {\n    updateSettings(input: $input) {\n      ...SettingsForm_settings\n    }\n  }\n':
    types.UpdateSettingsDocument,
  '\n  fragment DeliveryRow_delivery on WebhookDelivery {\n    id\n    eventType\n    status\n    createdAt\n    attemptCount\n    lastStatusCode\n    nextAttemptAt\n    deliveredAt\n    messageId\n    payload\n    attempts {\n      attemptedAt\n      durationMs\n      statusCode\n      succeeded\n      error\n    }\n  }\n':
    types.DeliveryRow_DeliveryFragmentDoc,
  '\n  query Webhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      disabledReason\n      failingSince\n      createdAt\n    }\n  }\n':
    types.WebhooksDocument,
  '\n  query WebhookDeliveries($id: ID!, $first: Int, $after: String) {\n    webhook(id: $id) {\n      id\n      url\n      events\n      active\n      disabledReason\n      failingSince\n      createdAt\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...DeliveryRow_delivery\n          }\n        }\n      }\n    }\n  }\n':
    types.WebhookDeliveriesDocument,
  '\n  mutation CreateWebhook($input: WebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        active\n        disabledReason\n        failingSince\n        createdAt\n      }\n    }\n  }\n':
    types.CreateWebhookDocument,
  '\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n':
    types.DeleteWebhookDocument,
  '\n  mutation EnableWebhook($id: ID!) {\n    enableWebhook(id: $id) {\n      __typename\n      ... on Webhook {\n        id\n        active\n        disabledReason\n        failingSince\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n':
    types.EnableWebhookDocument,
  '\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      __typename\n      ... on WebhookCreated {\n        secret\n        webhook {\n          id\n          url\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n':
    types.RotateWebhookSecretDocument,
  '\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        ...DeliveryRow_delivery\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n':
    types.RedeliverWebhookDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AppShell_user on User {\n    id\n    role\n    ...UserBadge_user\n  }\n',
): (typeof documents)['\n  fragment AppShell_user on User {\n    id\n    role\n    ...UserBadge_user\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserBadge_user on User {\n    name\n    email\n    role\n  }\n',
): (typeof documents)['\n  fragment UserBadge_user on User {\n    name\n    email\n    role\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffUsers {\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n',
): (typeof documents)['\n  query StaffUsers {\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetUserRole($id: ID!, $role: Role!) {\n    setUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n',
): (typeof documents)['\n  mutation SetUserRole($id: ID!, $role: Role!) {\n    setUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePasswordLink($userId: ID!) {\n    createPasswordLink(userId: $userId) {\n      url\n      expiresAt\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePasswordLink($userId: ID!) {\n    createPasswordLink(userId: $userId) {\n      url\n      expiresAt\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n',
): (typeof documents)['\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CurrentUser {\n    me {\n      id\n      ...AppShell_user\n    }\n  }\n',
): (typeof documents)['\n  query CurrentUser {\n    me {\n      id\n      ...AppShell_user\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BulkDefinitions($includeArchived: Boolean) {\n    rewardDefinitions(includeArchived: $includeArchived) {\n      id\n      name\n      archived\n      value {\n        amount\n        currency\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BulkDefinitions($includeArchived: Boolean) {\n    rewardDefinitions(includeArchived: $includeArchived) {\n      id\n      name\n      archived\n      value {\n        amount\n        currency\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BulkIssueLimits {\n    settings {\n      defaultTimezone\n      managerIssueLimit\n      managerDailyIssueLimit\n    }\n  }\n',
): (typeof documents)['\n  query BulkIssueLimits {\n    settings {\n      defaultTimezone\n      managerIssueLimit\n      managerDailyIssueLimit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BulkIssueJob($id: ID!) {\n    bulkIssueJob(id: $id) {\n      id\n      status\n      total\n      processed\n      failed\n      errors\n      definitionId\n      reason\n      createdAt\n      finishedAt\n    }\n  }\n',
): (typeof documents)['\n  query BulkIssueJob($id: ID!) {\n    bulkIssueJob(id: $id) {\n      id\n      status\n      total\n      processed\n      failed\n      errors\n      definitionId\n      reason\n      createdAt\n      finishedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BulkIssueRewardsCsv($input: BulkIssueCsvInput!) {\n    bulkIssueRewardsCsv(input: $input) {\n      id\n      status\n      total\n      processed\n      failed\n      errors\n      definitionId\n      reason\n      createdAt\n      finishedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation BulkIssueRewardsCsv($input: BulkIssueCsvInput!) {\n    bulkIssueRewardsCsv(input: $input) {\n      id\n      status\n      total\n      processed\n      failed\n      errors\n      definitionId\n      reason\n      createdAt\n      finishedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DefinitionFormTypes {\n    rewardTypes {\n      id\n      name\n      archived\n    }\n  }\n',
): (typeof documents)['\n  query DefinitionFormTypes {\n    rewardTypes {\n      id\n      name\n      archived\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DefinitionRow_definition on RewardDefinition {\n    id\n    handle\n    name\n    description\n    value {\n      amount\n      currency\n    }\n    expiryPeriod\n    expiryUnit\n    absoluteExpiry\n    assignable\n    published\n    archived\n    type {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment DefinitionRow_definition on RewardDefinition {\n    id\n    handle\n    name\n    description\n    value {\n      amount\n      currency\n    }\n    expiryPeriod\n    expiryUnit\n    absoluteExpiry\n    assignable\n    published\n    archived\n    type {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RewardTypeRow_type on RewardType {\n    id\n    key\n    name\n    description\n    extensionEnabled\n    extensionDays\n    archived\n  }\n',
): (typeof documents)['\n  fragment RewardTypeRow_type on RewardType {\n    id\n    key\n    name\n    description\n    extensionEnabled\n    extensionDays\n    archived\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateRewardDefinition($input: RewardDefinitionInput!) {\n    createRewardDefinition(input: $input) {\n      id\n      ...DefinitionRow_definition\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateRewardDefinition($input: RewardDefinitionInput!) {\n    createRewardDefinition(input: $input) {\n      id\n      ...DefinitionRow_definition\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateRewardDefinition($id: ID!, $input: RewardDefinitionInput!) {\n    updateRewardDefinition(id: $id, input: $input) {\n      id\n      ...DefinitionRow_definition\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateRewardDefinition($id: ID!, $input: RewardDefinitionInput!) {\n    updateRewardDefinition(id: $id, input: $input) {\n      id\n      ...DefinitionRow_definition\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveRewardDefinition($id: ID!) {\n    archiveRewardDefinition(id: $id) {\n      id\n      ...DefinitionRow_definition\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveRewardDefinition($id: ID!) {\n    archiveRewardDefinition(id: $id) {\n      id\n      ...DefinitionRow_definition\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RewardDefinitions($includeArchived: Boolean) {\n    rewardDefinitions(includeArchived: $includeArchived) {\n      id\n      ...DefinitionRow_definition\n    }\n  }\n',
): (typeof documents)['\n  query RewardDefinitions($includeArchived: Boolean) {\n    rewardDefinitions(includeArchived: $includeArchived) {\n      id\n      ...DefinitionRow_definition\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RewardTypes($includeArchived: Boolean) {\n    rewardTypes(includeArchived: $includeArchived) {\n      id\n      ...RewardTypeRow_type\n    }\n  }\n',
): (typeof documents)['\n  query RewardTypes($includeArchived: Boolean) {\n    rewardTypes(includeArchived: $includeArchived) {\n      id\n      ...RewardTypeRow_type\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateRewardType($input: RewardTypeInput!) {\n    createRewardType(input: $input) {\n      id\n      ...RewardTypeRow_type\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateRewardType($input: RewardTypeInput!) {\n    createRewardType(input: $input) {\n      id\n      ...RewardTypeRow_type\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateRewardType($id: ID!, $input: RewardTypeInput!) {\n    updateRewardType(id: $id, input: $input) {\n      id\n      ...RewardTypeRow_type\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateRewardType($id: ID!, $input: RewardTypeInput!) {\n    updateRewardType(id: $id, input: $input) {\n      id\n      ...RewardTypeRow_type\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveRewardType($id: ID!) {\n    archiveRewardType(id: $id) {\n      id\n      ...RewardTypeRow_type\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveRewardType($id: ID!) {\n    archiveRewardType(id: $id) {\n      id\n      ...RewardTypeRow_type\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Dashboard {\n    me {\n      id\n      name\n      role\n    }\n  }\n',
): (typeof documents)['\n  query Dashboard {\n    me {\n      id\n      name\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardCurrencies {\n    rewardDefinitions(includeArchived: true) {\n      id\n      value {\n        amount\n        currency\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DashboardCurrencies {\n    rewardDefinitions(includeArchived: true) {\n      id\n      value {\n        amount\n        currency\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardBalances($currency: String!, $breakageFrom: DateTime!, $breakageTo: DateTime!) {\n    liability(currency: $currency) {\n      currency\n      outstanding {\n        amount\n        currency\n      }\n      expiringSoon {\n        amount\n        currency\n      }\n      byExpiryMonth {\n        month\n        rewardCount\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n    breakage(currency: $currency, from: $breakageFrom, to: $breakageTo) {\n      month\n      rewardCount\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DashboardBalances($currency: String!, $breakageFrom: DateTime!, $breakageTo: DateTime!) {\n    liability(currency: $currency) {\n      currency\n      outstanding {\n        amount\n        currency\n      }\n      expiringSoon {\n        amount\n        currency\n      }\n      byExpiryMonth {\n        month\n        rewardCount\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n    breakage(currency: $currency, from: $breakageFrom, to: $breakageTo) {\n      month\n      rewardCount\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment Dashboard_activityRow on ActivityRow {\n    period\n    rewardType\n    rewardTypeName\n    issued {\n      amount\n      currency\n    }\n    redeemed {\n      amount\n      currency\n    }\n    restored {\n      amount\n      currency\n    }\n    expired {\n      amount\n      currency\n    }\n    voided {\n      amount\n      currency\n    }\n  }\n',
): (typeof documents)['\n  fragment Dashboard_activityRow on ActivityRow {\n    period\n    rewardType\n    rewardTypeName\n    issued {\n      amount\n      currency\n    }\n    redeemed {\n      amount\n      currency\n    }\n    restored {\n      amount\n      currency\n    }\n    expired {\n      amount\n      currency\n    }\n    voided {\n      amount\n      currency\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardActivity($from: DateTime!, $to: DateTime!, $interval: ReportInterval!) {\n    activity(from: $from, to: $to, interval: $interval) {\n      ...Dashboard_activityRow\n    }\n  }\n',
): (typeof documents)['\n  query DashboardActivity($from: DateTime!, $to: DateTime!, $interval: ReportInterval!) {\n    activity(from: $from, to: $to, interval: $interval) {\n      ...Dashboard_activityRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BalanceCard_balance on RewardBalance {\n    currency\n    available {\n      amount\n      currency\n    }\n    held {\n      amount\n      currency\n    }\n    expiringSoon {\n      amount\n      currency\n    }\n    activeRewardCount\n    nextExpiry\n  }\n',
): (typeof documents)['\n  fragment BalanceCard_balance on RewardBalance {\n    currency\n    available {\n      amount\n      currency\n    }\n    held {\n      amount\n      currency\n    }\n    expiringSoon {\n      amount\n      currency\n    }\n    activeRewardCount\n    nextExpiry\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProfileDetails_profile on Profile {\n    id\n    externalId\n    firstName\n    lastName\n    email\n    birthDate\n    timezone\n    tier\n    isStaff\n    joinedAt\n    lifetimeSpend {\n      amount\n      currency\n    }\n  }\n',
): (typeof documents)['\n  fragment ProfileDetails_profile on Profile {\n    id\n    externalId\n    firstName\n    lastName\n    email\n    birthDate\n    timezone\n    tier\n    isStaff\n    joinedAt\n    lifetimeSpend {\n      amount\n      currency\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProfileRow_profile on Profile {\n    id\n    externalId\n    firstName\n    lastName\n    email\n    tier\n    balance {\n      currency\n      available {\n        amount\n        currency\n      }\n      activeRewardCount\n      nextExpiry\n    }\n  }\n',
): (typeof documents)['\n  fragment ProfileRow_profile on Profile {\n    id\n    externalId\n    firstName\n    lastName\n    email\n    tier\n    balance {\n      currency\n      available {\n        amount\n        currency\n      }\n      activeRewardCount\n      nextExpiry\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Profiles($search: String, $first: Int, $after: String) {\n    profiles(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ProfileRow_profile\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Profiles($search: String, $first: Int, $after: String) {\n    profiles(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ProfileRow_profile\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProfilePage($id: ID!) {\n    profile(id: $id) {\n      id\n      externalId\n      firstName\n      lastName\n      timezone\n      ...ProfileDetails_profile\n      balance {\n        currency\n        ...BalanceCard_balance\n      }\n      balances {\n        currency\n        ...BalanceCard_balance\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProfilePage($id: ID!) {\n    profile(id: $id) {\n      id\n      externalId\n      firstName\n      lastName\n      timezone\n      ...ProfileDetails_profile\n      balance {\n        currency\n        ...BalanceCard_balance\n      }\n      balances {\n        currency\n        ...BalanceCard_balance\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateProfile($input: ProfileInput!) {\n    createProfile(input: $input) {\n      id\n      externalId\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateProfile($input: ProfileInput!) {\n    createProfile(input: $input) {\n      id\n      externalId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProfile($id: ID!, $input: UpdateProfileInput!) {\n    updateProfile(id: $id, input: $input) {\n      id\n      ...ProfileDetails_profile\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProfile($id: ID!, $input: UpdateProfileInput!) {\n    updateProfile(id: $id, input: $input) {\n      id\n      ...ProfileDetails_profile\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReactionDefinition_definition on RewardDefinition {\n    id\n    handle\n    name\n    value {\n      amount\n      currency\n    }\n    expiryPeriod\n    expiryUnit\n    absoluteExpiry\n    activationDelayDays\n    assignable\n    published\n    archived\n  }\n',
): (typeof documents)['\n  fragment ReactionDefinition_definition on RewardDefinition {\n    id\n    handle\n    name\n    value {\n      amount\n      currency\n    }\n    expiryPeriod\n    expiryUnit\n    absoluteExpiry\n    activationDelayDays\n    assignable\n    published\n    archived\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReactionRow_reaction on Reaction {\n    id\n    name\n    event\n    customEvent\n    condition\n    spendThreshold\n    spendRepeatEvery\n    lapsedDays\n    claimable\n    active\n    definition {\n      id\n      ...ReactionDefinition_definition\n    }\n  }\n',
): (typeof documents)['\n  fragment ReactionRow_reaction on Reaction {\n    id\n    name\n    event\n    customEvent\n    condition\n    spendThreshold\n    spendRepeatEvery\n    lapsedDays\n    claimable\n    active\n    definition {\n      id\n      ...ReactionDefinition_definition\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Reactions {\n    reactions {\n      id\n      ...ReactionRow_reaction\n    }\n  }\n',
): (typeof documents)['\n  query Reactions {\n    reactions {\n      id\n      ...ReactionRow_reaction\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReactionDefinitions {\n    rewardDefinitions {\n      id\n      type {\n        id\n        name\n      }\n      ...ReactionDefinition_definition\n    }\n  }\n',
): (typeof documents)['\n  query ReactionDefinitions {\n    rewardDefinitions {\n      id\n      type {\n        id\n        name\n      }\n      ...ReactionDefinition_definition\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClaimableReactions($profileId: ID!) {\n    claimableReactions(profileId: $profileId) {\n      id\n      name\n      definition {\n        id\n        ...ReactionDefinition_definition\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ClaimableReactions($profileId: ID!) {\n    claimableReactions(profileId: $profileId) {\n      id\n      name\n      definition {\n        id\n        ...ReactionDefinition_definition\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateReaction($input: ReactionInput!) {\n    createReaction(input: $input) {\n      id\n      ...ReactionRow_reaction\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateReaction($input: ReactionInput!) {\n    createReaction(input: $input) {\n      id\n      ...ReactionRow_reaction\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateReaction($id: ID!, $input: ReactionInput!) {\n    updateReaction(id: $id, input: $input) {\n      id\n      ...ReactionRow_reaction\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateReaction($id: ID!, $input: ReactionInput!) {\n    updateReaction(id: $id, input: $input) {\n      id\n      ...ReactionRow_reaction\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClaimReward($input: ClaimRewardInput!) {\n    claimReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        expiresAt\n        timezone\n        valueInitial {\n          amount\n          currency\n        }\n      }\n      ... on NotEligibleError {\n        errorCode\n        message\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ClaimReward($input: ClaimRewardInput!) {\n    claimReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        expiresAt\n        timezone\n        valueInitial {\n          amount\n          currency\n        }\n      }\n      ... on NotEligibleError {\n        errorCode\n        message\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FindRedemptions(\n    $transactionExternalId: String\n    $receiptRef: String\n    $locationId: String\n    $first: Int\n    $after: String\n  ) {\n    redemptions(\n      transactionExternalId: $transactionExternalId\n      receiptRef: $receiptRef\n      locationId: $locationId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          profile {\n            id\n            externalId\n            firstName\n            lastName\n          }\n          ...RedemptionRow_redemption\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FindRedemptions(\n    $transactionExternalId: String\n    $receiptRef: String\n    $locationId: String\n    $first: Int\n    $after: String\n  ) {\n    redemptions(\n      transactionExternalId: $transactionExternalId\n      receiptRef: $receiptRef\n      locationId: $locationId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          profile {\n            id\n            externalId\n            firstName\n            lastName\n          }\n          ...RedemptionRow_redemption\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment HoldRow_hold on RewardHold {\n    id\n    status\n    expiresAt\n    redemptionId\n    amount {\n      amount\n      currency\n    }\n    allocations {\n      amount {\n        amount\n        currency\n      }\n      reward {\n        id\n        definition {\n          id\n          name\n        }\n      }\n    }\n    lineDiscounts {\n      lineId\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment HoldRow_hold on RewardHold {\n    id\n    status\n    expiresAt\n    redemptionId\n    amount {\n      amount\n      currency\n    }\n    allocations {\n      amount {\n        amount\n        currency\n      }\n      reward {\n        id\n        definition {\n          id\n          name\n        }\n      }\n    }\n    lineDiscounts {\n      lineId\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RedemptionPreview($input: PreviewRedemptionInput!) {\n    previewRedemption(input: $input) {\n      amount {\n        amount\n        currency\n      }\n      maxRedeemable {\n        amount\n        currency\n      }\n      eligibleSubtotal {\n        amount\n        currency\n      }\n      lineDiscounts {\n        lineId\n        amount {\n          amount\n          currency\n        }\n      }\n      allocations {\n        amount {\n          amount\n          currency\n        }\n        reward {\n          id\n          expiresAt\n          timezone\n          definition {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RedemptionPreview($input: PreviewRedemptionInput!) {\n    previewRedemption(input: $input) {\n      amount {\n        amount\n        currency\n      }\n      maxRedeemable {\n        amount\n        currency\n      }\n      eligibleSubtotal {\n        amount\n        currency\n      }\n      lineDiscounts {\n        lineId\n        amount {\n          amount\n          currency\n        }\n      }\n      allocations {\n        amount {\n          amount\n          currency\n        }\n        reward {\n          id\n          expiresAt\n          timezone\n          definition {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RedemptionPolicy {\n    settings {\n      excludedCategories\n      minimumSpend\n      maxRedemptionPercent\n      maxRedemptionAmount\n    }\n  }\n',
): (typeof documents)['\n  query RedemptionPolicy {\n    settings {\n      excludedCategories\n      minimumSpend\n      maxRedemptionPercent\n      maxRedemptionAmount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RedemptionRow_redemption on Redemption {\n    id\n    createdAt\n    createdBy\n    createdByLabel\n    status\n    reversedAt\n    transactionExternalId\n    receiptRef\n    locationId\n    amount {\n      amount\n      currency\n    }\n    requested {\n      amount\n      currency\n    }\n    returned {\n      amount\n      currency\n    }\n    allocations {\n      amount {\n        amount\n        currency\n      }\n      reward {\n        id\n        definition {\n          id\n          name\n        }\n      }\n    }\n    lineDiscounts {\n      lineId\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment RedemptionRow_redemption on Redemption {\n    id\n    createdAt\n    createdBy\n    createdByLabel\n    status\n    reversedAt\n    transactionExternalId\n    receiptRef\n    locationId\n    amount {\n      amount\n      currency\n    }\n    requested {\n      amount\n      currency\n    }\n    returned {\n      amount\n      currency\n    }\n    allocations {\n      amount {\n        amount\n        currency\n      }\n      reward {\n        id\n        definition {\n          id\n          name\n        }\n      }\n    }\n    lineDiscounts {\n      lineId\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProfileRedemptions($id: ID!, $first: Int, $after: String) {\n    profile(id: $id) {\n      id\n      redemptions(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...RedemptionRow_redemption\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProfileRedemptions($id: ID!, $first: Int, $after: String) {\n    profile(id: $id) {\n      id\n      redemptions(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...RedemptionRow_redemption\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProfileHolds($id: ID!, $activeOnly: Boolean!) {\n    profile(id: $id) {\n      id\n      holds(activeOnly: $activeOnly) {\n        id\n        ...HoldRow_hold\n      }\n      # Whether there is any hold at all, live or past: without one the section is not shown.\n      everHeld: holds(activeOnly: false) {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProfileHolds($id: ID!, $activeOnly: Boolean!) {\n    profile(id: $id) {\n      id\n      holds(activeOnly: $activeOnly) {\n        id\n        ...HoldRow_hold\n      }\n      # Whether there is any hold at all, live or past: without one the section is not shown.\n      everHeld: holds(activeOnly: false) {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Redeem($input: RedeemInput!) {\n    redeem(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        amount {\n          amount\n          currency\n        }\n        requested {\n          amount\n          currency\n        }\n        ...RedemptionRow_redemption\n      }\n      ... on InsufficientBalanceError {\n        errorCode\n        message\n        available {\n          amount\n          currency\n        }\n      }\n      ... on RedemptionPolicyError {\n        errorCode\n        message\n        maxAllowed {\n          amount\n          currency\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on IdempotencyConflictError {\n        errorCode\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Redeem($input: RedeemInput!) {\n    redeem(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        amount {\n          amount\n          currency\n        }\n        requested {\n          amount\n          currency\n        }\n        ...RedemptionRow_redemption\n      }\n      ... on InsufficientBalanceError {\n        errorCode\n        message\n        available {\n          amount\n          currency\n        }\n      }\n      ... on RedemptionPolicyError {\n        errorCode\n        message\n        maxAllowed {\n          amount\n          currency\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on IdempotencyConflictError {\n        errorCode\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReleaseHold($holdId: ID!) {\n    releaseHold(holdId: $holdId) {\n      __typename\n      ... on RewardHold {\n        id\n        ...HoldRow_hold\n      }\n      ... on HoldNotActiveError {\n        errorCode\n        message\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReleaseHold($holdId: ID!) {\n    releaseHold(holdId: $holdId) {\n      __typename\n      ... on RewardHold {\n        id\n        ...HoldRow_hold\n      }\n      ... on HoldNotActiveError {\n        errorCode\n        message\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReturnRedemption($input: ReturnRedemptionInput!) {\n    returnRedemption(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        ...RedemptionRow_redemption\n      }\n      ... on ReturnExceedsRedemptionError {\n        errorCode\n        message\n        returnable {\n          amount\n          currency\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on IdempotencyConflictError {\n        errorCode\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReturnRedemption($input: ReturnRedemptionInput!) {\n    returnRedemption(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        ...RedemptionRow_redemption\n      }\n      ... on ReturnExceedsRedemptionError {\n        errorCode\n        message\n        returnable {\n          amount\n          currency\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on IdempotencyConflictError {\n        errorCode\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReverseRedemption($input: ReverseRedemptionInput!) {\n    reverseRedemption(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        ...RedemptionRow_redemption\n      }\n      ... on ReversalWindowClosedError {\n        errorCode\n        message\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReverseRedemption($input: ReverseRedemptionInput!) {\n    reverseRedemption(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        ...RedemptionRow_redemption\n      }\n      ... on ReversalWindowClosedError {\n        errorCode\n        message\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateRewardExtensionLink($rewardId: ID!) {\n    createRewardExtensionLink(rewardId: $rewardId) {\n      __typename\n      ... on RewardExtensionLink {\n        url\n        expiresAt\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on RewardNotExtendableError {\n        errorCode\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateRewardExtensionLink($rewardId: ID!) {\n    createRewardExtensionLink(rewardId: $rewardId) {\n      __typename\n      ... on RewardExtensionLink {\n        url\n        expiresAt\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on RewardNotExtendableError {\n        errorCode\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IssuableDefinitions {\n    rewardDefinitions {\n      id\n      handle\n      name\n      archived\n      value {\n        amount\n        currency\n      }\n      expiryPeriod\n      expiryUnit\n      absoluteExpiry\n    }\n  }\n',
): (typeof documents)['\n  query IssuableDefinitions {\n    rewardDefinitions {\n      id\n      handle\n      name\n      archived\n      value {\n        amount\n        currency\n      }\n      expiryPeriod\n      expiryUnit\n      absoluteExpiry\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IssueLimits {\n    settings {\n      defaultTimezone\n      managerIssueLimit\n      managerDailyIssueLimit\n    }\n  }\n',
): (typeof documents)['\n  query IssueLimits {\n    settings {\n      defaultTimezone\n      managerIssueLimit\n      managerDailyIssueLimit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LedgerRow_entry on LedgerEntry {\n    id\n    createdAt\n    type\n    actor\n    actorLabel\n    reason\n    expiresBefore\n    expiresAfter\n    amount {\n      amount\n      currency\n    }\n    balanceAfter {\n      amount\n      currency\n    }\n    reward {\n      id\n      definition {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment LedgerRow_entry on LedgerEntry {\n    id\n    createdAt\n    type\n    actor\n    actorLabel\n    reason\n    expiresBefore\n    expiresAfter\n    amount {\n      amount\n      currency\n    }\n    balanceAfter {\n      amount\n      currency\n    }\n    reward {\n      id\n      definition {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RewardRow_reward on Reward {\n    id\n    status\n    source\n    reason\n    timezone\n    expiresAt\n    expiresLocal\n    extensionCount\n    voidedAt\n    voidReason\n    valueInitial {\n      amount\n      currency\n    }\n    valueRemaining {\n      amount\n      currency\n    }\n    definition {\n      id\n      name\n    }\n    type {\n      id\n      name\n      extensionEnabled\n      extensionDays\n    }\n  }\n',
): (typeof documents)['\n  fragment RewardRow_reward on Reward {\n    id\n    status\n    source\n    reason\n    timezone\n    expiresAt\n    expiresLocal\n    extensionCount\n    voidedAt\n    voidReason\n    valueInitial {\n      amount\n      currency\n    }\n    valueRemaining {\n      amount\n      currency\n    }\n    definition {\n      id\n      name\n    }\n    type {\n      id\n      name\n      extensionEnabled\n      extensionDays\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProfileRewards($id: ID!, $status: RewardStatus, $first: Int, $after: String) {\n    profile(id: $id) {\n      id\n      rewards(status: $status, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...RewardRow_reward\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProfileRewards($id: ID!, $status: RewardStatus, $first: Int, $after: String) {\n    profile(id: $id) {\n      id\n      rewards(status: $status, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...RewardRow_reward\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProfileLedger($id: ID!, $first: Int, $after: String) {\n    profile(id: $id) {\n      id\n      ledger(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...LedgerRow_entry\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProfileLedger($id: ID!, $first: Int, $after: String) {\n    profile(id: $id) {\n      id\n      ledger(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...LedgerRow_entry\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExtendReward($input: ExtendRewardInput!) {\n    extendReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        expiresAt\n        ...RewardRow_reward\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on RewardNotExtendableError {\n        errorCode\n        message\n      }\n      ... on RewardNotActiveError {\n        errorCode\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ExtendReward($input: ExtendRewardInput!) {\n    extendReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        expiresAt\n        ...RewardRow_reward\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on RewardNotExtendableError {\n        errorCode\n        message\n      }\n      ... on RewardNotActiveError {\n        errorCode\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IssueReward($input: IssueRewardInput!) {\n    issueReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        status\n        valueInitial {\n          amount\n          currency\n        }\n        definition {\n          id\n          name\n        }\n      }\n      ... on IssueLimitExceededError {\n        errorCode\n        message\n        limit {\n          amount\n          currency\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on IdempotencyConflictError {\n        errorCode\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation IssueReward($input: IssueRewardInput!) {\n    issueReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        status\n        valueInitial {\n          amount\n          currency\n        }\n        definition {\n          id\n          name\n        }\n      }\n      ... on IssueLimitExceededError {\n        errorCode\n        message\n        limit {\n          amount\n          currency\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on IdempotencyConflictError {\n        errorCode\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VoidReward($input: VoidRewardInput!) {\n    voidReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        ...RewardRow_reward\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on RewardNotActiveError {\n        errorCode\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation VoidReward($input: VoidRewardInput!) {\n    voidReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        ...RewardRow_reward\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n      ... on RewardNotActiveError {\n        errorCode\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SettingsForm_settings on Settings {\n    defaultCurrency\n    defaultTimezone\n    excludedCategories\n    minimumSpend\n    maxRedemptionPercent\n    maxRedemptionAmount\n    reversalWindowMinutes\n    returnGraceDays\n    managerIssueLimit\n    managerDailyIssueLimit\n    holdTtlSeconds\n  }\n',
): (typeof documents)['\n  fragment SettingsForm_settings on Settings {\n    defaultCurrency\n    defaultTimezone\n    excludedCategories\n    minimumSpend\n    maxRedemptionPercent\n    maxRedemptionAmount\n    reversalWindowMinutes\n    returnGraceDays\n    managerIssueLimit\n    managerDailyIssueLimit\n    holdTtlSeconds\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SettingsPage {\n    settings {\n      ...SettingsForm_settings\n    }\n  }\n',
): (typeof documents)['\n  query SettingsPage {\n    settings {\n      ...SettingsForm_settings\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BrandDefaults {\n    settings {\n      defaultCurrency\n      defaultTimezone\n    }\n  }\n',
): (typeof documents)['\n  query BrandDefaults {\n    settings {\n      defaultCurrency\n      defaultTimezone\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSettings($input: SettingsInput!) {\n    updateSettings(input: $input) {\n      ...SettingsForm_settings\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSettings($input: SettingsInput!) {\n    updateSettings(input: $input) {\n      ...SettingsForm_settings\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DeliveryRow_delivery on WebhookDelivery {\n    id\n    eventType\n    status\n    createdAt\n    attemptCount\n    lastStatusCode\n    nextAttemptAt\n    deliveredAt\n    messageId\n    payload\n    attempts {\n      attemptedAt\n      durationMs\n      statusCode\n      succeeded\n      error\n    }\n  }\n',
): (typeof documents)['\n  fragment DeliveryRow_delivery on WebhookDelivery {\n    id\n    eventType\n    status\n    createdAt\n    attemptCount\n    lastStatusCode\n    nextAttemptAt\n    deliveredAt\n    messageId\n    payload\n    attempts {\n      attemptedAt\n      durationMs\n      statusCode\n      succeeded\n      error\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Webhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      disabledReason\n      failingSince\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  query Webhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      disabledReason\n      failingSince\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookDeliveries($id: ID!, $first: Int, $after: String) {\n    webhook(id: $id) {\n      id\n      url\n      events\n      active\n      disabledReason\n      failingSince\n      createdAt\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...DeliveryRow_delivery\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WebhookDeliveries($id: ID!, $first: Int, $after: String) {\n    webhook(id: $id) {\n      id\n      url\n      events\n      active\n      disabledReason\n      failingSince\n      createdAt\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...DeliveryRow_delivery\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateWebhook($input: WebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        active\n        disabledReason\n        failingSince\n        createdAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateWebhook($input: WebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        active\n        disabledReason\n        failingSince\n        createdAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EnableWebhook($id: ID!) {\n    enableWebhook(id: $id) {\n      __typename\n      ... on Webhook {\n        id\n        active\n        disabledReason\n        failingSince\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EnableWebhook($id: ID!) {\n    enableWebhook(id: $id) {\n      __typename\n      ... on Webhook {\n        id\n        active\n        disabledReason\n        failingSince\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      __typename\n      ... on WebhookCreated {\n        secret\n        webhook {\n          id\n          url\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      __typename\n      ... on WebhookCreated {\n        secret\n        webhook {\n          id\n          url\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        ...DeliveryRow_delivery\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        ...DeliveryRow_delivery\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
