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

/** A claim of a claimable reaction for a profile. */
export type ClaimRewardInput = {
  /** The profile claiming. */
  profileId: Scalars['ID']['input'];
  /** The claimable reaction. */
  reactionId: Scalars['ID']['input'];
};

/** The reward claimed, or why not. */
export type ClaimRewardResult = NotEligibleError | NotFoundError | Reward;

export type CreateApiKeyInput = {
  name: Scalars['String']['input'];
  scopes: Array<ApiScope>;
};

export type CreateUserInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  role: Role;
};

/** A custom event for one profile (CUSTOM reactions match its name). */
export type EmitEventInput = {
  /** Per caller: the same key and event answers the first result; another event with it is BAD_USER_INPUT. */
  idempotencyKey: Scalars['String']['input'];
  /** Event name, e.g. referral.completed. */
  name: Scalars['String']['input'];
  /** A JSON object conditions see as event.payload (at most 4 KB). */
  payload?: InputMaybe<Scalars['JSON']['input']>;
  /** The profile it happened to. */
  profileId: Scalars['ID']['input'];
};

/** What an emitted event caused. */
export type EmitEventPayload = {
  __typename?: 'EmitEventPayload';
  /** Rewards the event issued (none when nothing matched). */
  rewardsIssued: Array<Reward>;
};

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
  /** Turns up to the held amount into a redemption; the rest is released. */
  captureHold: CaptureHoldResult;
  /** Changes the signed-in staff member's password. Other sessions stay signed in. */
  changePassword: Scalars['Boolean']['output'];
  /** Claims a claimable reaction for a profile: its reward when the condition holds (NotEligibleError otherwise), once per profile. */
  claimReward: ClaimRewardResult;
  /** Creates an API key; its secret is shown once. */
  createApiKey: ApiKeyCreated;
  /** Adds a customer profile. External ids are unique. */
  createProfile: Profile;
  /** Creates a reaction: event, optional JSON Logic condition (validated now) and an assignable definition to issue from. */
  createReaction: Reaction;
  /** Adds a reward definition. */
  createRewardDefinition: RewardDefinition;
  /** Adds a reward type. Keys are unique. */
  createRewardType: RewardType;
  /** Creates a staff account. Emails are unique. */
  createUser: User;
  /** Emits a custom event for a profile: the active CUSTOM reactions of that name pay once per event. Idempotent by idempotencyKey. */
  emitEvent: EmitEventPayload;
  /** Extends an active or expired reward: days adds to the current expiry (ending at the end of that local day), until replaces it. The new expiry must be later and in the future. */
  extendReward: ExtendRewardResult;
  /** Reserves balance for a checkout, like redeem without spending. The hold lapses by itself at expiresAt. */
  holdRewards: HoldResult;
  /** Issues a reward from a definition. Value and expiry come from the definition unless overridden; a MANAGER's manual issues are limited per reward and per day. Idempotent by idempotencyKey. */
  issueReward: IssueRewardResult;
  /** Signs a staff member in. Returns a bearer token and sets an HttpOnly session cookie. A wrong email or password gets UNAUTHENTICATED without saying which was wrong. */
  login: Session;
  /** Ends the current session and clears its cookie. */
  logout: Scalars['Boolean']['output'];
  /** Records a purchase or a return: lifetime spend moves, spend milestones crossed are paid once each, and TRANSACTION_CREATED reactions run. Idempotent on externalId: the same id and input answers the first result; the same id with another input is BAD_USER_INPUT. */
  recordTransaction: Transaction;
  /** Spends rewards, nearest expiry first. strict (default) redeems exactly amount or fails; otherwise as much as allowed. Idempotent by idempotencyKey. */
  redeem: RedeemResult;
  /** Frees what a hold reserves. */
  releaseHold: ReleaseHoldResult;
  /** Gives back part or all of a redemption when goods are refunded, latest-expiring reward first; value for an expired or voided reward comes back as a new reward lasting Settings.returnGraceDays. */
  returnRedemption: ReturnRedemptionResult;
  /** Undoes a whole redemption within Settings.reversalWindowMinutes, back to the same rewards. Reversing again returns it unchanged. */
  reverseRedemption: ReverseRedemptionResult;
  /** Revokes an API key at once. Revoking twice is harmless. */
  revokeApiKey: ApiKey;
  /** Run the daily issuance, expiry and reminder pass as of a moment (default now). Idempotent. */
  runScheduledIssuance: ScheduledRunSummary;
  /** Activates or deactivates a staff account; deactivating ends its sessions. */
  setUserActive: User;
  /** Changes a profile; fields left out stay as they are. */
  updateProfile: Profile;
  /** Changes a reaction (pause it with active: false); what it already paid stays paid. */
  updateReaction: Reaction;
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

export type MutationCaptureHoldArgs = {
  input: CaptureHoldInput;
};

export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type MutationClaimRewardArgs = {
  input: ClaimRewardInput;
};

export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};

export type MutationCreateProfileArgs = {
  input: ProfileInput;
};

export type MutationCreateReactionArgs = {
  input: ReactionInput;
};

export type MutationCreateRewardDefinitionArgs = {
  input: RewardDefinitionInput;
};

export type MutationCreateRewardTypeArgs = {
  input: RewardTypeInput;
};

export type MutationCreateUserArgs = {
  input: CreateUserInput;
};

export type MutationEmitEventArgs = {
  input: EmitEventInput;
};

export type MutationExtendRewardArgs = {
  input: ExtendRewardInput;
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

export type MutationRecordTransactionArgs = {
  input: RecordTransactionInput;
};

export type MutationRedeemArgs = {
  input: RedeemInput;
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

export type MutationRunScheduledIssuanceArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};

export type MutationSetUserActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};

export type MutationUpdateProfileArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProfileInput;
};

export type MutationUpdateReactionArgs = {
  id: Scalars['ID']['input'];
  input: ReactionInput;
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

/** The profile does not meet the condition. */
export type NotEligibleError = ErrorResult & {
  __typename?: 'NotEligibleError';
  errorCode: ErrorCode;
  message: Scalars['String']['output'];
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
  /** Every API key, newest first, revoked ones included. */
  apiKeys: Array<ApiKey>;
  /** Reactions the profile could claim now. */
  claimableReactions: Array<Reaction>;
  hold?: Maybe<RewardHold>;
  /** The signed-in staff member. */
  me?: Maybe<User>;
  /** What redeem would do now (as much of amount as allowed), writing nothing. */
  previewRedemption: RedemptionPreview;
  /** One profile by id or by external id. */
  profile?: Maybe<Profile>;
  /** Search by name, email or external id; newest first. */
  profiles: ProfileConnection;
  /** Every reaction, paused ones too, oldest first. */
  reactions: Array<Reaction>;
  redemption?: Maybe<Redemption>;
  /** Redemptions found by transaction id, receipt or location; newest first. An API key without READ_PROFILES finds only its own. */
  redemptions: RedemptionConnection;
  reward?: Maybe<Reward>;
  /** One definition by id or by handle (exactly one of them). */
  rewardDefinition?: Maybe<RewardDefinition>;
  /** Reward definitions, by name. */
  rewardDefinitions: Array<RewardDefinition>;
  /** Reward types, by name; archived ones on request. */
  rewardTypes: Array<RewardType>;
  /** The brand-wide rules. */
  settings: Settings;
  /** Every staff account, active or not. */
  users: Array<User>;
};

export type QueryClaimableReactionsArgs = {
  profileId: Scalars['ID']['input'];
};

export type QueryHoldArgs = {
  id: Scalars['ID']['input'];
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

export type QueryRewardTypesArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A rule that issues a reward when an event happens (and its condition holds). */
export type Reaction = {
  __typename?: 'Reaction';
  /** A paused reaction issues nothing. */
  active: Scalars['Boolean']['output'];
  /** Customers may claim it themselves when the condition holds (once per profile); a claimable reaction is paid by claims only, not by its event. */
  claimable: Scalars['Boolean']['output'];
  /** JSON Logic over { profile, event }; null means always. */
  condition?: Maybe<Scalars['JSON']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** For CUSTOM events: the event name to match. */
  customEvent?: Maybe<Scalars['String']['output']>;
  /** What it issues. */
  definition: RewardDefinition;
  /** What it reacts to. */
  event: ReactionEvent;
  /** The reaction id. */
  id: Scalars['ID']['output'];
  /** LAPSED: days without a transaction. */
  lapsedDays?: Maybe<Scalars['Int']['output']>;
  /** Shown to staff; also the reason on the rewards it issues. */
  name: Scalars['String']['output'];
  /** SPEND_MILESTONE: repeat every this many cents above the threshold; null for once. */
  spendRepeatEvery?: Maybe<Scalars['Int']['output']>;
  /** SPEND_MILESTONE: lifetime spend (cents) that triggers it. */
  spendThreshold?: Maybe<Scalars['Int']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** What a reaction reacts to. */
export type ReactionEvent =
  /** The daily pass, in the profile's local birth month (once per profile a year). */
  | 'BIRTHDAY'
  /** emitEvent with the name in customEvent (once per event). */
  | 'CUSTOM'
  /** The daily pass, on the local anniversary of joinedAt (missed days caught up). */
  | 'JOIN_ANNIVERSARY'
  /** The daily pass: lapsedDays without a transaction (once per lapse). */
  | 'LAPSED'
  /** A profile was created (once per profile). */
  | 'PROFILE_CREATED'
  /** Lifetime spend passed spendThreshold, then every spendRepeatEvery above it. */
  | 'SPEND_MILESTONE'
  /** A profile's tier changed to a value (once per tier). */
  | 'TIER_ACHIEVED'
  /** A transaction was recorded (once per transaction). */
  | 'TRANSACTION_CREATED';

/** A reaction as saved; the condition is validated when saved. */
export type ReactionInput = {
  /** Default true. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default false. */
  claimable?: InputMaybe<Scalars['Boolean']['input']>;
  /** JSON Logic over { profile, event } (e.g. {"==": [{"var": "profile.tier"}, "gold"]}); unknown operators are refused. */
  condition?: InputMaybe<Scalars['JSON']['input']>;
  /** CUSTOM only, and required there: the event name emitEvent sends. */
  customEvent?: InputMaybe<Scalars['String']['input']>;
  /** An assignable, unarchived definition to issue from. */
  definitionId: Scalars['ID']['input'];
  /** What it reacts to. */
  event: ReactionEvent;
  /** LAPSED only, and required there: days without a transaction (1 to 3650). */
  lapsedDays?: InputMaybe<Scalars['Int']['input']>;
  /** Up to 200 characters. */
  name: Scalars['String']['input'];
  /** SPEND_MILESTONE only: repeat every this many cents (at least 1); null for once. */
  spendRepeatEvery?: InputMaybe<Scalars['Int']['input']>;
  /** SPEND_MILESTONE only, and required there: cents, at least 1. */
  spendThreshold?: InputMaybe<Scalars['Int']['input']>;
};

/** A purchase (positive total) or a return (negative total). */
export type RecordTransactionInput = {
  /** ISO 4217; must be the brand's default currency (the default). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Unique per brand; recording the same externalId twice changes nothing. */
  externalId: Scalars['String']['input'];
  /** When it happened; default now. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The profile that bought or returned. */
  profileId: Scalars['ID']['input'];
  /** Cents, non-zero; negative for a return (which lowers lifetime spend). */
  total: Scalars['Int']['input'];
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
  /** Rewards issued from it start PENDING and become usable this many days later (a return window in which a refund can claw them back); null for at once. */
  activationDelayDays?: Maybe<Scalars['Int']['output']>;
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
  /** Days its rewards stay PENDING after issue (1 to 365); null for at once. */
  activationDelayDays?: InputMaybe<Scalars['Int']['input']>;
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

/** What one daily pass did, by kind. */
export type ScheduledRunSummary = {
  __typename?: 'ScheduledRunSummary';
  /** JOIN_ANNIVERSARY rewards issued. */
  anniversaries: Scalars['Int']['output'];
  /** The instant the pass ran as of. */
  asOf: Scalars['DateTime']['output'];
  /** BIRTHDAY rewards issued. */
  birthdays: Scalars['Int']['output'];
  /** Idempotency keys purged after their retention. */
  idempotencyKeysPurged: Scalars['Int']['output'];
  /** LAPSED rewards issued. */
  lapses: Scalars['Int']['output'];
  /** reward.expiring reminders sent (rewards expiring within 14 days). */
  remindersSent: Scalars['Int']['output'];
  /** Rewards whose expiry was booked with an EXPIRE entry. */
  rewardsExpired: Scalars['Int']['output'];
  /** Rewards issued: birthdays + anniversaries + lapses. */
  rewardsIssued: Scalars['Int']['output'];
};

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

/** A purchase or a return recorded for a profile. */
export type Transaction = {
  __typename?: 'Transaction';
  /** The brand's own id of the transaction; unique. */
  externalId: Scalars['String']['output'];
  /** The transaction id. */
  id: Scalars['ID']['output'];
  /** When the purchase or return happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** Who bought or returned. */
  profile: Profile;
  /** Rewards this transaction caused to be issued (spend milestones, reactions). */
  rewardsIssued: Array<Reward>;
  /** Cents; negative for a return. */
  total: Money;
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

export type ReactionFieldsFragment = {
  __typename?: 'Reaction';
  id: string;
  name: string;
  event: ReactionEvent;
  customEvent?: string | null;
  condition?: unknown | null;
  spendThreshold?: number | null;
  spendRepeatEvery?: number | null;
  lapsedDays?: number | null;
  claimable: boolean;
  active: boolean;
  definition: { __typename?: 'RewardDefinition'; id: string };
};

export type IssuedRewardFragment = {
  __typename?: 'Reward';
  id: string;
  status: RewardStatus;
  source: RewardSource;
  activatesAt?: string | null;
  valueRemaining: { __typename?: 'Money'; amount: number };
  definition: { __typename?: 'RewardDefinition'; id: string };
};

export type CreateReactionForTestMutationVariables = Exact<{
  input: ReactionInput;
}>;

export type CreateReactionForTestMutation = {
  __typename?: 'Mutation';
  createReaction: {
    __typename?: 'Reaction';
    id: string;
    name: string;
    event: ReactionEvent;
    customEvent?: string | null;
    condition?: unknown | null;
    spendThreshold?: number | null;
    spendRepeatEvery?: number | null;
    lapsedDays?: number | null;
    claimable: boolean;
    active: boolean;
    definition: { __typename?: 'RewardDefinition'; id: string };
  };
};

export type UpdateReactionForTestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ReactionInput;
}>;

export type UpdateReactionForTestMutation = {
  __typename?: 'Mutation';
  updateReaction: {
    __typename?: 'Reaction';
    id: string;
    name: string;
    event: ReactionEvent;
    customEvent?: string | null;
    condition?: unknown | null;
    spendThreshold?: number | null;
    spendRepeatEvery?: number | null;
    lapsedDays?: number | null;
    claimable: boolean;
    active: boolean;
    definition: { __typename?: 'RewardDefinition'; id: string };
  };
};

export type ReactionsForTestQueryVariables = Exact<{ [key: string]: never }>;

export type ReactionsForTestQuery = {
  __typename?: 'Query';
  reactions: Array<{
    __typename?: 'Reaction';
    id: string;
    name: string;
    event: ReactionEvent;
    customEvent?: string | null;
    condition?: unknown | null;
    spendThreshold?: number | null;
    spendRepeatEvery?: number | null;
    lapsedDays?: number | null;
    claimable: boolean;
    active: boolean;
    definition: { __typename?: 'RewardDefinition'; id: string };
  }>;
};

export type RecordTransactionForTestMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;

export type RecordTransactionForTestMutation = {
  __typename?: 'Mutation';
  recordTransaction: {
    __typename?: 'Transaction';
    id: string;
    externalId: string;
    total: { __typename?: 'Money'; amount: number; currency: string };
    profile: { __typename?: 'Profile'; id: string };
    rewardsIssued: Array<{
      __typename?: 'Reward';
      id: string;
      status: RewardStatus;
      source: RewardSource;
      activatesAt?: string | null;
      valueRemaining: { __typename?: 'Money'; amount: number };
      definition: { __typename?: 'RewardDefinition'; id: string };
    }>;
  };
};

export type EmitEventForTestMutationVariables = Exact<{
  input: EmitEventInput;
}>;

export type EmitEventForTestMutation = {
  __typename?: 'Mutation';
  emitEvent: {
    __typename?: 'EmitEventPayload';
    rewardsIssued: Array<{
      __typename?: 'Reward';
      id: string;
      status: RewardStatus;
      source: RewardSource;
      activatesAt?: string | null;
      valueRemaining: { __typename?: 'Money'; amount: number };
      definition: { __typename?: 'RewardDefinition'; id: string };
    }>;
  };
};

export type ClaimableForTestQueryVariables = Exact<{
  profileId: Scalars['ID']['input'];
}>;

export type ClaimableForTestQuery = {
  __typename?: 'Query';
  claimableReactions: Array<{ __typename?: 'Reaction'; id: string }>;
};

export type ClaimForTestMutationVariables = Exact<{
  input: ClaimRewardInput;
}>;

export type ClaimForTestMutation = {
  __typename?: 'Mutation';
  claimReward:
    | { __typename: 'NotEligibleError'; errorCode: ErrorCode; message: string }
    | { __typename: 'NotFoundError'; errorCode: ErrorCode; message: string }
    | {
        __typename: 'Reward';
        id: string;
        status: RewardStatus;
        source: RewardSource;
        activatesAt?: string | null;
        valueRemaining: { __typename?: 'Money'; amount: number };
        definition: { __typename?: 'RewardDefinition'; id: string };
      };
};

export type UpdateTierForTestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProfileInput;
}>;

export type UpdateTierForTestMutation = {
  __typename?: 'Mutation';
  updateProfile: { __typename?: 'Profile'; id: string; tier?: string | null };
};

export type ProfileRewardsForTestQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;

export type ProfileRewardsForTestQuery = {
  __typename?: 'Query';
  profile?: {
    __typename?: 'Profile';
    lifetimeSpend: { __typename?: 'Money'; amount: number };
    balance: { __typename?: 'RewardBalance'; available: { __typename?: 'Money'; amount: number } };
    rewards: {
      __typename?: 'RewardConnection';
      edges: Array<{
        __typename?: 'RewardEdge';
        node: {
          __typename?: 'Reward';
          issuedBy?: string | null;
          reason?: string | null;
          id: string;
          status: RewardStatus;
          source: RewardSource;
          activatesAt?: string | null;
          valueRemaining: { __typename?: 'Money'; amount: number };
          definition: { __typename?: 'RewardDefinition'; id: string };
        };
      }>;
    };
  } | null;
};

export type RunScheduleForTestMutationVariables = Exact<{
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;

export type RunScheduleForTestMutation = {
  __typename?: 'Mutation';
  runScheduledIssuance: {
    __typename?: 'ScheduledRunSummary';
    asOf: string;
    rewardsIssued: number;
    birthdays: number;
    anniversaries: number;
    lapses: number;
    rewardsExpired: number;
    remindersSent: number;
    idempotencyKeysPurged: number;
  };
};

export type CreateScheduledReactionForTestMutationVariables = Exact<{
  input: ReactionInput;
}>;

export type CreateScheduledReactionForTestMutation = {
  __typename?: 'Mutation';
  createReaction: { __typename?: 'Reaction'; id: string };
};

export type RecordForScheduleTestMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;

export type RecordForScheduleTestMutation = {
  __typename?: 'Mutation';
  recordTransaction: { __typename?: 'Transaction'; id: string };
};

export type ExtendForScheduleTestMutationVariables = Exact<{
  input: ExtendRewardInput;
}>;

export type ExtendForScheduleTestMutation = {
  __typename?: 'Mutation';
  extendReward:
    | { __typename: 'NotFoundError' }
    | { __typename: 'Reward'; status: RewardStatus; expiresAt: string }
    | { __typename: 'RewardNotActiveError' }
    | { __typename: 'RewardNotExtendableError' };
};

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
export const ReactionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReactionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reaction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'event' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customEvent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spendThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spendRepeatEvery' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lapsedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'claimable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'definition' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReactionFieldsFragment, unknown>;
export const IssuedRewardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IssuedReward' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reward' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activatesAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'valueRemaining' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'amount' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'definition' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssuedRewardFragment, unknown>;
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
export const CreateReactionForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateReactionForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReactionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createReaction' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReactionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReactionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reaction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'event' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customEvent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spendThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spendRepeatEvery' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lapsedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'claimable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'definition' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateReactionForTestMutation, CreateReactionForTestMutationVariables>;
export const UpdateReactionForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateReactionForTest' },
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
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReactionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateReaction' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReactionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReactionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reaction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'event' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customEvent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spendThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spendRepeatEvery' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lapsedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'claimable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'definition' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateReactionForTestMutation, UpdateReactionForTestMutationVariables>;
export const ReactionsForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReactionsForTest' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReactionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReactionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reaction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'event' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customEvent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spendThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spendRepeatEvery' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lapsedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'claimable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'definition' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReactionsForTestQuery, ReactionsForTestQueryVariables>;
export const RecordTransactionForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordTransactionForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordTransactionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordTransaction' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
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
                  name: { kind: 'Name', value: 'profile' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rewardsIssued' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IssuedReward' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IssuedReward' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reward' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activatesAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'valueRemaining' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'amount' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'definition' },
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
  RecordTransactionForTestMutation,
  RecordTransactionForTestMutationVariables
>;
export const EmitEventForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EmitEventForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EmitEventInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'emitEvent' },
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
                  name: { kind: 'Name', value: 'rewardsIssued' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IssuedReward' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IssuedReward' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reward' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activatesAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'valueRemaining' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'amount' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'definition' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmitEventForTestMutation, EmitEventForTestMutationVariables>;
export const ClaimableForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClaimableForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'profileId' } },
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
            name: { kind: 'Name', value: 'claimableReactions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'profileId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'profileId' } },
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
} as unknown as DocumentNode<ClaimableForTestQuery, ClaimableForTestQueryVariables>;
export const ClaimForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClaimForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ClaimRewardInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'claimReward' },
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
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IssuedReward' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IssuedReward' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reward' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activatesAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'valueRemaining' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'amount' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'definition' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClaimForTestMutation, ClaimForTestMutationVariables>;
export const UpdateTierForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateTierForTest' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateTierForTestMutation, UpdateTierForTestMutationVariables>;
export const ProfileRewardsForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProfileRewardsForTest' },
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
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lifetimeSpend' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'amount' } }],
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
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'amount' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rewards' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '100' },
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
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'IssuedReward' },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'issuedBy' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IssuedReward' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reward' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activatesAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'valueRemaining' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'amount' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'definition' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfileRewardsForTestQuery, ProfileRewardsForTestQueryVariables>;
export const RunScheduleForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RunScheduleForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'runScheduledIssuance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asOf' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardsIssued' } },
                { kind: 'Field', name: { kind: 'Name', value: 'birthdays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'anniversaries' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lapses' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardsExpired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'remindersSent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idempotencyKeysPurged' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunScheduleForTestMutation, RunScheduleForTestMutationVariables>;
export const CreateScheduledReactionForTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateScheduledReactionForTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReactionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createReaction' },
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
  CreateScheduledReactionForTestMutation,
  CreateScheduledReactionForTestMutationVariables
>;
export const RecordForScheduleTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordForScheduleTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordTransactionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordTransaction' },
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
} as unknown as DocumentNode<RecordForScheduleTestMutation, RecordForScheduleTestMutationVariables>;
export const ExtendForScheduleTestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExtendForScheduleTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExtendRewardInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extendReward' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
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
} as unknown as DocumentNode<ExtendForScheduleTestMutation, ExtendForScheduleTestMutationVariables>;
