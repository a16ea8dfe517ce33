/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = {
  [_ in K]?: never;
};
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string };
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown };
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number };
};

/** Ledger value of one reward type and currency in one period. */
export type ActivityRow = {
  __typename?: 'ActivityRow';
  /** Expired (EXPIRE entries). */
  expired: Money;
  /** Issued (ISSUE entries). */
  issued: Money;
  /** YYYY-MM-DD or YYYY-MM, in the brand's time zone. */
  period: Scalars['String']['output'];
  /** Redeemed (REDEEM entries), before reversals and returns. */
  redeemed: Money;
  /** Given back by reversals and returns. */
  restored: Money;
  /** The reward type's key. */
  rewardType: Scalars['String']['output'];
  rewardTypeName: Scalars['String']['output'];
  /** Voided (VOID entries). */
  voided: Money;
};

/** A credential for storefronts, POS and scripts, limited to its scopes. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** First characters of the key, to recognise it; the secret is shown once. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ApiScope>;
};

/** A new API key with its secret, which is never shown again. */
export type ApiKeyCreated = {
  __typename?: 'ApiKeyCreated';
  apiKey: ApiKey;
  /** The full secret, shown only in this response. Send it as 'Authorization: Bearer <secret>'. */
  secret: Scalars['String']['output'];
};

/** What an API key may do. */
export type ApiScope =
  /** Emit custom events that reactions listen to. */
  | 'EMIT_EVENTS'
  /** Issue rewards. */
  | 'ISSUE_REWARDS'
  /** Read profiles, balances, rewards and redemptions. */
  | 'READ_PROFILES'
  /** Record purchases (spend milestones). */
  | 'RECORD_TRANSACTIONS'
  /** Preview, hold, redeem, reverse and return. */
  | 'REDEEM'
  /** Create and update profiles. */
  | 'WRITE_PROFILES';

/** Value that expired unredeemed in one month (breakage). */
export type BreakageRow = {
  __typename?: 'BreakageRow';
  /** What was left on rewards that expired (not voided). */
  amount: Money;
  /** YYYY-MM of expiry, in the brand's time zone. */
  month: Scalars['String']['output'];
  rewardCount: Scalars['Int']['output'];
};

export type BulkIssueCsvInput = {
  /** The header of the id column, when it has another name. */
  column?: InputMaybe<Scalars['String']['input']>;
  /** CSV text with a header row; the externalId (or external_id, or id) column names the profiles. Up to 100,000 rows. */
  csv: Scalars['String']['input'];
  definitionId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  value?: InputMaybe<Scalars['Int']['input']>;
};

export type BulkIssueInput = {
  definitionId: Scalars['ID']['input'];
  /** A retried request with the same key returns the same job. */
  idempotencyKey: Scalars['String']['input'];
  /** Brand ids of the profiles to receive a reward. */
  profileExternalIds: Array<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  /** Cents; default: the definition's value. */
  value?: InputMaybe<Scalars['Int']['input']>;
};

/** A bulk issue working in the background, and how far it got. */
export type BulkIssueJob = {
  __typename?: 'BulkIssueJob';
  createdAt: Scalars['DateTime']['output'];
  definitionId: Scalars['ID']['output'];
  /** The first 100 failures, as "Row n (external id): why". */
  errors: Array<Scalars['String']['output']>;
  failed: Scalars['Int']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Rows done so far, issued or failed. */
  processed: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  /** QUEUED, RUNNING or COMPLETED. */
  status: Scalars['String']['output'];
  /** Rows in the request. */
  total: Scalars['Int']['output'];
};

export type CaptureHoldInput = {
  /** Capture up to the held amount (default: all of it). */
  amount?: InputMaybe<Scalars['Int']['input']>;
  holdId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  transaction?: InputMaybe<TransactionRefInput>;
};

export type CaptureHoldResult =
  HoldNotActiveError | IdempotencyConflictError | NotFoundError | Redemption;

export type CartInput = {
  lines: Array<CartLineInput>;
  /** Cents; never eligible. */
  shipping?: InputMaybe<Scalars['Int']['input']>;
};

export type CartLineInput = {
  /** Lines whose category is in Settings.excludedCategories are not eligible. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Cents already taken off this line by benefits (benefits apply before rewards). */
  discount?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['String']['input'];
  quantity: Scalars['Int']['input'];
  sku?: InputMaybe<Scalars['String']['input']>;
  /** Cents, per unit, before discounts. */
  unitPrice: Scalars['Int']['input'];
};

export type CreateApiKeyInput = {
  name: Scalars['String']['input'];
  scopes: Array<ApiScope>;
};

export type CreateExtensionLinkResult =
  NotFoundError | RewardExtensionLink | RewardNotExtendableError;

export type CreateUserInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  role: Role;
};

export type EnableWebhookResult = NotFoundError | Webhook;

/** What kind of expected failure. */
export type ErrorCode =
  | 'ALREADY_EXISTS'
  | 'HOLD_NOT_ACTIVE'
  | 'IDEMPOTENCY_CONFLICT'
  | 'INSUFFICIENT_BALANCE'
  | 'INVALID_LINK'
  | 'ISSUE_LIMIT_EXCEEDED'
  | 'NOT_ELIGIBLE'
  | 'NOT_FOUND'
  | 'REDEMPTION_POLICY_VIOLATION'
  | 'RETURN_EXCEEDS_REDEMPTION'
  | 'REVERSAL_WINDOW_CLOSED'
  | 'REWARD_NOT_ACTIVE'
  | 'REWARD_NOT_EXTENDABLE';

/** An expected business failure, returned as data. */
export type ErrorResult = {
  errorCode: ErrorCode;
  message: Scalars['String']['output'];
};

/** Unit of a relative expiry. */
export type ExpiryUnit = 'DAYS' | 'MONTHS' | 'WEEKS' | 'YEARS';

export type ExtendRewardInput = {
  /** Add days to the current expiry; or */
  days?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
  rewardId: Scalars['ID']['input'];
  /** replace the expiry (must be later than the current one). */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ExtendRewardResult =
  NotFoundError | Reward | RewardNotActiveError | RewardNotExtendableError;

export type HoldInput = {
  /** Cents to redeem (or reserve). */
  amount: Scalars['Int']['input'];
  /** With a cart, redemption is capped by the eligible subtotal and policy, and apportioned across eligible lines. */
  cart?: InputMaybe<CartInput>;
  /** Default: the brand's currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey: Scalars['String']['input'];
  profileId: Scalars['ID']['input'];
  /** true: redeem exactly amount or fail. false: redeem as much of amount as balance and policy allow. */
  strict?: InputMaybe<Scalars['Boolean']['input']>;
  /** How long the hold lasts (at most 3600; default: Settings.holdTtlSeconds). */
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The hold is captured, released or lapsed. */
export type HoldNotActiveError = ErrorResult & {
  __typename?: 'HoldNotActiveError';
  errorCode: ErrorCode;
  message: Scalars['String']['output'];
};

export type HoldResult =
  | IdempotencyConflictError
  | InsufficientBalanceError
  | NotFoundError
  | RedemptionPolicyError
  | RewardHold;

/** EXPIRED: the hold lapsed at expiresAt without being captured or released. */
export type HoldStatus = 'ACTIVE' | 'CAPTURED' | 'EXPIRED' | 'RELEASED';

/** The idempotency key was already used with a different input. */
export type IdempotencyConflictError = ErrorResult & {
  __typename?: 'IdempotencyConflictError';
  errorCode: ErrorCode;
  message: Scalars['String']['output'];
};

/** The balance cannot cover the amount. */
export type InsufficientBalanceError = ErrorResult & {
  __typename?: 'InsufficientBalanceError';
  /** What could have been redeemed. */
  available: Money;
  errorCode: ErrorCode;
  message: Scalars['String']['output'];
};

/** The link is unknown, used or expired. */
export type InvalidLinkError = ErrorResult & {
  __typename?: 'InvalidLinkError';
  errorCode: ErrorCode;
  message: Scalars['String']['output'];
};

/** Above the MANAGER's issue limit. */
export type IssueLimitExceededError = ErrorResult & {
  __typename?: 'IssueLimitExceededError';
  errorCode: ErrorCode;
  /** The limit that would be exceeded. */
  limit: Money;
  message: Scalars['String']['output'];
};

export type IssueRewardInput = {
  /** Start later: the reward is PENDING until then. */
  activatesAt?: InputMaybe<Scalars['DateTime']['input']>;
  definitionHandle?: InputMaybe<Scalars['String']['input']>;
  definitionId?: InputMaybe<Scalars['ID']['input']>;
  /** Override the computed expiry. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  idempotencyKey: Scalars['String']['input'];
  meta?: InputMaybe<Scalars['JSON']['input']>;
  profileExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Profile id or, with profileExternalId, the brand's id. */
  profileId?: InputMaybe<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
  /** Override the definition's value (cents). */
  value?: InputMaybe<Scalars['Int']['input']>;
};

export type IssueRewardResult =
  IdempotencyConflictError | IssueLimitExceededError | NotFoundError | Reward;

export type LedgerConnection = {
  __typename?: 'LedgerConnection';
  edges: Array<LedgerEdge>;
  pageInfo: PageInfo;
  /** How many in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type LedgerEdge = {
  __typename?: 'LedgerEdge';
  cursor: Scalars['String']['output'];
  node: LedgerEntry;
};

/** Immutable record of every change to a profile’s rewards. */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /** user:<id>, apikey:<id>, customer:<profile id> or system:<job>. */
  actor: Scalars['String']['output'];
  /** The actor for people: a staff name, an API key name, the customer or a job. */
  actorLabel: Scalars['String']['output'];
  /** Signed change to the balance (0 for EXTEND). */
  amount: Money;
  /** The profile's balance in this currency after the entry. */
  balanceAfter: Money;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  redemption?: Maybe<Redemption>;
  reward?: Maybe<Reward>;
  type: LedgerEntryType;
};

export type LedgerEntryType =
  'EXPIRE' | 'EXTEND' | 'ISSUE' | 'REDEEM' | 'RETURN' | 'REVERSAL' | 'VOID';

/** What is owed now: value left on rewards neither voided nor expired (pending ones included). */
export type Liability = {
  __typename?: 'Liability';
  /** By month of expiry, soonest first. */
  byExpiryMonth: Array<LiabilityBucket>;
  currency: Scalars['String']['output'];
  outstanding: Money;
};

/** Value outstanding on rewards expiring in one month. */
export type LiabilityBucket = {
  __typename?: 'LiabilityBucket';
  amount: Money;
  /** YYYY-MM of expiry, in the brand's time zone. */
  month: Scalars['String']['output'];
  /** How many rewards carry it. */
  rewardCount: Scalars['Int']['output'];
};

/** The part of a redemption taken off one cart line. */
export type LineDiscount = {
  __typename?: 'LineDiscount';
  amount: Money;
  lineId: Scalars['String']['output'];
};

/** An amount of money: integer minor units and a currency. */
export type Money = {
  __typename?: 'Money';
  /** Integer minor units (cents). Never fractional. */
  amount: Scalars['SafeInt']['output'];
  /** ISO 4217 code, e.g. AUD. */
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Archives a definition: it can no longer issue. Issued rewards are untouched. */
  archiveRewardDefinition: RewardDefinition;
  /** Archives a reward type: no new definitions of it. Existing rewards are untouched. */
  archiveRewardType: RewardType;
  /** Issues a reward from a definition to each listed profile (up to 100,000), in the background. A MANAGER's limits hold per reward and per day. Idempotent by idempotencyKey: a retry returns the same job. Follow it with bulkIssueJob. */
  bulkIssueRewards: BulkIssueJob;
  /** bulkIssueRewards from a CSV upload whose header names the external id column. */
  bulkIssueRewardsCsv: BulkIssueJob;
  /** Turns up to the held amount into a redemption; the rest is released. */
  captureHold: CaptureHoldResult;
  /** Changes the signed-in staff member's password. Other sessions stay signed in. */
  changePassword: Scalars['Boolean']['output'];
  /** Creates an API key; its secret is shown once. */
  createApiKey: ApiKeyCreated;
  /** Adds a customer profile. External ids are unique. */
  createProfile: Profile;
  /** Adds a reward definition. */
  createRewardDefinition: RewardDefinition;
  /** A single-use Profile Portal link (valid 30 days) for a reward whose type allows self-service extension. The customer's page shows the offer and, on confirmation, adds the type's extensionDays. */
  createRewardExtensionLink: CreateExtensionLinkResult;
  /** Adds a reward type. Keys are unique. */
  createRewardType: RewardType;
  /** Creates a staff account. Emails are unique. */
  createUser: User;
  /** Adds an endpoint for the named events. The signing secret is in the answer and never shown again. The URL must be http(s); in production not a loopback or private address unless WEBHOOKS_ALLOW_PRIVATE=true. */
  createWebhook: WebhookCreated;
  /** Removes an endpoint: nothing more is sent to it and what was waiting is cancelled. False if there was no such webhook. */
  deleteWebhook: Scalars['Boolean']['output'];
  /** Turns a disabled endpoint back on; the events that waited while it was disabled are sent. */
  enableWebhook: EnableWebhookResult;
  /** Extends an active or expired reward: days adds to the current expiry (ending at the end of that local day), until replaces it. The new expiry must be later and in the future. */
  extendReward: ExtendRewardResult;
  /** Public: the customer confirms an extension from a Profile Portal link (single use). A second confirmation answers InvalidLinkError saying the link was already used. Rate-limited per client address. */
  extendRewardWithLink: RewardExtensionOfferResult;
  /** Reserves balance for a checkout, like redeem without spending. The hold lapses by itself at expiresAt. */
  holdRewards: HoldResult;
  /** Issues a reward from a definition. Value and expiry come from the definition unless overridden; a MANAGER's manual issues are limited per reward and per day. Idempotent by idempotencyKey. */
  issueReward: IssueRewardResult;
  /** Signs a staff member in. Returns a bearer token and sets an HttpOnly session cookie. A wrong email or password gets UNAUTHENTICATED without saying which was wrong. */
  login: Session;
  /** Ends the current session and clears its cookie. */
  logout: Scalars['Boolean']['output'];
  /** Spends rewards, nearest expiry first. strict (default) redeems exactly amount or fails; otherwise as much as allowed. Idempotent by idempotencyKey. */
  redeem: RedeemResult;
  /** Sends a delivery again now, with the same webhook-id (receivers deduplicate by it), and retries it for another 24 hours if it fails. */
  redeliverWebhook: RedeliverWebhookResult;
  /** Frees what a hold reserves. */
  releaseHold: ReleaseHoldResult;
  /** Gives back part or all of a redemption when goods are refunded, latest-expiring reward first; value for an expired or voided reward comes back as a new reward lasting Settings.returnGraceDays. */
  returnRedemption: ReturnRedemptionResult;
  /** Undoes a whole redemption within Settings.reversalWindowMinutes, back to the same rewards. Reversing again returns it unchanged. */
  reverseRedemption: ReverseRedemptionResult;
  /** Revokes an API key at once. Revoking twice is harmless. */
  revokeApiKey: ApiKey;
  /** Replaces the signing secret (shown once in the answer). For 24 hours deliveries carry signatures by both the old and the new secret, so receivers can switch without a gap. */
  rotateWebhookSecret: RotateWebhookSecretResult;
  /** Activates or deactivates a staff account; deactivating ends its sessions. */
  setUserActive: User;
  /** Changes a profile; fields left out stay as they are. */
  updateProfile: Profile;
  /** Changes a definition. Rewards already issued from it keep their value and expiry. */
  updateRewardDefinition: RewardDefinition;
  /** Changes a reward type's name, description and extension policy (not its key). */
  updateRewardType: RewardType;
  /** Changes brand-wide rules. Every field is validated; nothing changes on an error. */
  updateSettings: Settings;
  /** Ends an active or pending reward; what remained leaves the balance. Nothing is deleted. */
  voidReward: VoidRewardResult;
};

export type MutationArchiveRewardDefinitionArgs = {
  id: Scalars['ID']['input'];
};

export type MutationArchiveRewardTypeArgs = {
  id: Scalars['ID']['input'];
};

export type MutationBulkIssueRewardsArgs = {
  input: BulkIssueInput;
};

export type MutationBulkIssueRewardsCsvArgs = {
  input: BulkIssueCsvInput;
};

export type MutationCaptureHoldArgs = {
  input: CaptureHoldInput;
};

export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};

export type MutationCreateProfileArgs = {
  input: ProfileInput;
};

export type MutationCreateRewardDefinitionArgs = {
  input: RewardDefinitionInput;
};

export type MutationCreateRewardExtensionLinkArgs = {
  rewardId: Scalars['ID']['input'];
};

export type MutationCreateRewardTypeArgs = {
  input: RewardTypeInput;
};

export type MutationCreateUserArgs = {
  input: CreateUserInput;
};

export type MutationCreateWebhookArgs = {
  input: WebhookInput;
};

export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};

export type MutationEnableWebhookArgs = {
  id: Scalars['ID']['input'];
};

export type MutationExtendRewardArgs = {
  input: ExtendRewardInput;
};

export type MutationExtendRewardWithLinkArgs = {
  token: Scalars['String']['input'];
};

export type MutationHoldRewardsArgs = {
  input: HoldInput;
};

export type MutationIssueRewardArgs = {
  input: IssueRewardInput;
};

export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type MutationRedeemArgs = {
  input: RedeemInput;
};

export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['ID']['input'];
};

export type MutationReleaseHoldArgs = {
  holdId: Scalars['ID']['input'];
};

export type MutationReturnRedemptionArgs = {
  input: ReturnRedemptionInput;
};

export type MutationReverseRedemptionArgs = {
  input: ReverseRedemptionInput;
};

export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};

export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};

export type MutationSetUserActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};

export type MutationUpdateProfileArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProfileInput;
};

export type MutationUpdateRewardDefinitionArgs = {
  id: Scalars['ID']['input'];
  input: RewardDefinitionInput;
};

export type MutationUpdateRewardTypeArgs = {
  id: Scalars['ID']['input'];
  input: RewardTypeInput;
};

export type MutationUpdateSettingsArgs = {
  input: SettingsInput;
};

export type MutationVoidRewardArgs = {
  input: VoidRewardInput;
};

/** The thing asked for does not exist. */
export type NotFoundError = ErrorResult & {
  __typename?: 'NotFoundError';
  errorCode: ErrorCode;
  message: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PreviewRedemptionInput = {
  /** Cents to redeem (or reserve). */
  amount: Scalars['Int']['input'];
  /** With a cart, redemption is capped by the eligible subtotal and policy, and apportioned across eligible lines. */
  cart?: InputMaybe<CartInput>;
  /** Default: the brand's currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  profileId: Scalars['ID']['input'];
  /** true: redeem exactly amount or fail. false: redeem as much of amount as balance and policy allow. */
  strict?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A customer of the brand. */
export type Profile = {
  __typename?: 'Profile';
  /** Balance in one currency (default: the brand's). */
  balance: RewardBalance;
  /** One balance per currency the profile holds active rewards in. */
  balances: Array<RewardBalance>;
  /** YYYY-MM-DD. */
  birthDate?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  /** The brand's own customer id; unique. */
  externalId: Scalars['String']['output'];
  firstName?: Maybe<Scalars['String']['output']>;
  /** Checkout holds, newest first (at most 100): by default only those still reserving balance. */
  holds: Array<RewardHold>;
  id: Scalars['ID']['output'];
  isStaff: Scalars['Boolean']['output'];
  joinedAt: Scalars['DateTime']['output'];
  lastName?: Maybe<Scalars['String']['output']>;
  /** Every change to the rewards, newest first. */
  ledger: LedgerConnection;
  /** Lifetime spend in the brand's default currency. */
  lifetimeSpend: Money;
  /** Redemptions, newest first. */
  redemptions: RedemptionConnection;
  /** Rewards, newest first. */
  rewards: RewardConnection;
  tier?: Maybe<Scalars['String']['output']>;
  /** IANA timezone; rewards issued to this profile expire at the end of the local day. */
  timezone: Scalars['String']['output'];
};

/** A customer of the brand. */
export type ProfileBalanceArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};

/** A customer of the brand. */
export type ProfileHoldsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A customer of the brand. */
export type ProfileLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A customer of the brand. */
export type ProfileRedemptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A customer of the brand. */
export type ProfileRewardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RewardStatus>;
};

export type ProfileConnection = {
  __typename?: 'ProfileConnection';
  edges: Array<ProfileEdge>;
  pageInfo: PageInfo;
  /** How many in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type ProfileEdge = {
  __typename?: 'ProfileEdge';
  cursor: Scalars['String']['output'];
  node: Profile;
};

export type ProfileInput = {
  /** YYYY-MM-DD. */
  birthDate?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  externalId: Scalars['String']['input'];
  firstName?: InputMaybe<Scalars['String']['input']>;
  isStaff?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default: now. */
  joinedAt?: InputMaybe<Scalars['DateTime']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  tier?: InputMaybe<Scalars['String']['input']>;
  /** IANA zone; default: the brand's. */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** Issued, redeemed, restored, expired and voided value per reward type, currency and brand-local day or month, from the ledger, for entries in [from, to). DAY covers at most 2 years. */
  activity: Array<ActivityRow>;
  /** Every API key, newest first, revoked ones included. */
  apiKeys: Array<ApiKey>;
  /** Breakage: value that expired unredeemed, by brand-local month of expiry, for rewards expiring in [from, to) (up to now). At most 10 years. */
  breakage: Array<BreakageRow>;
  /** A bulk issue and its progress. */
  bulkIssueJob?: Maybe<BulkIssueJob>;
  hold?: Maybe<RewardHold>;
  /** Outstanding reward value now in a currency (default: the brand's), by month of expiry in the brand's time zone. */
  liability: Liability;
  /** The signed-in staff member. */
  me?: Maybe<User>;
  /** What redeem would do now (as much of amount as allowed), writing nothing. */
  previewRedemption: RedemptionPreview;
  /** One profile by id or by external id. */
  profile?: Maybe<Profile>;
  /** Search by name, email or external id; newest first. */
  profiles: ProfileConnection;
  redemption?: Maybe<Redemption>;
  /** Redemptions found by transaction id, receipt or location; newest first. An API key without READ_PROFILES finds only its own. */
  redemptions: RedemptionConnection;
  reward?: Maybe<Reward>;
  /** One definition by id or by handle (exactly one of them). */
  rewardDefinition?: Maybe<RewardDefinition>;
  /** Reward definitions, by name. */
  rewardDefinitions: Array<RewardDefinition>;
  /** Public: what a Profile Portal extension link offers. Rate-limited per client address. */
  rewardExtensionOffer: RewardExtensionOfferResult;
  /** Reward types, by name; archived ones on request. */
  rewardTypes: Array<RewardType>;
  /** The brand-wide rules. */
  settings: Settings;
  /** Every staff account, active or not. */
  users: Array<User>;
  /** Every webhook endpoint (deleted ones are gone). */
  webhooks: Array<Webhook>;
};

export type QueryActivityArgs = {
  from: Scalars['DateTime']['input'];
  interval: ReportInterval;
  to: Scalars['DateTime']['input'];
};

export type QueryBreakageArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

export type QueryBulkIssueJobArgs = {
  id: Scalars['ID']['input'];
};

export type QueryHoldArgs = {
  id: Scalars['ID']['input'];
};

export type QueryLiabilityArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};

export type QueryPreviewRedemptionArgs = {
  input: PreviewRedemptionInput;
};

export type QueryProfileArgs = {
  externalId?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};

export type QueryProfilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type QueryRedemptionArgs = {
  id: Scalars['ID']['input'];
};

export type QueryRedemptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locationId?: InputMaybe<Scalars['String']['input']>;
  receiptRef?: InputMaybe<Scalars['String']['input']>;
  transactionExternalId?: InputMaybe<Scalars['String']['input']>;
};

export type QueryRewardArgs = {
  id: Scalars['ID']['input'];
};

export type QueryRewardDefinitionArgs = {
  handle?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};

export type QueryRewardDefinitionsArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};

export type QueryRewardExtensionOfferArgs = {
  token: Scalars['String']['input'];
};

export type QueryRewardTypesArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};

export type RedeemInput = {
  /** Cents to redeem (or reserve). */
  amount: Scalars['Int']['input'];
  /** With a cart, redemption is capped by the eligible subtotal and policy, and apportioned across eligible lines. */
  cart?: InputMaybe<CartInput>;
  /** Default: the brand's currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey: Scalars['String']['input'];
  profileId: Scalars['ID']['input'];
  /** true: redeem exactly amount or fail. false: redeem as much of amount as balance and policy allow. */
  strict?: InputMaybe<Scalars['Boolean']['input']>;
  transaction?: InputMaybe<TransactionRefInput>;
};

export type RedeemResult =
  | IdempotencyConflictError
  | InsufficientBalanceError
  | NotFoundError
  | Redemption
  | RedemptionPolicyError;

export type RedeliverWebhookResult = NotFoundError | WebhookDelivery;

/** Rewards spent at a checkout. */
export type Redemption = {
  __typename?: 'Redemption';
  /** Which rewards paid, nearest expiry first. */
  allocations: Array<RedemptionAllocation>;
  /** What was redeemed. */
  amount: Money;
  createdAt: Scalars['DateTime']['output'];
  /** Who redeemed (user:, apikey:). */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** Who redeemed, for people: a staff name or an API key name. */
  createdByLabel?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** How the amount is spread over the cart's eligible lines (empty without a cart). */
  lineDiscounts: Array<LineDiscount>;
  locationId?: Maybe<Scalars['String']['output']>;
  profile: Profile;
  receiptRef?: Maybe<Scalars['String']['output']>;
  /** What was asked for. */
  requested: Money;
  /** What returns have given back so far. */
  returned: Money;
  reversedAt?: Maybe<Scalars['DateTime']['output']>;
  status: RedemptionStatus;
  transactionExternalId?: Maybe<Scalars['String']['output']>;
};

/** What one reward gave. */
export type RedemptionAllocation = {
  __typename?: 'RedemptionAllocation';
  amount: Money;
  reward: Reward;
};

export type RedemptionConnection = {
  __typename?: 'RedemptionConnection';
  edges: Array<RedemptionEdge>;
  pageInfo: PageInfo;
  /** How many in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type RedemptionEdge = {
  __typename?: 'RedemptionEdge';
  cursor: Scalars['String']['output'];
  node: Redemption;
};

/** The redemption policy caps this request. */
export type RedemptionPolicyError = ErrorResult & {
  __typename?: 'RedemptionPolicyError';
  errorCode: ErrorCode;
  /** The most the policy allows for this request. */
  maxAllowed: Money;
  message: Scalars['String']['output'];
};

/** A dry run of redeem: what would be taken from which rewards and lines, and the most allowed. */
export type RedemptionPreview = {
  __typename?: 'RedemptionPreview';
  allocations: Array<RedemptionAllocation>;
  /** What redeem would take now (at most the amount asked). */
  amount: Money;
  /** The cart total rewards may pay for (0 without a cart). */
  eligibleSubtotal: Money;
  lineDiscounts: Array<LineDiscount>;
  /** The most the balance and the policy allow. */
  maxRedeemable: Money;
};

export type RedemptionStatus = 'COMPLETED' | 'PARTIALLY_RETURNED' | 'RETURNED' | 'REVERSED';

export type ReleaseHoldResult = HoldNotActiveError | NotFoundError | RewardHold;

/** Periods in the brand's time zone. */
export type ReportInterval = 'DAY' | 'MONTH';

/** More than what is left of the redemption. */
export type ReturnExceedsRedemptionError = ErrorResult & {
  __typename?: 'ReturnExceedsRedemptionError';
  errorCode: ErrorCode;
  message: Scalars['String']['output'];
  returnable: Money;
};

export type ReturnRedemptionInput = {
  /** Cents of the redemption to give back (a partial refund of the purchase). */
  amount: Scalars['Int']['input'];
  idempotencyKey: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  redemptionId: Scalars['ID']['input'];
};

export type ReturnRedemptionResult =
  IdempotencyConflictError | NotFoundError | Redemption | ReturnExceedsRedemptionError;

/** The reversal window has passed. */
export type ReversalWindowClosedError = ErrorResult & {
  __typename?: 'ReversalWindowClosedError';
  errorCode: ErrorCode;
  message: Scalars['String']['output'];
};

export type ReverseRedemptionInput = {
  reason?: InputMaybe<Scalars['String']['input']>;
  redemptionId: Scalars['ID']['input'];
};

export type ReverseRedemptionResult = NotFoundError | Redemption | ReversalWindowClosedError;

/** A dollar-off discount with an expiry, owned by one profile. */
export type Reward = {
  __typename?: 'Reward';
  activatesAt?: Maybe<Scalars['DateTime']['output']>;
  definition: RewardDefinition;
  /** The last instant the reward may be used. */
  expiresAt: Scalars['DateTime']['output'];
  /** Expiry in the reward's timezone, e.g. 2026-12-31T23:59:59+11:00. */
  expiresLocal: Scalars['String']['output'];
  extendedAt?: Maybe<Scalars['DateTime']['output']>;
  extensionCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** Who issued it (user:, apikey:, system:). */
  issuedBy?: Maybe<Scalars['String']['output']>;
  /** Who issued it, for people: a staff name, an API key name or a system job. */
  issuedByLabel?: Maybe<Scalars['String']['output']>;
  meta?: Maybe<Scalars['JSON']['output']>;
  profile: Profile;
  reason?: Maybe<Scalars['String']['output']>;
  source: RewardSource;
  status: RewardStatus;
  /** IANA zone the expiry is computed in. */
  timezone: Scalars['String']['output'];
  type: RewardType;
  valueInitial: Money;
  valueRemaining: Money;
  voidedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A profile’s balance in one currency. */
export type RewardBalance = {
  __typename?: 'RewardBalance';
  activeRewardCount: Scalars['Int']['output'];
  /** Sum of unused, unexpired, active rewards minus what active holds reserve. */
  available: Money;
  currency: Scalars['String']['output'];
  /** Value that expires within the next 30 days. */
  expiringSoon: Money;
  /** What active holds reserve. */
  held: Money;
  /** Earliest expiry among active rewards. */
  nextExpiry?: Maybe<Scalars['DateTime']['output']>;
};

export type RewardConnection = {
  __typename?: 'RewardConnection';
  edges: Array<RewardEdge>;
  pageInfo: PageInfo;
  /** How many in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** The template a reward is issued from. */
export type RewardDefinition = {
  __typename?: 'RewardDefinition';
  /** A fixed expiry for every reward of this definition (e.g. a campaign end). */
  absoluteExpiry?: Maybe<Scalars['DateTime']['output']>;
  archived: Scalars['Boolean']['output'];
  /** Whether automatic issuance (reactions, milestones, schedules) may use it. */
  assignable: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Valid for this many units after issue, ending at the end of the local day. Null when absoluteExpiry is set. */
  expiryPeriod?: Maybe<Scalars['Int']['output']>;
  expiryUnit?: Maybe<ExpiryUnit>;
  /** Unique, URL-safe; used for lookups and deduplication. */
  handle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Visible to customers in frontends. */
  published: Scalars['Boolean']['output'];
  type: RewardType;
  updatedAt: Scalars['DateTime']['output'];
  /** Default value of each reward issued from this definition. */
  value: Money;
};

export type RewardDefinitionInput = {
  absoluteExpiry?: InputMaybe<Scalars['DateTime']['input']>;
  /** Default true. */
  assignable?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 4217; default: the brand's. */
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  expiryPeriod?: InputMaybe<Scalars['Int']['input']>;
  expiryUnit?: InputMaybe<ExpiryUnit>;
  /** Lower-case letters, digits, hyphens and underscores. */
  handle: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Default false. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  typeId: Scalars['ID']['input'];
  /** Cents. */
  value: Scalars['Int']['input'];
};

export type RewardEdge = {
  __typename?: 'RewardEdge';
  cursor: Scalars['String']['output'];
  node: Reward;
};

/** A single-use Profile Portal link offering a self-service extension. */
export type RewardExtensionLink = {
  __typename?: 'RewardExtensionLink';
  expiresAt: Scalars['DateTime']['output'];
  /** Shown once; only its hash is stored. */
  token: Scalars['String']['output'];
  /** The public page's address, carrying the token. */
  url: Scalars['String']['output'];
};

/** What the public Profile Portal page may show: no profile data beyond a first name. */
export type RewardExtensionOffer = {
  __typename?: 'RewardExtensionOffer';
  customerFirstName?: Maybe<Scalars['String']['output']>;
  /** The expiry before the extension. */
  expiresAt: Scalars['DateTime']['output'];
  /** The expiry after the extension. */
  newExpiresAt: Scalars['DateTime']['output'];
  rewardId: Scalars['ID']['output'];
  rewardName: Scalars['String']['output'];
  timezone: Scalars['String']['output'];
  valueRemaining: Money;
};

export type RewardExtensionOfferResult =
  InvalidLinkError | RewardExtensionOffer | RewardNotExtendableError;

/** Balance reserved during checkout; it lapses by itself at expiresAt. */
export type RewardHold = {
  __typename?: 'RewardHold';
  allocations: Array<RedemptionAllocation>;
  amount: Money;
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** How the held amount spreads over the cart. */
  lineDiscounts: Array<LineDiscount>;
  profile: Profile;
  /** The redemption a capture created. */
  redemptionId?: Maybe<Scalars['ID']['output']>;
  status: HoldStatus;
};

/** The reward is not in a state that allows this (used, voided, expired or pending). */
export type RewardNotActiveError = ErrorResult & {
  __typename?: 'RewardNotActiveError';
  errorCode: ErrorCode;
  message: Scalars['String']['output'];
};

/** This reward cannot be extended this way. */
export type RewardNotExtendableError = ErrorResult & {
  __typename?: 'RewardNotExtendableError';
  errorCode: ErrorCode;
  message: Scalars['String']['output'];
};

/** How a reward came to be. */
export type RewardSource =
  'CLAIM' | 'EVENT' | 'IMPORT' | 'MANUAL' | 'REACTION' | 'RETURN' | 'SCHEDULE' | 'SPEND_MILESTONE';

/** Derived from the reward and the clock when read; never stale. */
export type RewardStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  /** Issued to start later; not yet in the balance. */
  | 'PENDING'
  /** Fully redeemed. */
  | 'USED'
  | 'VOIDED';

/** A brand-configurable group of rewards, for reporting and extension policy. */
export type RewardType = {
  __typename?: 'RewardType';
  archived: Scalars['Boolean']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Days an extension adds. */
  extensionDays: Scalars['Int']['output'];
  /** Customers may extend rewards of this type through a Profile Portal link. */
  extensionEnabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Stable key, e.g. member-activation, birthday, spend, join-anniversary, campaign, customer-service, re-activation, staff. */
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type RewardTypeInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  extensionDays: Scalars['Int']['input'];
  extensionEnabled: Scalars['Boolean']['input'];
  /** Lower-case words joined by hyphens; cannot change later. */
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** What a staff member may do. */
export type Role =
  /** Full access: definitions, types, settings, users, API keys, webhooks. */
  | 'ADMIN'
  /** Customer service: issue (within limits), extend, void, redeem, reverse, read everything. */
  | 'MANAGER';

export type RotateWebhookSecretResult = NotFoundError | WebhookCreated;

/** A signed-in session. */
export type Session = {
  __typename?: 'Session';
  expiresAt: Scalars['DateTime']['output'];
  /** Bearer token for API clients and scripts; the server also sets an HttpOnly cookie. */
  token: Scalars['String']['output'];
  user: User;
};

/** Brand-wide rules for redemption and issuance. */
export type Settings = {
  __typename?: 'Settings';
  defaultCurrency: Scalars['String']['output'];
  defaultTimezone: Scalars['String']['output'];
  /** Line categories rewards can never pay for (e.g. gift-card, shipping). */
  excludedCategories: Array<Scalars['String']['output']>;
  /** How long a hold stays active unless captured or released. */
  holdTtlSeconds: Scalars['Int']['output'];
  /** Largest total a MANAGER may issue manually per day (cents). */
  managerDailyIssueLimit: Scalars['Int']['output'];
  /** Largest single manual issue a MANAGER may make (cents); ADMIN is not limited. */
  managerIssueLimit: Scalars['Int']['output'];
  /** Most a single redemption may take, in cents; null for no cap. */
  maxRedemptionAmount?: Maybe<Scalars['Int']['output']>;
  /** Most a single redemption may take, as percent of the eligible subtotal; null for no cap. */
  maxRedemptionPercent?: Maybe<Scalars['Int']['output']>;
  /** Minimum eligible subtotal (cents) before rewards may be used; 0 for none. */
  minimumSpend: Scalars['Int']['output'];
  /** When a return restores value to a reward that has expired meanwhile, the restored value lives this many more days. */
  returnGraceDays: Scalars['Int']['output'];
  /** How long after a redemption it may be reversed in full. */
  reversalWindowMinutes: Scalars['Int']['output'];
};

/** Only the fields given change; null clears an optional cap. */
export type SettingsInput = {
  defaultCurrency?: InputMaybe<Scalars['String']['input']>;
  defaultTimezone?: InputMaybe<Scalars['String']['input']>;
  excludedCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  holdTtlSeconds?: InputMaybe<Scalars['Int']['input']>;
  managerDailyIssueLimit?: InputMaybe<Scalars['Int']['input']>;
  managerIssueLimit?: InputMaybe<Scalars['Int']['input']>;
  maxRedemptionAmount?: InputMaybe<Scalars['Int']['input']>;
  maxRedemptionPercent?: InputMaybe<Scalars['Int']['input']>;
  minimumSpend?: InputMaybe<Scalars['Int']['input']>;
  returnGraceDays?: InputMaybe<Scalars['Int']['input']>;
  reversalWindowMinutes?: InputMaybe<Scalars['Int']['input']>;
};

export type TransactionRefInput = {
  /** The order or transaction id. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  locationId?: InputMaybe<Scalars['String']['input']>;
  receiptRef?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change; null clears an optional field. */
export type UpdateProfileInput = {
  birthDate?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  isStaff?: InputMaybe<Scalars['Boolean']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  tier?: InputMaybe<Scalars['String']['input']>;
  timezone?: InputMaybe<Scalars['String']['input']>;
};

/** A staff member who signs in to the admin app. */
export type User = {
  __typename?: 'User';
  /** Inactive users cannot sign in; their sessions end. */
  active: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: Role;
};

export type VoidRewardInput = {
  reason: Scalars['String']['input'];
  rewardId: Scalars['ID']['input'];
};

export type VoidRewardResult = NotFoundError | Reward | RewardNotActiveError;

/** An endpoint that receives signed events (Standard Webhooks). */
export type Webhook = {
  __typename?: 'Webhook';
  /** False once disabled after failing for 24 hours (see disabledReason). */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** What was sent to this endpoint, newest first. */
  deliveries: WebhookDeliveryConnection;
  /** Why and when it was disabled. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** Event names, e.g. reward.issued, reward.redeemed, reward.extended, reward.voided, reward.expired, reward.expiring, redemption.reversed, redemption.returned. */
  events: Array<Scalars['String']['output']>;
  /** Since when every attempt has failed; null while deliveries succeed. */
  failingSince?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  url: Scalars['String']['output'];
};

/** An endpoint that receives signed events (Standard Webhooks). */
export type WebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One HTTP attempt of a delivery. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  attemptedAt: Scalars['DateTime']['output'];
  durationMs: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  /** The HTTP status; null when none came back. */
  statusCode?: Maybe<Scalars['Int']['output']>;
  succeeded: Scalars['Boolean']['output'];
};

/** A webhook and its signing secret, shown only this once. */
export type WebhookCreated = {
  __typename?: 'WebhookCreated';
  /** HMAC-SHA256 signing secret (whsec_…), shown once. Verify deliveries with a Standard Webhooks library. */
  secret: Scalars['String']['output'];
  webhook: Webhook;
};

/** One event for one endpoint, and how sending it went. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attemptCount: Scalars['Int']['output'];
  /** Every attempt, oldest first. */
  attempts: Array<WebhookAttempt>;
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** The webhook-id header; receivers deduplicate by it. */
  messageId: Scalars['String']['output'];
  /** The next attempt, while PENDING. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The JSON body sent: { type, timestamp, data }. */
  payload: Scalars['String']['output'];
  /** PENDING (waiting or retrying), SUCCEEDED, FAILED (gave up after 24 hours), PAUSED (endpoint disabled) or CANCELLED (endpoint deleted). */
  status: Scalars['String']['output'];
  webhookId: Scalars['ID']['output'];
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
  /** How many in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type WebhookInput = {
  /** Any of: reward.issued, reward.redeemed, reward.extended, reward.voided, reward.expired, reward.expiring, redemption.reversed, redemption.returned. */
  events: Array<Scalars['String']['input']>;
  /** An http(s) URL, at most 2,000 characters. */
  url: Scalars['String']['input'];
};

export type BulkIssueForTestMutationVariables = Exact<{
  input: BulkIssueInput;
}>;

export type BulkIssueForTestMutation = {
  __typename?: 'Mutation';
  bulkIssueRewards: {
    __typename?: 'BulkIssueJob';
    id: string;
    status: string;
    total: number;
    processed: number;
    failed: number;
    errors: Array<string>;
  };
};

export type BulkIssueCsvForTestMutationVariables = Exact<{
  input: BulkIssueCsvInput;
}>;

export type BulkIssueCsvForTestMutation = {
  __typename?: 'Mutation';
  bulkIssueRewardsCsv: { __typename?: 'BulkIssueJob'; id: string; status: string; total: number };
};

export type BulkJobForTestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type BulkJobForTestQuery = {
  __typename?: 'Query';
  bulkIssueJob?: {
    __typename?: 'BulkIssueJob';
    id: string;
    status: string;
    total: number;
    processed: number;
    failed: number;
    errors: Array<string>;
  } | null;
};

export type ArchiveDefinitionForBulkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ArchiveDefinitionForBulkMutation = {
  __typename?: 'Mutation';
  archiveRewardDefinition: { __typename?: 'RewardDefinition'; archived: boolean };
};

export type IssueForIdempotencyMutationVariables = Exact<{
  input: IssueRewardInput;
}>;

export type IssueForIdempotencyMutation = {
  __typename?: 'Mutation';
  issueReward:
    | { __typename: 'IdempotencyConflictError'; errorCode: ErrorCode; message: string }
    | { __typename: 'IssueLimitExceededError'; errorCode: ErrorCode; message: string }
    | { __typename: 'NotFoundError'; errorCode: ErrorCode; message: string }
    | { __typename: 'Reward'; id: string; expiresAt: string };
};

export type RedeemForIdempotencyMutationVariables = Exact<{
  input: RedeemInput;
}>;

export type RedeemForIdempotencyMutation = {
  __typename?: 'Mutation';
  redeem:
    | { __typename: 'IdempotencyConflictError'; errorCode: ErrorCode }
    | {
        __typename: 'InsufficientBalanceError';
        message: string;
        errorCode: ErrorCode;
        available: { __typename?: 'Money'; amount: number; currency: string };
      }
    | { __typename: 'NotFoundError'; errorCode: ErrorCode }
    | { __typename: 'Redemption'; id: string; amount: { __typename?: 'Money'; amount: number } }
    | { __typename: 'RedemptionPolicyError'; errorCode: ErrorCode };
};

export type CreateKeyForIdempotencyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;

export type CreateKeyForIdempotencyMutation = {
  __typename?: 'Mutation';
  createApiKey: { __typename?: 'ApiKeyCreated'; secret: string };
};

export type RedeemWithCartForBoundsMutationVariables = Exact<{
  input: RedeemInput;
}>;

export type RedeemWithCartForBoundsMutation = {
  __typename?: 'Mutation';
  redeem:
    | { __typename: 'IdempotencyConflictError' }
    | { __typename: 'InsufficientBalanceError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'Redemption' }
    | { __typename: 'RedemptionPolicyError' };
};

export type PreviewForBoundsQueryVariables = Exact<{
  input: PreviewRedemptionInput;
}>;

export type PreviewForBoundsQuery = {
  __typename?: 'Query';
  previewRedemption: {
    __typename?: 'RedemptionPreview';
    amount: { __typename?: 'Money'; amount: number };
  };
};

export type IssueForBoundsMutationVariables = Exact<{
  input: IssueRewardInput;
}>;

export type IssueForBoundsMutation = {
  __typename?: 'Mutation';
  issueReward:
    | { __typename: 'IdempotencyConflictError' }
    | { __typename: 'IssueLimitExceededError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'Reward' };
};

export type CreateProfileForBoundsMutationVariables = Exact<{
  input: ProfileInput;
}>;

export type CreateProfileForBoundsMutation = {
  __typename?: 'Mutation';
  createProfile: { __typename?: 'Profile'; id: string };
};

export type SearchForBoundsQueryVariables = Exact<{
  s?: InputMaybe<Scalars['String']['input']>;
}>;

export type SearchForBoundsQuery = {
  __typename?: 'Query';
  profiles: { __typename?: 'ProfileConnection'; totalCount: number };
};

export type RewardForBoundsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type RewardForBoundsQuery = {
  __typename?: 'Query';
  reward?: { __typename?: 'Reward'; id: string } | null;
};

export type CreateLinkForTestMutationVariables = Exact<{
  rewardId: Scalars['ID']['input'];
}>;

export type CreateLinkForTestMutation = {
  __typename?: 'Mutation';
  createRewardExtensionLink:
    | { __typename: 'NotFoundError'; errorCode: ErrorCode; message: string }
    | { __typename: 'RewardExtensionLink'; url: string; token: string; expiresAt: string }
    | { __typename: 'RewardNotExtendableError'; errorCode: ErrorCode; message: string };
};

type OfferFields_InvalidLinkError_Fragment = {
  __typename: 'InvalidLinkError';
  errorCode: ErrorCode;
  message: string;
};

type OfferFields_RewardExtensionOffer_Fragment = {
  __typename: 'RewardExtensionOffer';
  rewardId: string;
  rewardName: string;
  expiresAt: string;
  newExpiresAt: string;
  timezone: string;
  customerFirstName?: string | null;
  valueRemaining: { __typename?: 'Money'; amount: number; currency: string };
};

type OfferFields_RewardNotExtendableError_Fragment = {
  __typename: 'RewardNotExtendableError';
  errorCode: ErrorCode;
  message: string;
};

export type OfferFieldsFragment =
  | OfferFields_InvalidLinkError_Fragment
  | OfferFields_RewardExtensionOffer_Fragment
  | OfferFields_RewardNotExtendableError_Fragment;

export type OfferForTestQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;

export type OfferForTestQuery = {
  __typename?: 'Query';
  rewardExtensionOffer:
    | { __typename: 'InvalidLinkError'; errorCode: ErrorCode; message: string }
    | {
        __typename: 'RewardExtensionOffer';
        rewardId: string;
        rewardName: string;
        expiresAt: string;
        newExpiresAt: string;
        timezone: string;
        customerFirstName?: string | null;
        valueRemaining: { __typename?: 'Money'; amount: number; currency: string };
      }
    | { __typename: 'RewardNotExtendableError'; errorCode: ErrorCode; message: string };
};

export type ConfirmLinkForTestMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;

export type ConfirmLinkForTestMutation = {
  __typename?: 'Mutation';
  extendRewardWithLink:
    | { __typename: 'InvalidLinkError'; errorCode: ErrorCode; message: string }
    | {
        __typename: 'RewardExtensionOffer';
        rewardId: string;
        rewardName: string;
        expiresAt: string;
        newExpiresAt: string;
        timezone: string;
        customerFirstName?: string | null;
        valueRemaining: { __typename?: 'Money'; amount: number; currency: string };
      }
    | { __typename: 'RewardNotExtendableError'; errorCode: ErrorCode; message: string };
};

export type CreateTypeForLinksMutationVariables = Exact<{
  input: RewardTypeInput;
}>;

export type CreateTypeForLinksMutation = {
  __typename?: 'Mutation';
  createRewardType: { __typename?: 'RewardType'; id: string };
};

export type ProfileFieldsFragment = {
  __typename?: 'Profile';
  id: string;
  externalId: string;
  email?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  birthDate?: string | null;
  joinedAt: string;
  timezone: string;
  tier?: string | null;
  isStaff: boolean;
  lifetimeSpend: { __typename?: 'Money'; amount: number; currency: string };
};

export type CreateProfileForTestMutationVariables = Exact<{
  input: ProfileInput;
}>;

export type CreateProfileForTestMutation = {
  __typename?: 'Mutation';
  createProfile: {
    __typename?: 'Profile';
    id: string;
    externalId: string;
    email?: string | null;
    firstName?: string | null;
    lastName?: string | null;
    birthDate?: string | null;
    joinedAt: string;
    timezone: string;
    tier?: string | null;
    isStaff: boolean;
    lifetimeSpend: { __typename?: 'Money'; amount: number; currency: string };
  };
};

export type UpdateProfileForTestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProfileInput;
}>;

export type UpdateProfileForTestMutation = {
  __typename?: 'Mutation';
  updateProfile: {
    __typename?: 'Profile';
    id: string;
    externalId: string;
    email?: string | null;
    firstName?: string | null;
    lastName?: string | null;
    birthDate?: string | null;
    joinedAt: string;
    timezone: string;
    tier?: string | null;
    isStaff: boolean;
    lifetimeSpend: { __typename?: 'Money'; amount: number; currency: string };
  };
};

export type ProfileByExternalIdQueryVariables = Exact<{
  externalId?: InputMaybe<Scalars['String']['input']>;
}>;

export type ProfileByExternalIdQuery = {
  __typename?: 'Query';
  profile?: { __typename?: 'Profile'; id: string } | null;
};

export type ProfileByIdQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;

export type ProfileByIdQuery = {
  __typename?: 'Query';
  profile?: { __typename?: 'Profile'; externalId: string } | null;
};

export type SearchProfilesQueryVariables = Exact<{
  s?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type SearchProfilesQuery = {
  __typename?: 'Query';
  profiles: {
    __typename?: 'ProfileConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    edges: Array<{
      __typename?: 'ProfileEdge';
      cursor: string;
      node: { __typename?: 'Profile'; lastName?: string | null };
    }>;
  };
};

export type ProfilesWithBalancesQueryVariables = Exact<{
  s?: InputMaybe<Scalars['String']['input']>;
}>;

export type ProfilesWithBalancesQuery = {
  __typename?: 'Query';
  profiles: {
    __typename?: 'ProfileConnection';
    edges: Array<{
      __typename?: 'ProfileEdge';
      node: {
        __typename?: 'Profile';
        id: string;
        lifetimeSpend: { __typename?: 'Money'; amount: number };
        balance: {
          __typename?: 'RewardBalance';
          activeRewardCount: number;
          available: { __typename?: 'Money'; amount: number };
        };
        balances: Array<{ __typename?: 'RewardBalance'; currency: string }>;
      };
    }>;
  };
};

export type LiabilityForTestQueryVariables = Exact<{
  currency?: InputMaybe<Scalars['String']['input']>;
}>;

export type LiabilityForTestQuery = {
  __typename?: 'Query';
  liability: {
    __typename?: 'Liability';
    currency: string;
    outstanding: { __typename?: 'Money'; amount: number; currency: string };
    byExpiryMonth: Array<{
      __typename?: 'LiabilityBucket';
      month: string;
      rewardCount: number;
      amount: { __typename?: 'Money'; amount: number };
    }>;
  };
};

export type ActivityForTestQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  interval: ReportInterval;
}>;

export type ActivityForTestQuery = {
  __typename?: 'Query';
  activity: Array<{
    __typename?: 'ActivityRow';
    period: string;
    rewardType: string;
    rewardTypeName: string;
    issued: { __typename?: 'Money'; amount: number; currency: string };
    redeemed: { __typename?: 'Money'; amount: number };
    restored: { __typename?: 'Money'; amount: number };
    expired: { __typename?: 'Money'; amount: number };
    voided: { __typename?: 'Money'; amount: number };
  }>;
};

export type BreakageForTestQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;

export type BreakageForTestQuery = {
  __typename?: 'Query';
  breakage: Array<{
    __typename?: 'BreakageRow';
    month: string;
    rewardCount: number;
    amount: { __typename?: 'Money'; amount: number; currency: string };
  }>;
};

export type CreateWebhookForTestMutationVariables = Exact<{
  input: WebhookInput;
}>;

export type CreateWebhookForTestMutation = {
  __typename?: 'Mutation';
  createWebhook: {
    __typename?: 'WebhookCreated';
    secret: string;
    webhook: {
      __typename?: 'Webhook';
      id: string;
      url: string;
      events: Array<string>;
      active: boolean;
    };
  };
};

export type WebhooksForTestQueryVariables = Exact<{ [key: string]: never }>;

export type WebhooksForTestQuery = {
  __typename?: 'Query';
  webhooks: Array<{
    __typename?: 'Webhook';
    id: string;
    url: string;
    events: Array<string>;
    active: boolean;
    disabledReason?: string | null;
    failingSince?: string | null;
    deliveries: {
      __typename?: 'WebhookDeliveryConnection';
      totalCount: number;
      edges: Array<{
        __typename?: 'WebhookDeliveryEdge';
        node: {
          __typename?: 'WebhookDelivery';
          id: string;
          messageId: string;
          eventType: string;
          status: string;
          attemptCount: number;
          lastStatusCode?: number | null;
          attempts: Array<{
            __typename?: 'WebhookAttempt';
            statusCode?: number | null;
            succeeded: boolean;
            durationMs: number;
            error?: string | null;
          }>;
        };
      }>;
    };
  }>;
};

export type DeleteWebhookForTestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type DeleteWebhookForTestMutation = { __typename?: 'Mutation'; deleteWebhook: boolean };

export type RotateWebhookSecretForTestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type RotateWebhookSecretForTestMutation = {
  __typename?: 'Mutation';
  rotateWebhookSecret:
    | { __typename: 'NotFoundError'; errorCode: ErrorCode }
    | { __typename: 'WebhookCreated'; secret: string };
};

export type RedeliverWebhookForTestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type RedeliverWebhookForTestMutation = {
  __typename?: 'Mutation';
  redeliverWebhook:
    | { __typename: 'NotFoundError'; errorCode: ErrorCode }
    | { __typename: 'WebhookDelivery'; id: string; status: string; messageId: string };
};

export type EnableWebhookForTestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type EnableWebhookForTestMutation = {
  __typename?: 'Mutation';
  enableWebhook: { __typename: 'NotFoundError' } | { __typename: 'Webhook'; active: boolean };
};

export const OfferFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OfferFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'RewardExtensionOfferResult' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RewardExtensionOffer' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'rewardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'valueRemaining' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'newExpiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'customerFirstName' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ErrorResult' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfferFieldsFragment, unknown>;
export const ProfileFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Profile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isStaff' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lifetimeSpend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfileFieldsFragment, unknown>;
export const BulkIssueForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BulkIssueForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BulkIssueInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bulkIssueRewards' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'processed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkIssueForTestMutation, BulkIssueForTestMutationVariables>;
export const BulkIssueCsvForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BulkIssueCsvForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BulkIssueCsvInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bulkIssueRewardsCsv' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkIssueCsvForTestMutation, BulkIssueCsvForTestMutationVariables>;
export const BulkJobForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BulkJobForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bulkIssueJob' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'processed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkJobForTestQuery, BulkJobForTestQueryVariables>;
export const ArchiveDefinitionForBulkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ArchiveDefinitionForBulk' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'archiveRewardDefinition' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'archived' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ArchiveDefinitionForBulkMutation,
  ArchiveDefinitionForBulkMutationVariables
>;
export const IssueForIdempotencyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'IssueForIdempotency' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IssueRewardInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'issueReward' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reward' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'ErrorResult' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssueForIdempotencyMutation, IssueForIdempotencyMutationVariables>;
export const RedeemForIdempotencyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RedeemForIdempotency' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RedeemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redeem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Redemption' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'amount' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'amount' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'InsufficientBalanceError' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'available' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'ErrorResult' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'errorCode' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RedeemForIdempotencyMutation, RedeemForIdempotencyMutationVariables>;
export const CreateKeyForIdempotencyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateKeyForIdempotency' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateApiKeyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'secret' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateKeyForIdempotencyMutation,
  CreateKeyForIdempotencyMutationVariables
>;
export const RedeemWithCartForBoundsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RedeemWithCartForBounds' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RedeemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redeem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RedeemWithCartForBoundsMutation,
  RedeemWithCartForBoundsMutationVariables
>;
export const PreviewForBoundsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PreviewForBounds' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PreviewRedemptionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previewRedemption' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'amount' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PreviewForBoundsQuery, PreviewForBoundsQueryVariables>;
export const IssueForBoundsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'IssueForBounds' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IssueRewardInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'issueReward' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssueForBoundsMutation, IssueForBoundsMutationVariables>;
export const CreateProfileForBoundsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateProfileForBounds' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProfileInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateProfileForBoundsMutation,
  CreateProfileForBoundsMutationVariables
>;
export const SearchForBoundsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SearchForBounds' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'profiles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchForBoundsQuery, SearchForBoundsQueryVariables>;
export const RewardForBoundsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RewardForBounds' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reward' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RewardForBoundsQuery, RewardForBoundsQueryVariables>;
export const CreateLinkForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateLinkForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rewardId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createRewardExtensionLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rewardId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rewardId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'RewardExtensionLink' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'ErrorResult' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateLinkForTestMutation, CreateLinkForTestMutationVariables>;
export const OfferForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OfferForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rewardExtensionOffer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OfferFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OfferFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'RewardExtensionOfferResult' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RewardExtensionOffer' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'rewardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'valueRemaining' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'newExpiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'customerFirstName' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ErrorResult' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfferForTestQuery, OfferForTestQueryVariables>;
export const ConfirmLinkForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmLinkForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extendRewardWithLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OfferFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OfferFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'RewardExtensionOfferResult' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RewardExtensionOffer' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'rewardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'valueRemaining' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'newExpiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'customerFirstName' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ErrorResult' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmLinkForTestMutation, ConfirmLinkForTestMutationVariables>;
export const CreateTypeForLinksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateTypeForLinks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardTypeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createRewardType' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateTypeForLinksMutation, CreateTypeForLinksMutationVariables>;
export const CreateProfileForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateProfileForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProfileInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProfileFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Profile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isStaff' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lifetimeSpend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateProfileForTestMutation, CreateProfileForTestMutationVariables>;
export const UpdateProfileForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProfileForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateProfileInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProfileFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Profile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isStaff' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lifetimeSpend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateProfileForTestMutation, UpdateProfileForTestMutationVariables>;
export const ProfileByExternalIdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProfileByExternalId' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'externalId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'profile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'externalId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'externalId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfileByExternalIdQuery, ProfileByExternalIdQueryVariables>;
export const ProfileByIdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProfileById' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'profile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'externalId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfileByIdQuery, ProfileByIdQueryVariables>;
export const SearchProfilesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SearchProfiles' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'profiles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchProfilesQuery, SearchProfilesQueryVariables>;
export const ProfilesWithBalancesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProfilesWithBalances' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'profiles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 's' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'lifetimeSpend' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'balance' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'available' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'activeRewardCount' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'balances' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfilesWithBalancesQuery, ProfilesWithBalancesQueryVariables>;
export const LiabilityForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LiabilityForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'liability' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currency' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outstanding' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byExpiryMonth' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'amount' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'amount' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'rewardCount' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiabilityForTestQuery, LiabilityForTestQueryVariables>;
export const ActivityForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActivityForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'interval' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportInterval' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'interval' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'interval' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardTypeName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'issued' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'redeemed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'amount' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'restored' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'amount' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'expired' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'amount' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voided' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'amount' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActivityForTestQuery, ActivityForTestQueryVariables>;
export const BreakageForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BreakageForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'breakage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BreakageForTestQuery, BreakageForTestQueryVariables>;
export const CreateWebhookForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateWebhookForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createWebhook' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhook' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'events' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateWebhookForTestMutation, CreateWebhookForTestMutationVariables>;
export const WebhooksForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WebhooksForTest' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'webhooks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'events' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disabledReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failingSince' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deliveries' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '50' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'messageId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'attemptCount' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'lastStatusCode' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'attempts' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'statusCode' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'succeeded' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'durationMs' },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhooksForTestQuery, WebhooksForTestQueryVariables>;
export const DeleteWebhookForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteWebhookForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteWebhook' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteWebhookForTestMutation, DeleteWebhookForTestMutationVariables>;
export const RotateWebhookSecretForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RotateWebhookSecretForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rotateWebhookSecret' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'WebhookCreated' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'secret' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'ErrorResult' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'errorCode' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RotateWebhookSecretForTestMutation,
  RotateWebhookSecretForTestMutationVariables
>;
export const RedeliverWebhookForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RedeliverWebhookForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redeliverWebhook' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'deliveryId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'WebhookDelivery' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'messageId' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'ErrorResult' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'errorCode' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RedeliverWebhookForTestMutation,
  RedeliverWebhookForTestMutationVariables
>;
export const EnableWebhookForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EnableWebhookForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enableWebhook' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Webhook' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'active' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnableWebhookForTestMutation, EnableWebhookForTestMutationVariables>;
