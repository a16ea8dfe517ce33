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
  '\n  mutation BulkIssueForTest($input: BulkIssueInput!) {\n    bulkIssueRewards(input: $input) {\n      id\n      status\n      total\n      processed\n      failed\n      errors\n    }\n  }\n': typeof types.BulkIssueForTestDocument;
  '\n  mutation BulkIssueCsvForTest($input: BulkIssueCsvInput!) {\n    bulkIssueRewardsCsv(input: $input) {\n      id\n      status\n      total\n    }\n  }\n': typeof types.BulkIssueCsvForTestDocument;
  '\n  query BulkJobForTest($id: ID!) {\n    bulkIssueJob(id: $id) {\n      id\n      status\n      total\n      processed\n      failed\n      errors\n    }\n  }\n': typeof types.BulkJobForTestDocument;
  '\n  mutation ArchiveDefinitionForBulk($id: ID!) {\n    archiveRewardDefinition(id: $id) {\n      archived\n    }\n  }\n': typeof types.ArchiveDefinitionForBulkDocument;
  '\n  mutation IssueForIdempotency($input: IssueRewardInput!) {\n    issueReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        expiresAt\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n': typeof types.IssueForIdempotencyDocument;
  '\n  mutation RedeemForIdempotency($input: RedeemInput!) {\n    redeem(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        amount {\n          amount\n        }\n      }\n      ... on InsufficientBalanceError {\n        message\n        available {\n          amount\n          currency\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n      }\n    }\n  }\n': typeof types.RedeemForIdempotencyDocument;
  '\n  mutation CreateKeyForIdempotency($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n': typeof types.CreateKeyForIdempotencyDocument;
  '\n  mutation RedeemWithCartForBounds($input: RedeemInput!) {\n    redeem(input: $input) {\n      __typename\n    }\n  }\n': typeof types.RedeemWithCartForBoundsDocument;
  '\n  query PreviewForBounds($input: PreviewRedemptionInput!) {\n    previewRedemption(input: $input) {\n      amount {\n        amount\n      }\n    }\n  }\n': typeof types.PreviewForBoundsDocument;
  '\n  mutation IssueForBounds($input: IssueRewardInput!) {\n    issueReward(input: $input) {\n      __typename\n    }\n  }\n': typeof types.IssueForBoundsDocument;
  '\n  mutation CreateProfileForBounds($input: ProfileInput!) {\n    createProfile(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateProfileForBoundsDocument;
  '\n  query SearchForBounds($s: String) {\n    profiles(search: $s) {\n      totalCount\n    }\n  }\n': typeof types.SearchForBoundsDocument;
  '\n  query RewardForBounds($id: ID!) {\n    reward(id: $id) {\n      id\n    }\n  }\n': typeof types.RewardForBoundsDocument;
  '\n  mutation CreateLinkForTest($rewardId: ID!) {\n    createRewardExtensionLink(rewardId: $rewardId) {\n      __typename\n      ... on RewardExtensionLink {\n        url\n        token\n        expiresAt\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n': typeof types.CreateLinkForTestDocument;
  '\n  fragment OfferFields on RewardExtensionOfferResult {\n    __typename\n    ... on RewardExtensionOffer {\n      rewardId\n      rewardName\n      valueRemaining {\n        amount\n        currency\n      }\n      expiresAt\n      newExpiresAt\n      timezone\n      customerFirstName\n    }\n    ... on ErrorResult {\n      errorCode\n      message\n    }\n  }\n': typeof types.OfferFieldsFragmentDoc;
  '\n  query OfferForTest($token: String!) {\n    rewardExtensionOffer(token: $token) {\n      ...OfferFields\n    }\n  }\n': typeof types.OfferForTestDocument;
  '\n  mutation ConfirmLinkForTest($token: String!) {\n    extendRewardWithLink(token: $token) {\n      ...OfferFields\n    }\n  }\n': typeof types.ConfirmLinkForTestDocument;
  '\n  mutation CreateTypeForLinks($input: RewardTypeInput!) {\n    createRewardType(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateTypeForLinksDocument;
  '\n  fragment ProfileFields on Profile {\n    id\n    externalId\n    email\n    firstName\n    lastName\n    birthDate\n    joinedAt\n    timezone\n    tier\n    isStaff\n    lifetimeSpend {\n      amount\n      currency\n    }\n  }\n': typeof types.ProfileFieldsFragmentDoc;
  '\n  mutation CreateProfileForTest($input: ProfileInput!) {\n    createProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n': typeof types.CreateProfileForTestDocument;
  '\n  mutation UpdateProfileForTest($id: ID!, $input: UpdateProfileInput!) {\n    updateProfile(id: $id, input: $input) {\n      ...ProfileFields\n    }\n  }\n': typeof types.UpdateProfileForTestDocument;
  '\n  query ProfileByExternalId($externalId: String) {\n    profile(externalId: $externalId) {\n      id\n    }\n  }\n': typeof types.ProfileByExternalIdDocument;
  '\n  query ProfileById($id: ID) {\n    profile(id: $id) {\n      externalId\n    }\n  }\n': typeof types.ProfileByIdDocument;
  '\n  query SearchProfiles($s: String, $first: Int, $after: String) {\n    profiles(search: $s, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          lastName\n        }\n      }\n    }\n  }\n': typeof types.SearchProfilesDocument;
  '\n  query ProfilesWithBalances($s: String) {\n    profiles(search: $s, first: 50) {\n      edges {\n        node {\n          id\n          lifetimeSpend {\n            amount\n          }\n          balance {\n            available {\n              amount\n            }\n            activeRewardCount\n          }\n          balances {\n            currency\n          }\n        }\n      }\n    }\n  }\n': typeof types.ProfilesWithBalancesDocument;
  '\n  query StorefrontBalance($externalId: String!) {\n    profile(externalId: $externalId) {\n      id\n      balance {\n        currency\n        available {\n          amount\n          currency\n        }\n        held {\n          amount\n        }\n        expiringSoon {\n          amount\n        }\n        nextExpiry\n        activeRewardCount\n      }\n    }\n  }\n': typeof types.StorefrontBalanceDocument;
  '\n  query StorefrontPreview($input: PreviewRedemptionInput!) {\n    previewRedemption(input: $input) {\n      amount {\n        amount\n        currency\n      }\n      maxRedeemable {\n        amount\n      }\n      eligibleSubtotal {\n        amount\n      }\n      lineDiscounts {\n        lineId\n        amount {\n          amount\n        }\n      }\n      allocations {\n        amount {\n          amount\n        }\n      }\n    }\n  }\n': typeof types.StorefrontPreviewDocument;
  '\n  mutation StorefrontRedeem($input: RedeemInput!) {\n    redeem(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        status\n        amount {\n          amount\n          currency\n        }\n        lineDiscounts {\n          lineId\n          amount {\n            amount\n          }\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n      ... on InsufficientBalanceError {\n        available {\n          amount\n        }\n      }\n    }\n  }\n': typeof types.StorefrontRedeemDocument;
  '\n  fragment ReactionFields on Reaction {\n    id\n    name\n    event\n    customEvent\n    condition\n    spendThreshold\n    spendRepeatEvery\n    lapsedDays\n    claimable\n    active\n    definition {\n      id\n    }\n  }\n': typeof types.ReactionFieldsFragmentDoc;
  '\n  fragment IssuedReward on Reward {\n    id\n    status\n    source\n    activatesAt\n    valueRemaining {\n      amount\n    }\n    definition {\n      id\n    }\n  }\n': typeof types.IssuedRewardFragmentDoc;
  '\n  mutation CreateReactionForTest($input: ReactionInput!) {\n    createReaction(input: $input) {\n      ...ReactionFields\n    }\n  }\n': typeof types.CreateReactionForTestDocument;
  '\n  mutation UpdateReactionForTest($id: ID!, $input: ReactionInput!) {\n    updateReaction(id: $id, input: $input) {\n      ...ReactionFields\n    }\n  }\n': typeof types.UpdateReactionForTestDocument;
  '\n  query ReactionsForTest {\n    reactions {\n      ...ReactionFields\n    }\n  }\n': typeof types.ReactionsForTestDocument;
  '\n  mutation RecordTransactionForTest($input: RecordTransactionInput!) {\n    recordTransaction(input: $input) {\n      id\n      externalId\n      total {\n        amount\n        currency\n      }\n      profile {\n        id\n      }\n      rewardsIssued {\n        ...IssuedReward\n      }\n    }\n  }\n': typeof types.RecordTransactionForTestDocument;
  '\n  mutation EmitEventForTest($input: EmitEventInput!) {\n    emitEvent(input: $input) {\n      rewardsIssued {\n        ...IssuedReward\n      }\n    }\n  }\n': typeof types.EmitEventForTestDocument;
  '\n  query ClaimableForTest($profileId: ID!) {\n    claimableReactions(profileId: $profileId) {\n      id\n    }\n  }\n': typeof types.ClaimableForTestDocument;
  '\n  mutation ClaimForTest($input: ClaimRewardInput!) {\n    claimReward(input: $input) {\n      __typename\n      ... on Reward {\n        ...IssuedReward\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n': typeof types.ClaimForTestDocument;
  '\n  mutation UpdateTierForTest($id: ID!, $input: UpdateProfileInput!) {\n    updateProfile(id: $id, input: $input) {\n      id\n      tier\n    }\n  }\n': typeof types.UpdateTierForTestDocument;
  '\n  query ProfileRewardsForTest($id: ID) {\n    profile(id: $id) {\n      lifetimeSpend {\n        amount\n      }\n      balance {\n        available {\n          amount\n        }\n      }\n      rewards(first: 100) {\n        edges {\n          node {\n            ...IssuedReward\n            issuedBy\n            reason\n          }\n        }\n      }\n    }\n  }\n': typeof types.ProfileRewardsForTestDocument;
  '\n  query LiabilityForTest($currency: String) {\n    liability(currency: $currency) {\n      currency\n      outstanding {\n        amount\n        currency\n      }\n      expiringSoon {\n        amount\n      }\n      byExpiryMonth {\n        month\n        amount {\n          amount\n        }\n        rewardCount\n      }\n    }\n  }\n': typeof types.LiabilityForTestDocument;
  '\n  query ActivityForTest($from: DateTime!, $to: DateTime!, $interval: ReportInterval!) {\n    activity(from: $from, to: $to, interval: $interval) {\n      period\n      rewardType\n      rewardTypeName\n      issued {\n        amount\n        currency\n      }\n      redeemed {\n        amount\n      }\n      restored {\n        amount\n      }\n      expired {\n        amount\n      }\n      voided {\n        amount\n      }\n    }\n  }\n': typeof types.ActivityForTestDocument;
  '\n  query BreakageForTest($from: DateTime!, $to: DateTime!) {\n    breakage(from: $from, to: $to) {\n      month\n      amount {\n        amount\n        currency\n      }\n      rewardCount\n    }\n  }\n': typeof types.BreakageForTestDocument;
  '\n  mutation RunScheduleForTest($asOf: DateTime) {\n    runScheduledIssuance(asOf: $asOf) {\n      asOf\n      rewardsIssued\n      birthdays\n      anniversaries\n      lapses\n      rewardsExpired\n      remindersSent\n      idempotencyKeysPurged\n    }\n  }\n': typeof types.RunScheduleForTestDocument;
  '\n  mutation CreateScheduledReactionForTest($input: ReactionInput!) {\n    createReaction(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateScheduledReactionForTestDocument;
  '\n  mutation RecordForScheduleTest($input: RecordTransactionInput!) {\n    recordTransaction(input: $input) {\n      id\n    }\n  }\n': typeof types.RecordForScheduleTestDocument;
  '\n  mutation ExtendForScheduleTest($input: ExtendRewardInput!) {\n    extendReward(input: $input) {\n      __typename\n      ... on Reward {\n        status\n        expiresAt\n      }\n    }\n  }\n': typeof types.ExtendForScheduleTestDocument;
  '\n  mutation CreateWebhookForTest($input: WebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        active\n      }\n    }\n  }\n': typeof types.CreateWebhookForTestDocument;
  '\n  query WebhooksForTest {\n    webhooks {\n      id\n      url\n      events\n      active\n      disabledReason\n      failingSince\n      deliveries(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            messageId\n            eventType\n            status\n            attemptCount\n            lastStatusCode\n            attempts {\n              statusCode\n              succeeded\n              durationMs\n              error\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.WebhooksForTestDocument;
  '\n  mutation DeleteWebhookForTest($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n': typeof types.DeleteWebhookForTestDocument;
  '\n  mutation RotateWebhookSecretForTest($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      __typename\n      ... on WebhookCreated {\n        secret\n      }\n      ... on ErrorResult {\n        errorCode\n      }\n    }\n  }\n': typeof types.RotateWebhookSecretForTestDocument;
  '\n  mutation RedeliverWebhookForTest($id: ID!) {\n    redeliverWebhook(deliveryId: $id) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        status\n        messageId\n      }\n      ... on ErrorResult {\n        errorCode\n      }\n    }\n  }\n': typeof types.RedeliverWebhookForTestDocument;
  '\n  mutation EnableWebhookForTest($id: ID!) {\n    enableWebhook(id: $id) {\n      __typename\n      ... on Webhook {\n        active\n      }\n    }\n  }\n': typeof types.EnableWebhookForTestDocument;
};
const documents: Documents = {
  '\n  mutation BulkIssueForTest($input: BulkIssueInput!) {\n    bulkIssueRewards(input: $input) {\n      id\n      status\n      total\n      processed\n      failed\n      errors\n    }\n  }\n':
    types.BulkIssueForTestDocument,
  '\n  mutation BulkIssueCsvForTest($input: BulkIssueCsvInput!) {\n    bulkIssueRewardsCsv(input: $input) {\n      id\n      status\n      total\n    }\n  }\n':
    types.BulkIssueCsvForTestDocument,
  '\n  query BulkJobForTest($id: ID!) {\n    bulkIssueJob(id: $id) {\n      id\n      status\n      total\n      processed\n      failed\n      errors\n    }\n  }\n':
    types.BulkJobForTestDocument,
  '\n  mutation ArchiveDefinitionForBulk($id: ID!) {\n    archiveRewardDefinition(id: $id) {\n      archived\n    }\n  }\n':
    types.ArchiveDefinitionForBulkDocument,
  '\n  mutation IssueForIdempotency($input: IssueRewardInput!) {\n    issueReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        expiresAt\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n':
    types.IssueForIdempotencyDocument,
  '\n  mutation RedeemForIdempotency($input: RedeemInput!) {\n    redeem(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        amount {\n          amount\n        }\n      }\n      ... on InsufficientBalanceError {\n        message\n        available {\n          amount\n          currency\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n      }\n    }\n  }\n':
    types.RedeemForIdempotencyDocument,
  '\n  mutation CreateKeyForIdempotency($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n':
    types.CreateKeyForIdempotencyDocument,
  '\n  mutation RedeemWithCartForBounds($input: RedeemInput!) {\n    redeem(input: $input) {\n      __typename\n    }\n  }\n':
    types.RedeemWithCartForBoundsDocument,
  '\n  query PreviewForBounds($input: PreviewRedemptionInput!) {\n    previewRedemption(input: $input) {\n      amount {\n        amount\n      }\n    }\n  }\n':
    types.PreviewForBoundsDocument,
  '\n  mutation IssueForBounds($input: IssueRewardInput!) {\n    issueReward(input: $input) {\n      __typename\n    }\n  }\n':
    types.IssueForBoundsDocument,
  '\n  mutation CreateProfileForBounds($input: ProfileInput!) {\n    createProfile(input: $input) {\n      id\n    }\n  }\n':
    types.CreateProfileForBoundsDocument,
  '\n  query SearchForBounds($s: String) {\n    profiles(search: $s) {\n      totalCount\n    }\n  }\n':
    types.SearchForBoundsDocument,
  '\n  query RewardForBounds($id: ID!) {\n    reward(id: $id) {\n      id\n    }\n  }\n':
    types.RewardForBoundsDocument,
  '\n  mutation CreateLinkForTest($rewardId: ID!) {\n    createRewardExtensionLink(rewardId: $rewardId) {\n      __typename\n      ... on RewardExtensionLink {\n        url\n        token\n        expiresAt\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n':
    types.CreateLinkForTestDocument,
  '\n  fragment OfferFields on RewardExtensionOfferResult {\n    __typename\n    ... on RewardExtensionOffer {\n      rewardId\n      rewardName\n      valueRemaining {\n        amount\n        currency\n      }\n      expiresAt\n      newExpiresAt\n      timezone\n      customerFirstName\n    }\n    ... on ErrorResult {\n      errorCode\n      message\n    }\n  }\n':
    types.OfferFieldsFragmentDoc,
  '\n  query OfferForTest($token: String!) {\n    rewardExtensionOffer(token: $token) {\n      ...OfferFields\n    }\n  }\n':
    types.OfferForTestDocument,
  '\n  mutation ConfirmLinkForTest($token: String!) {\n    extendRewardWithLink(token: $token) {\n      ...OfferFields\n    }\n  }\n':
    types.ConfirmLinkForTestDocument,
  '\n  mutation CreateTypeForLinks($input: RewardTypeInput!) {\n    createRewardType(input: $input) {\n      id\n    }\n  }\n':
    types.CreateTypeForLinksDocument,
  '\n  fragment ProfileFields on Profile {\n    id\n    externalId\n    email\n    firstName\n    lastName\n    birthDate\n    joinedAt\n    timezone\n    tier\n    isStaff\n    lifetimeSpend {\n      amount\n      currency\n    }\n  }\n':
    types.ProfileFieldsFragmentDoc,
  '\n  mutation CreateProfileForTest($input: ProfileInput!) {\n    createProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n':
    types.CreateProfileForTestDocument,
  '\n  mutation UpdateProfileForTest($id: ID!, $input: UpdateProfileInput!) {\n    updateProfile(id: $id, input: $input) {\n      ...ProfileFields\n    }\n  }\n':
    types.UpdateProfileForTestDocument,
  '\n  query ProfileByExternalId($externalId: String) {\n    profile(externalId: $externalId) {\n      id\n    }\n  }\n':
    types.ProfileByExternalIdDocument,
  '\n  query ProfileById($id: ID) {\n    profile(id: $id) {\n      externalId\n    }\n  }\n':
    types.ProfileByIdDocument,
  '\n  query SearchProfiles($s: String, $first: Int, $after: String) {\n    profiles(search: $s, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          lastName\n        }\n      }\n    }\n  }\n':
    types.SearchProfilesDocument,
  '\n  query ProfilesWithBalances($s: String) {\n    profiles(search: $s, first: 50) {\n      edges {\n        node {\n          id\n          lifetimeSpend {\n            amount\n          }\n          balance {\n            available {\n              amount\n            }\n            activeRewardCount\n          }\n          balances {\n            currency\n          }\n        }\n      }\n    }\n  }\n':
    types.ProfilesWithBalancesDocument,
  '\n  query StorefrontBalance($externalId: String!) {\n    profile(externalId: $externalId) {\n      id\n      balance {\n        currency\n        available {\n          amount\n          currency\n        }\n        held {\n          amount\n        }\n        expiringSoon {\n          amount\n        }\n        nextExpiry\n        activeRewardCount\n      }\n    }\n  }\n':
    types.StorefrontBalanceDocument,
  '\n  query StorefrontPreview($input: PreviewRedemptionInput!) {\n    previewRedemption(input: $input) {\n      amount {\n        amount\n        currency\n      }\n      maxRedeemable {\n        amount\n      }\n      eligibleSubtotal {\n        amount\n      }\n      lineDiscounts {\n        lineId\n        amount {\n          amount\n        }\n      }\n      allocations {\n        amount {\n          amount\n        }\n      }\n    }\n  }\n':
    types.StorefrontPreviewDocument,
  '\n  mutation StorefrontRedeem($input: RedeemInput!) {\n    redeem(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        status\n        amount {\n          amount\n          currency\n        }\n        lineDiscounts {\n          lineId\n          amount {\n            amount\n          }\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n      ... on InsufficientBalanceError {\n        available {\n          amount\n        }\n      }\n    }\n  }\n':
    types.StorefrontRedeemDocument,
  '\n  fragment ReactionFields on Reaction {\n    id\n    name\n    event\n    customEvent\n    condition\n    spendThreshold\n    spendRepeatEvery\n    lapsedDays\n    claimable\n    active\n    definition {\n      id\n    }\n  }\n':
    types.ReactionFieldsFragmentDoc,
  '\n  fragment IssuedReward on Reward {\n    id\n    status\n    source\n    activatesAt\n    valueRemaining {\n      amount\n    }\n    definition {\n      id\n    }\n  }\n':
    types.IssuedRewardFragmentDoc,
  '\n  mutation CreateReactionForTest($input: ReactionInput!) {\n    createReaction(input: $input) {\n      ...ReactionFields\n    }\n  }\n':
    types.CreateReactionForTestDocument,
  '\n  mutation UpdateReactionForTest($id: ID!, $input: ReactionInput!) {\n    updateReaction(id: $id, input: $input) {\n      ...ReactionFields\n    }\n  }\n':
    types.UpdateReactionForTestDocument,
  '\n  query ReactionsForTest {\n    reactions {\n      ...ReactionFields\n    }\n  }\n':
    types.ReactionsForTestDocument,
  '\n  mutation RecordTransactionForTest($input: RecordTransactionInput!) {\n    recordTransaction(input: $input) {\n      id\n      externalId\n      total {\n        amount\n        currency\n      }\n      profile {\n        id\n      }\n      rewardsIssued {\n        ...IssuedReward\n      }\n    }\n  }\n':
    types.RecordTransactionForTestDocument,
  '\n  mutation EmitEventForTest($input: EmitEventInput!) {\n    emitEvent(input: $input) {\n      rewardsIssued {\n        ...IssuedReward\n      }\n    }\n  }\n':
    types.EmitEventForTestDocument,
  '\n  query ClaimableForTest($profileId: ID!) {\n    claimableReactions(profileId: $profileId) {\n      id\n    }\n  }\n':
    types.ClaimableForTestDocument,
  '\n  mutation ClaimForTest($input: ClaimRewardInput!) {\n    claimReward(input: $input) {\n      __typename\n      ... on Reward {\n        ...IssuedReward\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n':
    types.ClaimForTestDocument,
  '\n  mutation UpdateTierForTest($id: ID!, $input: UpdateProfileInput!) {\n    updateProfile(id: $id, input: $input) {\n      id\n      tier\n    }\n  }\n':
    types.UpdateTierForTestDocument,
  '\n  query ProfileRewardsForTest($id: ID) {\n    profile(id: $id) {\n      lifetimeSpend {\n        amount\n      }\n      balance {\n        available {\n          amount\n        }\n      }\n      rewards(first: 100) {\n        edges {\n          node {\n            ...IssuedReward\n            issuedBy\n            reason\n          }\n        }\n      }\n    }\n  }\n':
    types.ProfileRewardsForTestDocument,
  '\n  query LiabilityForTest($currency: String) {\n    liability(currency: $currency) {\n      currency\n      outstanding {\n        amount\n        currency\n      }\n      expiringSoon {\n        amount\n      }\n      byExpiryMonth {\n        month\n        amount {\n          amount\n        }\n        rewardCount\n      }\n    }\n  }\n':
    types.LiabilityForTestDocument,
  '\n  query ActivityForTest($from: DateTime!, $to: DateTime!, $interval: ReportInterval!) {\n    activity(from: $from, to: $to, interval: $interval) {\n      period\n      rewardType\n      rewardTypeName\n      issued {\n        amount\n        currency\n      }\n      redeemed {\n        amount\n      }\n      restored {\n        amount\n      }\n      expired {\n        amount\n      }\n      voided {\n        amount\n      }\n    }\n  }\n':
    types.ActivityForTestDocument,
  '\n  query BreakageForTest($from: DateTime!, $to: DateTime!) {\n    breakage(from: $from, to: $to) {\n      month\n      amount {\n        amount\n        currency\n      }\n      rewardCount\n    }\n  }\n':
    types.BreakageForTestDocument,
  '\n  mutation RunScheduleForTest($asOf: DateTime) {\n    runScheduledIssuance(asOf: $asOf) {\n      asOf\n      rewardsIssued\n      birthdays\n      anniversaries\n      lapses\n      rewardsExpired\n      remindersSent\n      idempotencyKeysPurged\n    }\n  }\n':
    types.RunScheduleForTestDocument,
  '\n  mutation CreateScheduledReactionForTest($input: ReactionInput!) {\n    createReaction(input: $input) {\n      id\n    }\n  }\n':
    types.CreateScheduledReactionForTestDocument,
  '\n  mutation RecordForScheduleTest($input: RecordTransactionInput!) {\n    recordTransaction(input: $input) {\n      id\n    }\n  }\n':
    types.RecordForScheduleTestDocument,
  '\n  mutation ExtendForScheduleTest($input: ExtendRewardInput!) {\n    extendReward(input: $input) {\n      __typename\n      ... on Reward {\n        status\n        expiresAt\n      }\n    }\n  }\n':
    types.ExtendForScheduleTestDocument,
  '\n  mutation CreateWebhookForTest($input: WebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        active\n      }\n    }\n  }\n':
    types.CreateWebhookForTestDocument,
  '\n  query WebhooksForTest {\n    webhooks {\n      id\n      url\n      events\n      active\n      disabledReason\n      failingSince\n      deliveries(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            messageId\n            eventType\n            status\n            attemptCount\n            lastStatusCode\n            attempts {\n              statusCode\n              succeeded\n              durationMs\n              error\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.WebhooksForTestDocument,
  '\n  mutation DeleteWebhookForTest($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n':
    types.DeleteWebhookForTestDocument,
  '\n  mutation RotateWebhookSecretForTest($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      __typename\n      ... on WebhookCreated {\n        secret\n      }\n      ... on ErrorResult {\n        errorCode\n      }\n    }\n  }\n':
    types.RotateWebhookSecretForTestDocument,
  '\n  mutation RedeliverWebhookForTest($id: ID!) {\n    redeliverWebhook(deliveryId: $id) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        status\n        messageId\n      }\n      ... on ErrorResult {\n        errorCode\n      }\n    }\n  }\n':
    types.RedeliverWebhookForTestDocument,
  '\n  mutation EnableWebhookForTest($id: ID!) {\n    enableWebhook(id: $id) {\n      __typename\n      ... on Webhook {\n        active\n      }\n    }\n  }\n':
    types.EnableWebhookForTestDocument,
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
  source: '\n  mutation BulkIssueForTest($input: BulkIssueInput!) {\n    bulkIssueRewards(input: $input) {\n      id\n      status\n      total\n      processed\n      failed\n      errors\n    }\n  }\n',
): (typeof documents)['\n  mutation BulkIssueForTest($input: BulkIssueInput!) {\n    bulkIssueRewards(input: $input) {\n      id\n      status\n      total\n      processed\n      failed\n      errors\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BulkIssueCsvForTest($input: BulkIssueCsvInput!) {\n    bulkIssueRewardsCsv(input: $input) {\n      id\n      status\n      total\n    }\n  }\n',
): (typeof documents)['\n  mutation BulkIssueCsvForTest($input: BulkIssueCsvInput!) {\n    bulkIssueRewardsCsv(input: $input) {\n      id\n      status\n      total\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BulkJobForTest($id: ID!) {\n    bulkIssueJob(id: $id) {\n      id\n      status\n      total\n      processed\n      failed\n      errors\n    }\n  }\n',
): (typeof documents)['\n  query BulkJobForTest($id: ID!) {\n    bulkIssueJob(id: $id) {\n      id\n      status\n      total\n      processed\n      failed\n      errors\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveDefinitionForBulk($id: ID!) {\n    archiveRewardDefinition(id: $id) {\n      archived\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveDefinitionForBulk($id: ID!) {\n    archiveRewardDefinition(id: $id) {\n      archived\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IssueForIdempotency($input: IssueRewardInput!) {\n    issueReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        expiresAt\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation IssueForIdempotency($input: IssueRewardInput!) {\n    issueReward(input: $input) {\n      __typename\n      ... on Reward {\n        id\n        expiresAt\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RedeemForIdempotency($input: RedeemInput!) {\n    redeem(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        amount {\n          amount\n        }\n      }\n      ... on InsufficientBalanceError {\n        message\n        available {\n          amount\n          currency\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RedeemForIdempotency($input: RedeemInput!) {\n    redeem(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        amount {\n          amount\n        }\n      }\n      ... on InsufficientBalanceError {\n        message\n        available {\n          amount\n          currency\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateKeyForIdempotency($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateKeyForIdempotency($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RedeemWithCartForBounds($input: RedeemInput!) {\n    redeem(input: $input) {\n      __typename\n    }\n  }\n',
): (typeof documents)['\n  mutation RedeemWithCartForBounds($input: RedeemInput!) {\n    redeem(input: $input) {\n      __typename\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PreviewForBounds($input: PreviewRedemptionInput!) {\n    previewRedemption(input: $input) {\n      amount {\n        amount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PreviewForBounds($input: PreviewRedemptionInput!) {\n    previewRedemption(input: $input) {\n      amount {\n        amount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IssueForBounds($input: IssueRewardInput!) {\n    issueReward(input: $input) {\n      __typename\n    }\n  }\n',
): (typeof documents)['\n  mutation IssueForBounds($input: IssueRewardInput!) {\n    issueReward(input: $input) {\n      __typename\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateProfileForBounds($input: ProfileInput!) {\n    createProfile(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateProfileForBounds($input: ProfileInput!) {\n    createProfile(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchForBounds($s: String) {\n    profiles(search: $s) {\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query SearchForBounds($s: String) {\n    profiles(search: $s) {\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RewardForBounds($id: ID!) {\n    reward(id: $id) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  query RewardForBounds($id: ID!) {\n    reward(id: $id) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateLinkForTest($rewardId: ID!) {\n    createRewardExtensionLink(rewardId: $rewardId) {\n      __typename\n      ... on RewardExtensionLink {\n        url\n        token\n        expiresAt\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateLinkForTest($rewardId: ID!) {\n    createRewardExtensionLink(rewardId: $rewardId) {\n      __typename\n      ... on RewardExtensionLink {\n        url\n        token\n        expiresAt\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OfferFields on RewardExtensionOfferResult {\n    __typename\n    ... on RewardExtensionOffer {\n      rewardId\n      rewardName\n      valueRemaining {\n        amount\n        currency\n      }\n      expiresAt\n      newExpiresAt\n      timezone\n      customerFirstName\n    }\n    ... on ErrorResult {\n      errorCode\n      message\n    }\n  }\n',
): (typeof documents)['\n  fragment OfferFields on RewardExtensionOfferResult {\n    __typename\n    ... on RewardExtensionOffer {\n      rewardId\n      rewardName\n      valueRemaining {\n        amount\n        currency\n      }\n      expiresAt\n      newExpiresAt\n      timezone\n      customerFirstName\n    }\n    ... on ErrorResult {\n      errorCode\n      message\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OfferForTest($token: String!) {\n    rewardExtensionOffer(token: $token) {\n      ...OfferFields\n    }\n  }\n',
): (typeof documents)['\n  query OfferForTest($token: String!) {\n    rewardExtensionOffer(token: $token) {\n      ...OfferFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmLinkForTest($token: String!) {\n    extendRewardWithLink(token: $token) {\n      ...OfferFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmLinkForTest($token: String!) {\n    extendRewardWithLink(token: $token) {\n      ...OfferFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTypeForLinks($input: RewardTypeInput!) {\n    createRewardType(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateTypeForLinks($input: RewardTypeInput!) {\n    createRewardType(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProfileFields on Profile {\n    id\n    externalId\n    email\n    firstName\n    lastName\n    birthDate\n    joinedAt\n    timezone\n    tier\n    isStaff\n    lifetimeSpend {\n      amount\n      currency\n    }\n  }\n',
): (typeof documents)['\n  fragment ProfileFields on Profile {\n    id\n    externalId\n    email\n    firstName\n    lastName\n    birthDate\n    joinedAt\n    timezone\n    tier\n    isStaff\n    lifetimeSpend {\n      amount\n      currency\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateProfileForTest($input: ProfileInput!) {\n    createProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateProfileForTest($input: ProfileInput!) {\n    createProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProfileForTest($id: ID!, $input: UpdateProfileInput!) {\n    updateProfile(id: $id, input: $input) {\n      ...ProfileFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProfileForTest($id: ID!, $input: UpdateProfileInput!) {\n    updateProfile(id: $id, input: $input) {\n      ...ProfileFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProfileByExternalId($externalId: String) {\n    profile(externalId: $externalId) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  query ProfileByExternalId($externalId: String) {\n    profile(externalId: $externalId) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProfileById($id: ID) {\n    profile(id: $id) {\n      externalId\n    }\n  }\n',
): (typeof documents)['\n  query ProfileById($id: ID) {\n    profile(id: $id) {\n      externalId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchProfiles($s: String, $first: Int, $after: String) {\n    profiles(search: $s, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          lastName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SearchProfiles($s: String, $first: Int, $after: String) {\n    profiles(search: $s, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          lastName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProfilesWithBalances($s: String) {\n    profiles(search: $s, first: 50) {\n      edges {\n        node {\n          id\n          lifetimeSpend {\n            amount\n          }\n          balance {\n            available {\n              amount\n            }\n            activeRewardCount\n          }\n          balances {\n            currency\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProfilesWithBalances($s: String) {\n    profiles(search: $s, first: 50) {\n      edges {\n        node {\n          id\n          lifetimeSpend {\n            amount\n          }\n          balance {\n            available {\n              amount\n            }\n            activeRewardCount\n          }\n          balances {\n            currency\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StorefrontBalance($externalId: String!) {\n    profile(externalId: $externalId) {\n      id\n      balance {\n        currency\n        available {\n          amount\n          currency\n        }\n        held {\n          amount\n        }\n        expiringSoon {\n          amount\n        }\n        nextExpiry\n        activeRewardCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StorefrontBalance($externalId: String!) {\n    profile(externalId: $externalId) {\n      id\n      balance {\n        currency\n        available {\n          amount\n          currency\n        }\n        held {\n          amount\n        }\n        expiringSoon {\n          amount\n        }\n        nextExpiry\n        activeRewardCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StorefrontPreview($input: PreviewRedemptionInput!) {\n    previewRedemption(input: $input) {\n      amount {\n        amount\n        currency\n      }\n      maxRedeemable {\n        amount\n      }\n      eligibleSubtotal {\n        amount\n      }\n      lineDiscounts {\n        lineId\n        amount {\n          amount\n        }\n      }\n      allocations {\n        amount {\n          amount\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StorefrontPreview($input: PreviewRedemptionInput!) {\n    previewRedemption(input: $input) {\n      amount {\n        amount\n        currency\n      }\n      maxRedeemable {\n        amount\n      }\n      eligibleSubtotal {\n        amount\n      }\n      lineDiscounts {\n        lineId\n        amount {\n          amount\n        }\n      }\n      allocations {\n        amount {\n          amount\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StorefrontRedeem($input: RedeemInput!) {\n    redeem(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        status\n        amount {\n          amount\n          currency\n        }\n        lineDiscounts {\n          lineId\n          amount {\n            amount\n          }\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n      ... on InsufficientBalanceError {\n        available {\n          amount\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation StorefrontRedeem($input: RedeemInput!) {\n    redeem(input: $input) {\n      __typename\n      ... on Redemption {\n        id\n        status\n        amount {\n          amount\n          currency\n        }\n        lineDiscounts {\n          lineId\n          amount {\n            amount\n          }\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n      ... on InsufficientBalanceError {\n        available {\n          amount\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReactionFields on Reaction {\n    id\n    name\n    event\n    customEvent\n    condition\n    spendThreshold\n    spendRepeatEvery\n    lapsedDays\n    claimable\n    active\n    definition {\n      id\n    }\n  }\n',
): (typeof documents)['\n  fragment ReactionFields on Reaction {\n    id\n    name\n    event\n    customEvent\n    condition\n    spendThreshold\n    spendRepeatEvery\n    lapsedDays\n    claimable\n    active\n    definition {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IssuedReward on Reward {\n    id\n    status\n    source\n    activatesAt\n    valueRemaining {\n      amount\n    }\n    definition {\n      id\n    }\n  }\n',
): (typeof documents)['\n  fragment IssuedReward on Reward {\n    id\n    status\n    source\n    activatesAt\n    valueRemaining {\n      amount\n    }\n    definition {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateReactionForTest($input: ReactionInput!) {\n    createReaction(input: $input) {\n      ...ReactionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateReactionForTest($input: ReactionInput!) {\n    createReaction(input: $input) {\n      ...ReactionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateReactionForTest($id: ID!, $input: ReactionInput!) {\n    updateReaction(id: $id, input: $input) {\n      ...ReactionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateReactionForTest($id: ID!, $input: ReactionInput!) {\n    updateReaction(id: $id, input: $input) {\n      ...ReactionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReactionsForTest {\n    reactions {\n      ...ReactionFields\n    }\n  }\n',
): (typeof documents)['\n  query ReactionsForTest {\n    reactions {\n      ...ReactionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordTransactionForTest($input: RecordTransactionInput!) {\n    recordTransaction(input: $input) {\n      id\n      externalId\n      total {\n        amount\n        currency\n      }\n      profile {\n        id\n      }\n      rewardsIssued {\n        ...IssuedReward\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordTransactionForTest($input: RecordTransactionInput!) {\n    recordTransaction(input: $input) {\n      id\n      externalId\n      total {\n        amount\n        currency\n      }\n      profile {\n        id\n      }\n      rewardsIssued {\n        ...IssuedReward\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EmitEventForTest($input: EmitEventInput!) {\n    emitEvent(input: $input) {\n      rewardsIssued {\n        ...IssuedReward\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EmitEventForTest($input: EmitEventInput!) {\n    emitEvent(input: $input) {\n      rewardsIssued {\n        ...IssuedReward\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClaimableForTest($profileId: ID!) {\n    claimableReactions(profileId: $profileId) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  query ClaimableForTest($profileId: ID!) {\n    claimableReactions(profileId: $profileId) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClaimForTest($input: ClaimRewardInput!) {\n    claimReward(input: $input) {\n      __typename\n      ... on Reward {\n        ...IssuedReward\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ClaimForTest($input: ClaimRewardInput!) {\n    claimReward(input: $input) {\n      __typename\n      ... on Reward {\n        ...IssuedReward\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTierForTest($id: ID!, $input: UpdateProfileInput!) {\n    updateProfile(id: $id, input: $input) {\n      id\n      tier\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateTierForTest($id: ID!, $input: UpdateProfileInput!) {\n    updateProfile(id: $id, input: $input) {\n      id\n      tier\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProfileRewardsForTest($id: ID) {\n    profile(id: $id) {\n      lifetimeSpend {\n        amount\n      }\n      balance {\n        available {\n          amount\n        }\n      }\n      rewards(first: 100) {\n        edges {\n          node {\n            ...IssuedReward\n            issuedBy\n            reason\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProfileRewardsForTest($id: ID) {\n    profile(id: $id) {\n      lifetimeSpend {\n        amount\n      }\n      balance {\n        available {\n          amount\n        }\n      }\n      rewards(first: 100) {\n        edges {\n          node {\n            ...IssuedReward\n            issuedBy\n            reason\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LiabilityForTest($currency: String) {\n    liability(currency: $currency) {\n      currency\n      outstanding {\n        amount\n        currency\n      }\n      expiringSoon {\n        amount\n      }\n      byExpiryMonth {\n        month\n        amount {\n          amount\n        }\n        rewardCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LiabilityForTest($currency: String) {\n    liability(currency: $currency) {\n      currency\n      outstanding {\n        amount\n        currency\n      }\n      expiringSoon {\n        amount\n      }\n      byExpiryMonth {\n        month\n        amount {\n          amount\n        }\n        rewardCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActivityForTest($from: DateTime!, $to: DateTime!, $interval: ReportInterval!) {\n    activity(from: $from, to: $to, interval: $interval) {\n      period\n      rewardType\n      rewardTypeName\n      issued {\n        amount\n        currency\n      }\n      redeemed {\n        amount\n      }\n      restored {\n        amount\n      }\n      expired {\n        amount\n      }\n      voided {\n        amount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActivityForTest($from: DateTime!, $to: DateTime!, $interval: ReportInterval!) {\n    activity(from: $from, to: $to, interval: $interval) {\n      period\n      rewardType\n      rewardTypeName\n      issued {\n        amount\n        currency\n      }\n      redeemed {\n        amount\n      }\n      restored {\n        amount\n      }\n      expired {\n        amount\n      }\n      voided {\n        amount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BreakageForTest($from: DateTime!, $to: DateTime!) {\n    breakage(from: $from, to: $to) {\n      month\n      amount {\n        amount\n        currency\n      }\n      rewardCount\n    }\n  }\n',
): (typeof documents)['\n  query BreakageForTest($from: DateTime!, $to: DateTime!) {\n    breakage(from: $from, to: $to) {\n      month\n      amount {\n        amount\n        currency\n      }\n      rewardCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RunScheduleForTest($asOf: DateTime) {\n    runScheduledIssuance(asOf: $asOf) {\n      asOf\n      rewardsIssued\n      birthdays\n      anniversaries\n      lapses\n      rewardsExpired\n      remindersSent\n      idempotencyKeysPurged\n    }\n  }\n',
): (typeof documents)['\n  mutation RunScheduleForTest($asOf: DateTime) {\n    runScheduledIssuance(asOf: $asOf) {\n      asOf\n      rewardsIssued\n      birthdays\n      anniversaries\n      lapses\n      rewardsExpired\n      remindersSent\n      idempotencyKeysPurged\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateScheduledReactionForTest($input: ReactionInput!) {\n    createReaction(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateScheduledReactionForTest($input: ReactionInput!) {\n    createReaction(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordForScheduleTest($input: RecordTransactionInput!) {\n    recordTransaction(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordForScheduleTest($input: RecordTransactionInput!) {\n    recordTransaction(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExtendForScheduleTest($input: ExtendRewardInput!) {\n    extendReward(input: $input) {\n      __typename\n      ... on Reward {\n        status\n        expiresAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ExtendForScheduleTest($input: ExtendRewardInput!) {\n    extendReward(input: $input) {\n      __typename\n      ... on Reward {\n        status\n        expiresAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateWebhookForTest($input: WebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        active\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateWebhookForTest($input: WebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        active\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhooksForTest {\n    webhooks {\n      id\n      url\n      events\n      active\n      disabledReason\n      failingSince\n      deliveries(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            messageId\n            eventType\n            status\n            attemptCount\n            lastStatusCode\n            attempts {\n              statusCode\n              succeeded\n              durationMs\n              error\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WebhooksForTest {\n    webhooks {\n      id\n      url\n      events\n      active\n      disabledReason\n      failingSince\n      deliveries(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            messageId\n            eventType\n            status\n            attemptCount\n            lastStatusCode\n            attempts {\n              statusCode\n              succeeded\n              durationMs\n              error\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteWebhookForTest($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteWebhookForTest($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RotateWebhookSecretForTest($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      __typename\n      ... on WebhookCreated {\n        secret\n      }\n      ... on ErrorResult {\n        errorCode\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RotateWebhookSecretForTest($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      __typename\n      ... on WebhookCreated {\n        secret\n      }\n      ... on ErrorResult {\n        errorCode\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RedeliverWebhookForTest($id: ID!) {\n    redeliverWebhook(deliveryId: $id) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        status\n        messageId\n      }\n      ... on ErrorResult {\n        errorCode\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RedeliverWebhookForTest($id: ID!) {\n    redeliverWebhook(deliveryId: $id) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        status\n        messageId\n      }\n      ... on ErrorResult {\n        errorCode\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EnableWebhookForTest($id: ID!) {\n    enableWebhook(id: $id) {\n      __typename\n      ... on Webhook {\n        active\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EnableWebhookForTest($id: ID!) {\n    enableWebhook(id: $id) {\n      __typename\n      ... on Webhook {\n        active\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
