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
  /** The reward type's name. */
  rewardTypeName: Scalars['String']['output'];
  /** Voided (VOID entries). */
  voided: Money;
};

/** It exists already. */
export type AlreadyExistsError = ErrorResult & {
  __typename?: 'AlreadyExistsError';
  /** What kind of failure; branch on this, not on the message. */
  errorCode: ErrorCode;
  /** What went wrong, in English, for people; the wording may change. */
  message: Scalars['String']['output'];
};

/** A credential for storefronts, POS and scripts, limited to its scopes. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When the key was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The key id (actors name it apikey:<id>). */
  id: Scalars['ID']['output'];
  /** When the key was last used, to the minute; null if it never was. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for, e.g. the storefront or a POS. */
  name: Scalars['String']['output'];
  /** First characters of the key, to recognise it; the secret is shown once. */
  prefix: Scalars['String']['output'];
  /** When the key was revoked (it is refused from then on); null while in use. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key may do; nothing else. */
  scopes: Array<ApiScope>;
};

/** A new API key with its secret, which is never shown again. */
export type ApiKeyCreated = {
  __typename?: 'ApiKeyCreated';
  /** The key as listed from now on, without its secret. */
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
  /** How many rewards expired with value left. */
  rewardCount: Scalars['Int']['output'];
};

/** A reward to issue to each profile a CSV upload lists. */
export type BulkIssueCsvInput = {
  /** The header of the id column, when it has another name. */
  column?: InputMaybe<Scalars['String']['input']>;
  /** CSV text with a header row; the externalId (or external_id, or id) column names the profiles. Up to 100,000 rows. */
  csv: Scalars['String']['input'];
  /** The definition to issue from (not archived). */
  definitionId: Scalars['ID']['input'];
  /** A retried request with the same key returns the same job. */
  idempotencyKey: Scalars['String']['input'];
  /** Why, for the ledger: 1 to 500 characters. */
  reason: Scalars['String']['input'];
  /** Integer minor units (cents) of the definition's currency; default: the definition's value. */
  value?: InputMaybe<Scalars['Int']['input']>;
};

/** A reward to issue to each of a list of profiles. */
export type BulkIssueInput = {
  /** The definition to issue from (not archived). */
  definitionId: Scalars['ID']['input'];
  /** A retried request with the same key returns the same job. */
  idempotencyKey: Scalars['String']['input'];
  /** Brand ids of the profiles to receive a reward. */
  profileExternalIds: Array<Scalars['String']['input']>;
  /** Why, for the ledger: 1 to 500 characters. */
  reason: Scalars['String']['input'];
  /** Cents; default: the definition's value. */
  value?: InputMaybe<Scalars['Int']['input']>;
};

/** A bulk issue working in the background, and how far it got. */
export type BulkIssueJob = {
  __typename?: 'BulkIssueJob';
  /** When it was requested. */
  createdAt: Scalars['DateTime']['output'];
  /** The definition each reward is issued from. */
  definitionId: Scalars['ID']['output'];
  /** The first 100 failures, as "Row n (external id): why". */
  errors: Array<Scalars['String']['output']>;
  /** Rows that issued no reward (see errors). */
  failed: Scalars['Int']['output'];
  /** When it completed; null until then. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The job id, for bulkIssueJob. */
  id: Scalars['ID']['output'];
  /** Rows done so far, issued or failed. */
  processed: Scalars['Int']['output'];
  /** Why, for the ledger of every reward it issues. */
  reason: Scalars['String']['output'];
  /** QUEUED, RUNNING or COMPLETED. */
  status: Scalars['String']['output'];
  /** Rows in the request. */
  total: Scalars['Int']['output'];
};

/** A capture of an active hold. */
export type CaptureHoldInput = {
  /** Cents to capture, up to the held amount (default: all of it). */
  amount?: InputMaybe<Scalars['Int']['input']>;
  /** The hold to capture. */
  holdId: Scalars['ID']['input'];
  /** Your unique key for this operation, 1 to 200 characters, scoped to you: a retry with the same key and input gets the first answer and changes nothing again; another input is IdempotencyConflictError. */
  idempotencyKey: Scalars['String']['input'];
  /** The sale the redemption belongs to. */
  transaction?: InputMaybe<TransactionRefInput>;
};

/** The Redemption the capture made (or, for a repeated idempotencyKey, the first answer), or: HoldNotActiveError (the hold was captured, released or lapsed), NotFoundError (no such hold), IdempotencyConflictError (the key was used with another input). */
export type CaptureHoldResult =
  HoldNotActiveError | IdempotencyConflictError | NotFoundError | Redemption;

/** The checkout cart, so rewards pay only for eligible lines (at most 500 lines; the cart may total at most 10^12 cents). */
export type CartInput = {
  /** The lines, each id once. */
  lines: Array<CartLineInput>;
  /** Cents; never eligible. */
  shipping?: InputMaybe<Scalars['Int']['input']>;
};

/** One line of the cart. */
export type CartLineInput = {
  /** Lines whose category is in Settings.excludedCategories are not eligible (at most 64 characters). */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Cents already taken off this line by benefits (benefits apply before rewards). */
  discount?: InputMaybe<Scalars['Int']['input']>;
  /** Your id for the line, unique in the cart (at most 64 characters). */
  id: Scalars['String']['input'];
  /** How many units, 1 to 100000. */
  quantity: Scalars['Int']['input'];
  /** The product SKU (at most 64 characters). */
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

/** A new API key. */
export type CreateApiKeyInput = {
  /** What the key is for, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** At least one scope, none repeated. */
  scopes: Array<ApiScope>;
};

/** The new RewardExtensionLink, or: NotFoundError (no such reward), RewardNotExtendableError (its type allows no self-service extension, it is used, voided or pending, or its customer already extended it). */
export type CreateExtensionLinkResult =
  NotFoundError | RewardExtensionLink | RewardNotExtendableError;

/** A new staff account. */
export type CreateUserInput = {
  /** Sign-in email (at most 254 characters); unique. */
  email: Scalars['String']['input'];
  /** Display name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** A first password, 10 to 200 characters. Leave it out to invite them with a set-password link instead (createPasswordLink); until they use it they cannot sign in. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** What the staff member may do. */
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

/** The Webhook, active again, or: NotFoundError (no such webhook). */
export type EnableWebhookResult = NotFoundError | Webhook;

/** What kind of expected failure an ErrorResult is; one code per ErrorResult type, stable for programs to branch on. */
export type ErrorCode =
  /** AlreadyExistsError: what was to be created exists already. */
  | 'ALREADY_EXISTS'
  /** HoldNotActiveError: the hold is captured, released or lapsed. */
  | 'HOLD_NOT_ACTIVE'
  /** IdempotencyConflictError: the idempotency key was used with another input. */
  | 'IDEMPOTENCY_CONFLICT'
  /** InsufficientBalanceError: the balance cannot cover the amount. */
  | 'INSUFFICIENT_BALANCE'
  /** InvalidLinkError: a Profile Portal or set-password link is unknown, used or expired. */
  | 'INVALID_LINK'
  /** IssueLimitExceededError: above a MANAGER's issue limit. */
  | 'ISSUE_LIMIT_EXCEEDED'
  /** NotEligibleError: the profile does not meet a reaction's condition. */
  | 'NOT_ELIGIBLE'
  /** NotFoundError: the profile, reward, definition, hold or redemption does not exist. */
  | 'NOT_FOUND'
  /** RedemptionPolicyError: the brand's redemption policy caps the request. */
  | 'REDEMPTION_POLICY_VIOLATION'
  /** ReturnExceedsRedemptionError: more than what is left of the redemption. */
  | 'RETURN_EXCEEDS_REDEMPTION'
  /** ReversalWindowClosedError: too late (or too much returned already) to reverse. */
  | 'REVERSAL_WINDOW_CLOSED'
  /** RewardNotActiveError: the reward is used, voided, expired or pending, or a hold reserves it. */
  | 'REWARD_NOT_ACTIVE'
  /** RewardNotExtendableError: the reward cannot be extended this way. */
  | 'REWARD_NOT_EXTENDABLE';

/** An expected business failure, returned as data in a mutation's result union (nothing was changed; under an idempotencyKey a retry gets the same answer). Select `... on ErrorResult { errorCode message }` to handle every kind. */
export type ErrorResult = {
  /** What kind of failure; branch on this, not on the message. */
  errorCode: ErrorCode;
  /** What went wrong, in English, for people; the wording may change. */
  message: Scalars['String']['output'];
};

/** Unit of a relative expiry, counted in the reward's local calendar from the issue date; the reward ends at the end of that local day. */
export type ExpiryUnit =
  /** Calendar days. */
  | 'DAYS'
  /** Calendar months, clamped to the month's last day (Jan 31 + 1 month = Feb 28 or 29). */
  | 'MONTHS'
  /** Weeks of seven days. */
  | 'WEEKS'
  /** Calendar years (Feb 29 + 1 year = Feb 28). */
  | 'YEARS';

/** An extension: exactly one of days or until. */
export type ExtendRewardInput = {
  /** Add this many days (1 to 3660) to the current expiry, ending at the end of that day in the reward's timezone. */
  days?: InputMaybe<Scalars['Int']['input']>;
  /** Why, for the ledger: 1 to 500 characters. */
  reason: Scalars['String']['input'];
  /** The reward to extend. */
  rewardId: Scalars['ID']['input'];
  /** Replace the expiry with this instant (must be later than the current one, and in the future). */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The extended Reward, or: NotFoundError (no such reward), RewardNotActiveError (the reward is used, voided or pending), RewardNotExtendableError (it cannot be extended this way). */
export type ExtendRewardResult =
  NotFoundError | Reward | RewardNotActiveError | RewardNotExtendableError;

/** What to reserve. */
export type HoldInput = {
  /** Cents (minor units of the currency) to redeem or reserve: 1 to 2147483647. */
  amount: Scalars['Int']['input'];
  /** With a cart, redemption is capped by the eligible subtotal and policy, and apportioned across eligible lines. */
  cart?: InputMaybe<CartInput>;
  /** ISO 4217 code: only rewards in it pay. Default: the brand's currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Your unique key for this operation, 1 to 200 characters, scoped to you: a retry with the same key and input gets the first answer and changes nothing again; another input is IdempotencyConflictError. */
  idempotencyKey: Scalars['String']['input'];
  /** The profile whose rewards pay. */
  profileId: Scalars['ID']['input'];
  /** true: redeem exactly amount or fail. false: redeem as much of amount as balance and policy allow. */
  strict?: InputMaybe<Scalars['Boolean']['input']>;
  /** How long the hold lasts, in seconds (1 to 3600; default: Settings.holdTtlSeconds). */
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The hold is captured, released or lapsed. */
export type HoldNotActiveError = ErrorResult & {
  __typename?: 'HoldNotActiveError';
  /** What kind of failure; branch on this, not on the message. */
  errorCode: ErrorCode;
  /** What went wrong, in English, for people; the wording may change. */
  message: Scalars['String']['output'];
};

/** The RewardHold (or, for a repeated idempotencyKey, the first answer), or: InsufficientBalanceError (the balance cannot cover it), RedemptionPolicyError (minimumSpend or a cap), NotFoundError (no such profile), IdempotencyConflictError (the key was used with another input). */
export type HoldResult =
  | IdempotencyConflictError
  | InsufficientBalanceError
  | NotFoundError
  | RedemptionPolicyError
  | RewardHold;

/** Where a checkout hold stands, read from the clock: a lapsed hold is EXPIRED at once. */
export type HoldStatus =
  /** Reserving balance until expiresAt. */
  | 'ACTIVE'
  /** Turned into a redemption (see redemptionId). */
  | 'CAPTURED'
  /** Lapsed at expiresAt without being captured or released; it reserves nothing. */
  | 'EXPIRED'
  /** Freed by releaseHold. */
  | 'RELEASED';

/** The idempotency key was already used with a different input. */
export type IdempotencyConflictError = ErrorResult & {
  __typename?: 'IdempotencyConflictError';
  /** What kind of failure; branch on this, not on the message. */
  errorCode: ErrorCode;
  /** What went wrong, in English, for people; the wording may change. */
  message: Scalars['String']['output'];
};

/** The balance cannot cover the amount. */
export type InsufficientBalanceError = ErrorResult & {
  __typename?: 'InsufficientBalanceError';
  /** What could have been redeemed. */
  available: Money;
  /** What kind of failure; branch on this, not on the message. */
  errorCode: ErrorCode;
  /** What went wrong, in English, for people; the wording may change. */
  message: Scalars['String']['output'];
};

/** The link is unknown, used or expired. */
export type InvalidLinkError = ErrorResult & {
  __typename?: 'InvalidLinkError';
  /** What kind of failure; branch on this, not on the message. */
  errorCode: ErrorCode;
  /** What went wrong, in English, for people; the wording may change. */
  message: Scalars['String']['output'];
};

/** Above the MANAGER's issue limit. */
export type IssueLimitExceededError = ErrorResult & {
  __typename?: 'IssueLimitExceededError';
  /** What kind of failure; branch on this, not on the message. */
  errorCode: ErrorCode;
  /** The limit that would be exceeded. */
  limit: Money;
  /** What went wrong, in English, for people; the wording may change. */
  message: Scalars['String']['output'];
};

/** A reward to issue: one of profileId or profileExternalId, and one of definitionId or definitionHandle. */
export type IssueRewardInput = {
  /** Start later: the reward is PENDING until then (before the expiry). */
  activatesAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The definition's handle, instead of definitionId. */
  definitionHandle?: InputMaybe<Scalars['String']['input']>;
  /** The definition to issue from (not archived); or give definitionHandle. */
  definitionId?: InputMaybe<Scalars['ID']['input']>;
  /** Override the computed expiry (an instant in the future). */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Your unique key for this operation, 1 to 200 characters, scoped to you: a retry with the same key and input gets the first answer and changes nothing again; another input is IdempotencyConflictError. */
  idempotencyKey: Scalars['String']['input'];
  /** Your own JSON object to keep with the reward: at most 4096 bytes, 10 levels deep. */
  meta?: InputMaybe<Scalars['JSON']['input']>;
  /** The brand's own customer id, instead of profileId. */
  profileExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Profile id or, with profileExternalId, the brand's id. */
  profileId?: InputMaybe<Scalars['ID']['input']>;
  /** Why, for the ledger: 1 to 500 characters. */
  reason: Scalars['String']['input'];
  /** Override the definition's value (cents, 1 to 2147483647). */
  value?: InputMaybe<Scalars['Int']['input']>;
};

/** The issued Reward (or, for a repeated idempotencyKey, the first answer), or: NotFoundError (no such profile or definition), IssueLimitExceededError (above a MANAGER's single or daily limit), IdempotencyConflictError (the key was used with another input). */
export type IssueRewardResult =
  IdempotencyConflictError | IssueLimitExceededError | NotFoundError | Reward;

/** A page of ledger entries, newest first. */
export type LedgerConnection = {
  __typename?: 'LedgerConnection';
  /** The items of this page, in order. */
  edges: Array<LedgerEdge>;
  /** Whether pages come before or after this one. */
  pageInfo: PageInfo;
  /** How many in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One of the ledger entries in a page, with its cursor. */
export type LedgerEdge = {
  __typename?: 'LedgerEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: LedgerEntry;
};

/** Immutable record of every change to a profile’s rewards. An API key reads it with READ_PROFILES. */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /** Who made the change: user:<id>, apikey:<id>, customer:<profile id> or system:<job>. */
  actor: Scalars['String']['output'];
  /** The actor for people: a staff name, an API key name, the customer or a job. */
  actorLabel: Scalars['String']['output'];
  /** Signed change to the balance (0 for EXTEND). */
  amount: Money;
  /** The profile's balance in this currency after the entry. */
  balanceAfter: Money;
  /** When the change was made. */
  createdAt: Scalars['DateTime']['output'];
  /** EXTEND: the reward's expiry after this extension; null for other entries. */
  expiresAfter?: Maybe<Scalars['DateTime']['output']>;
  /** EXTEND: the reward's expiry before this extension; null for other entries. */
  expiresBefore?: Maybe<Scalars['DateTime']['output']>;
  /** The entry id. */
  id: Scalars['ID']['output'];
  /** Why, as the actor wrote; null if not given. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The redemption behind a REDEEM, REVERSAL or RETURN entry; null for others. */
  redemption?: Maybe<Redemption>;
  /** The reward that changed; null if the entry names none. */
  reward?: Maybe<Reward>;
  /** What changed. */
  type: LedgerEntryType;
};

/** What a ledger entry records; its amount is the signed change to the balance. */
export type LedgerEntryType =
  /** A reward expired with value left: minus what remained. */
  | 'EXPIRE'
  /** A reward's expiry moved later: 0. */
  | 'EXTEND'
  /** A reward was issued: plus its value. */
  | 'ISSUE'
  /** A redemption drew on a reward: minus what it took. */
  | 'REDEEM'
  /** A return gave value back to a reward, or as a new RETURN reward: plus that value. */
  | 'RETURN'
  /** A reversed redemption gave back to a reward: plus what it had taken. */
  | 'REVERSAL'
  /** A reward was voided: minus what remained. */
  | 'VOID';

/** What is owed now: value left on rewards neither voided nor expired (pending ones included). */
export type Liability = {
  __typename?: 'Liability';
  /** By month of expiry, soonest first. */
  byExpiryMonth: Array<LiabilityBucket>;
  /** ISO 4217 code the report is in, e.g. AUD. */
  currency: Scalars['String']['output'];
  /** Of that, what expires by the end of the 30th day from today in the brand's time zone (pending rewards included). */
  expiringSoon: Money;
  /** Value left on all of those rewards. */
  outstanding: Money;
};

/** Value outstanding on rewards expiring in one month. */
export type LiabilityBucket = {
  __typename?: 'LiabilityBucket';
  /** Value left on the rewards expiring that month. */
  amount: Money;
  /** YYYY-MM of expiry, in the brand's time zone. */
  month: Scalars['String']['output'];
  /** How many rewards carry it. */
  rewardCount: Scalars['Int']['output'];
};

/** The part of a redemption taken off one cart line. */
export type LineDiscount = {
  __typename?: 'LineDiscount';
  /** What rewards take off this line. */
  amount: Money;
  /** The cart line id, as given in CartLineInput.id. */
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

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Archives a definition: it can no longer issue. Issued rewards are untouched. Access: staff with role ADMIN or MANAGER. */
  archiveRewardDefinition: RewardDefinition;
  /** Archives a reward type: no new definitions of it. Existing rewards are untouched. Access: staff with role ADMIN or MANAGER. */
  archiveRewardType: RewardType;
  /** Issues a reward from a definition to each listed profile (up to 100,000), in the background. A MANAGER's limits hold per reward and per day. Idempotent by idempotencyKey: a retry returns the same job. Follow it with bulkIssueJob. Access: staff with role ADMIN or MANAGER. */
  bulkIssueRewards: BulkIssueJob;
  /** Like bulkIssueRewards, from a CSV upload whose header names the external id column. Access: staff with role ADMIN or MANAGER. */
  bulkIssueRewardsCsv: BulkIssueJob;
  /** Turns up to the held amount into a redemption; the rest is released. Access: staff with role ADMIN or MANAGER; or an API key with the REDEEM scope. */
  captureHold: CaptureHoldResult;
  /** Changes the signed-in staff member's password. Other sessions stay signed in. Access: any signed-in staff member (ADMIN or MANAGER). */
  changePassword: Scalars['Boolean']['output'];
  /** Claims a claimable reaction for a profile: its reward when the condition holds (NotEligibleError otherwise), once per profile. Access: staff with role ADMIN or MANAGER; or an API key with the ISSUE_REWARDS scope. */
  claimReward: ClaimRewardResult;
  /** Creates an API key; its secret is shown once. Access: staff with role ADMIN. */
  createApiKey: ApiKeyCreated;
  /** A one-time link (valid 72 hours) for a staff member to set their password: to invite someone created without one, or to reset a forgotten one. Their earlier unused links stop working. Access: staff with role ADMIN. */
  createPasswordLink: PasswordLink;
  /** Adds a customer profile. External ids are unique. Access: staff with role ADMIN or MANAGER; or an API key with the WRITE_PROFILES scope. */
  createProfile: Profile;
  /** Creates a reaction: event, optional JSON Logic condition (validated now) and an assignable definition to issue from. Access: staff with role ADMIN. */
  createReaction: Reaction;
  /** Adds a reward definition. Access: staff with role ADMIN. */
  createRewardDefinition: RewardDefinition;
  /** A single-use Profile Portal link (valid 30 days) for a reward whose type allows self-service extension. The customer's page shows the offer and, on confirmation, adds the type's extensionDays. Access: staff with role ADMIN or MANAGER. */
  createRewardExtensionLink: CreateExtensionLinkResult;
  /** Adds a reward type. Keys are unique. Access: staff with role ADMIN. */
  createRewardType: RewardType;
  /** Creates a staff account. Emails are unique. Access: staff with role ADMIN. */
  createUser: User;
  /** Adds an endpoint for the named events. The signing secret is in the answer and never shown again. The URL must be http(s); in production not a loopback or private address unless WEBHOOKS_ALLOW_PRIVATE=true. Access: staff with role ADMIN. */
  createWebhook: WebhookCreated;
  /** Removes an endpoint: nothing more is sent to it and what was waiting is cancelled. False if there was no such webhook. Access: staff with role ADMIN. */
  deleteWebhook: Scalars['Boolean']['output'];
  /** Emits a custom event for a profile: the active CUSTOM reactions of that name pay once per event. Idempotent by idempotencyKey. Access: staff with role ADMIN or MANAGER; or an API key with the EMIT_EVENTS scope. */
  emitEvent: EmitEventPayload;
  /** Turns a disabled endpoint back on; the events that waited while it was disabled are sent. Access: staff with role ADMIN. */
  enableWebhook: EnableWebhookResult;
  /** Extends an active or expired reward: days adds to the current expiry (ending at the end of that local day), until replaces it. The new expiry must be later and in the future. Access: staff with role ADMIN or MANAGER. */
  extendReward: ExtendRewardResult;
  /** Public: the customer confirms an extension from a Profile Portal link (single use). A second confirmation answers InvalidLinkError saying the link was already used. Rate-limited per client address. Access: public; no sign-in needed. */
  extendRewardWithLink: RewardExtensionOfferResult;
  /** Reserves balance for a checkout, like redeem without spending. The hold lapses by itself at expiresAt. Access: staff with role ADMIN or MANAGER; or an API key with the REDEEM scope. */
  holdRewards: HoldResult;
  /** Issues a reward from a definition. Value and expiry come from the definition unless overridden; a MANAGER's manual issues are limited per reward and per day. Idempotent by idempotencyKey. Access: staff with role ADMIN or MANAGER; or an API key with the ISSUE_REWARDS scope. */
  issueReward: IssueRewardResult;
  /** Signs a staff member in. Returns a bearer token and sets an HttpOnly session cookie. A wrong email or password gets UNAUTHENTICATED without saying which was wrong. Access: public; no sign-in needed. */
  login: Session;
  /** Ends the current session and clears its cookie. Access: any signed-in staff member (ADMIN or MANAGER). */
  logout: Scalars['Boolean']['output'];
  /** Records a purchase or a return: lifetime spend moves, spend milestones crossed are paid once each, and TRANSACTION_CREATED reactions run. Idempotent on externalId: the same id and input answers the first result; the same id with another input is BAD_USER_INPUT. Access: staff with role ADMIN or MANAGER; or an API key with the RECORD_TRANSACTIONS scope. */
  recordTransaction: Transaction;
  /** Spends rewards, nearest expiry first. strict (default) redeems exactly amount or fails; otherwise as much as allowed. Idempotent by idempotencyKey. Access: staff with role ADMIN or MANAGER; or an API key with the REDEEM scope. */
  redeem: RedeemResult;
  /** Sends a delivery again now, with the same webhook-id (receivers deduplicate by it), and retries it for another 24 hours if it fails. Access: staff with role ADMIN. */
  redeliverWebhook: RedeliverWebhookResult;
  /** Frees what a hold reserves. Access: staff with role ADMIN or MANAGER; or an API key with the REDEEM scope. */
  releaseHold: ReleaseHoldResult;
  /** Gives back part or all of a redemption when goods are refunded, latest-expiring reward first; value for an expired or voided reward comes back as a new reward lasting Settings.returnGraceDays. Access: staff with role ADMIN or MANAGER; or an API key with the REDEEM scope. */
  returnRedemption: ReturnRedemptionResult;
  /** Undoes a whole redemption within Settings.reversalWindowMinutes, back to the same rewards. Reversing again returns it unchanged. Access: staff with role ADMIN or MANAGER; or an API key with the REDEEM scope. */
  reverseRedemption: ReverseRedemptionResult;
  /** Revokes an API key at once. Revoking twice is harmless. Access: staff with role ADMIN. */
  revokeApiKey: ApiKey;
  /** Replaces the signing secret (shown once in the answer). For 24 hours deliveries carry signatures by both the old and the new secret, so receivers can switch without a gap. Access: staff with role ADMIN. */
  rotateWebhookSecret: RotateWebhookSecretResult;
  /** Run the daily issuance, expiry and reminder pass as of a moment (default now). Idempotent. Access: staff with role ADMIN. */
  runScheduledIssuance: ScheduledRunSummary;
  /** Public: sets the password from a set-password link (single use) and ends the account’s sessions; then sign in with it. Rate-limited per client address. Access: public; no sign-in needed. */
  setPasswordWithLink: PasswordLinkOfferResult;
  /** Activates or deactivates a staff account; deactivating ends its sessions. Access: staff with role ADMIN. */
  setUserActive: User;
  /** Changes a staff account's role; it applies to their signed-in sessions at once. The last active ADMIN keeps the role. Access: staff with role ADMIN. */
  setUserRole: User;
  /** Changes a profile; fields left out stay as they are. Access: staff with role ADMIN or MANAGER; or an API key with the WRITE_PROFILES scope. */
  updateProfile: Profile;
  /** Changes a reaction (pause it with active: false); what it already paid stays paid. Access: staff with role ADMIN. */
  updateReaction: Reaction;
  /** Changes a definition. Rewards already issued from it keep their value and expiry. Access: staff with role ADMIN or MANAGER. */
  updateRewardDefinition: RewardDefinition;
  /** Changes a reward type's name, description and extension policy (not its key). Access: staff with role ADMIN or MANAGER. */
  updateRewardType: RewardType;
  /** Changes brand-wide rules. Every field is validated; nothing changes on an error. Access: staff with role ADMIN. */
  updateSettings: Settings;
  /** Ends an active or pending reward; what remained leaves the balance. Nothing is deleted. Access: staff with role ADMIN or MANAGER. */
  voidReward: VoidRewardResult;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationArchiveRewardDefinitionArgs = {
  id: Scalars['ID']['input'];
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationArchiveRewardTypeArgs = {
  id: Scalars['ID']['input'];
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationBulkIssueRewardsArgs = {
  input: BulkIssueInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationBulkIssueRewardsCsvArgs = {
  input: BulkIssueCsvInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationCaptureHoldArgs = {
  input: CaptureHoldInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationClaimRewardArgs = {
  input: ClaimRewardInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationCreatePasswordLinkArgs = {
  userId: Scalars['ID']['input'];
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationCreateProfileArgs = {
  input: ProfileInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationCreateReactionArgs = {
  input: ReactionInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationCreateRewardDefinitionArgs = {
  input: RewardDefinitionInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationCreateRewardExtensionLinkArgs = {
  rewardId: Scalars['ID']['input'];
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationCreateRewardTypeArgs = {
  input: RewardTypeInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationCreateWebhookArgs = {
  input: WebhookInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationEmitEventArgs = {
  input: EmitEventInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationEnableWebhookArgs = {
  id: Scalars['ID']['input'];
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationExtendRewardArgs = {
  input: ExtendRewardInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationExtendRewardWithLinkArgs = {
  token: Scalars['String']['input'];
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationHoldRewardsArgs = {
  input: HoldInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationIssueRewardArgs = {
  input: IssueRewardInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationRecordTransactionArgs = {
  input: RecordTransactionInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationRedeemArgs = {
  input: RedeemInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['ID']['input'];
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationReleaseHoldArgs = {
  holdId: Scalars['ID']['input'];
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationReturnRedemptionArgs = {
  input: ReturnRedemptionInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationReverseRedemptionArgs = {
  input: ReverseRedemptionInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationRunScheduledIssuanceArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationSetPasswordWithLinkArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationSetUserActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationSetUserRoleArgs = {
  id: Scalars['ID']['input'];
  role: Role;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationUpdateProfileArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProfileInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationUpdateReactionArgs = {
  id: Scalars['ID']['input'];
  input: ReactionInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationUpdateRewardDefinitionArgs = {
  id: Scalars['ID']['input'];
  input: RewardDefinitionInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationUpdateRewardTypeArgs = {
  id: Scalars['ID']['input'];
  input: RewardTypeInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationUpdateSettingsArgs = {
  input: SettingsInput;
};

/** What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError. */
export type MutationVoidRewardArgs = {
  input: VoidRewardInput;
};

/** The profile does not meet the condition. */
export type NotEligibleError = ErrorResult & {
  __typename?: 'NotEligibleError';
  /** What kind of failure; branch on this, not on the message. */
  errorCode: ErrorCode;
  /** What went wrong, in English, for people; the wording may change. */
  message: Scalars['String']['output'];
};

/** The thing asked for does not exist. */
export type NotFoundError = ErrorResult & {
  __typename?: 'NotFoundError';
  /** What kind of failure; branch on this, not on the message. */
  errorCode: ErrorCode;
  /** What went wrong, in English, for people; the wording may change. */
  message: Scalars['String']['output'];
};

/** Where a page sits in its list (Relay cursor connections). Lists here page forwards only: pass endCursor as `after` to get the next page. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The last edge's cursor, to pass as `after` for the next page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items come before this page: true when `after` was given and the list still holds the item at that cursor or an earlier one; false on the first page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The first edge's cursor; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A one-time link for a staff member to set their password. */
export type PasswordLink = {
  __typename?: 'PasswordLink';
  /** When the link stops working unless used first. */
  expiresAt: Scalars['DateTime']['output'];
  /** The page's address, carrying the token; shown once. */
  url: Scalars['String']['output'];
  /** Whose password it sets. */
  user: User;
};

/** What a set-password page may show: the account it is for. */
export type PasswordLinkOffer = {
  __typename?: 'PasswordLinkOffer';
  /** The account’s sign-in email. */
  email: Scalars['String']['output'];
  /** When the link stops working unless used first. */
  expiresAt: Scalars['DateTime']['output'];
  /** The account’s display name, to greet them. */
  name: Scalars['String']['output'];
};

/** The PasswordLinkOffer, or: InvalidLinkError (the link is unknown, used, replaced by a newer one or expired). */
export type PasswordLinkOfferResult = InvalidLinkError | PasswordLinkOffer;

/** What to try to redeem, without redeeming it. */
export type PreviewRedemptionInput = {
  /** Cents (minor units of the currency) to redeem or reserve: 1 to 2147483647. */
  amount: Scalars['Int']['input'];
  /** With a cart, redemption is capped by the eligible subtotal and policy, and apportioned across eligible lines. */
  cart?: InputMaybe<CartInput>;
  /** ISO 4217 code: only rewards in it pay. Default: the brand's currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The profile whose rewards pay. */
  profileId: Scalars['ID']['input'];
  /** true: redeem exactly amount or fail. false: redeem as much of amount as balance and policy allow. */
  strict?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A customer of the brand. An API key reads its fields with READ_PROFILES (a WRITE_PROFILES key reads back the fields its mutation wrote; a REDEEM key reads the balances); the id is readable wherever the profile is reached. */
export type Profile = {
  __typename?: 'Profile';
  /** Balance in one currency (default: the brand's). */
  balance: RewardBalance;
  /** One balance per currency the profile holds active rewards in. */
  balances: Array<RewardBalance>;
  /** Birth date, YYYY-MM-DD (ISO 8601 calendar date); null if not given. */
  birthDate?: Maybe<Scalars['String']['output']>;
  /** Email address, lower-case; null if not given. */
  email?: Maybe<Scalars['String']['output']>;
  /** The brand's own customer id; unique. */
  externalId: Scalars['String']['output'];
  /** Given name; null if not given. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Checkout holds, newest first (at most 100): by default only those still reserving balance. */
  holds: Array<RewardHold>;
  /** The profile id (customer actors name it customer:<id>). */
  id: Scalars['ID']['output'];
  /** The customer is one of the brand's own staff. */
  isStaff: Scalars['Boolean']['output'];
  /** When the customer joined the programme. */
  joinedAt: Scalars['DateTime']['output'];
  /** Family name; null if not given. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Every change to the rewards, newest first. */
  ledger: LedgerConnection;
  /** Lifetime spend in the brand's default currency. */
  lifetimeSpend: Money;
  /** Redemptions, newest first. */
  redemptions: RedemptionConnection;
  /** Rewards, newest first. */
  rewards: RewardConnection;
  /** The brand's loyalty tier name, as the brand writes it; null for none. */
  tier?: Maybe<Scalars['String']['output']>;
  /** IANA timezone; rewards issued to this profile expire at the end of the local day. */
  timezone: Scalars['String']['output'];
};

/** A customer of the brand. An API key reads its fields with READ_PROFILES (a WRITE_PROFILES key reads back the fields its mutation wrote; a REDEEM key reads the balances); the id is readable wherever the profile is reached. */
export type ProfileBalanceArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};

/** A customer of the brand. An API key reads its fields with READ_PROFILES (a WRITE_PROFILES key reads back the fields its mutation wrote; a REDEEM key reads the balances); the id is readable wherever the profile is reached. */
export type ProfileHoldsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A customer of the brand. An API key reads its fields with READ_PROFILES (a WRITE_PROFILES key reads back the fields its mutation wrote; a REDEEM key reads the balances); the id is readable wherever the profile is reached. */
export type ProfileLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A customer of the brand. An API key reads its fields with READ_PROFILES (a WRITE_PROFILES key reads back the fields its mutation wrote; a REDEEM key reads the balances); the id is readable wherever the profile is reached. */
export type ProfileRedemptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A customer of the brand. An API key reads its fields with READ_PROFILES (a WRITE_PROFILES key reads back the fields its mutation wrote; a REDEEM key reads the balances); the id is readable wherever the profile is reached. */
export type ProfileRewardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RewardStatus>;
};

/** A page of profiles, newest first. */
export type ProfileConnection = {
  __typename?: 'ProfileConnection';
  /** The items of this page, in order. */
  edges: Array<ProfileEdge>;
  /** Whether pages come before or after this one. */
  pageInfo: PageInfo;
  /** How many in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One of the profiles in a page, with its cursor. */
export type ProfileEdge = {
  __typename?: 'ProfileEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Profile;
};

/** A new customer profile. */
export type ProfileInput = {
  /** YYYY-MM-DD: a real date from 1900 to today. */
  birthDate?: InputMaybe<Scalars['String']['input']>;
  /** Email address, at most 254 characters. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The brand's own customer id, at most 100 characters; unique. */
  externalId: Scalars['String']['input'];
  /** Given name, at most 100 characters. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** A staff member of the brand; default false. */
  isStaff?: InputMaybe<Scalars['Boolean']['input']>;
  /** When they joined; not in the future. Default: now. */
  joinedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Family name, at most 100 characters. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Loyalty tier name, at most 64 characters. */
  tier?: InputMaybe<Scalars['String']['input']>;
  /** IANA zone, e.g. Australia/Sydney; default: the brand's. */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type Query = {
  __typename?: 'Query';
  /** Issued, redeemed, restored, expired and voided value per reward type, currency and brand-local day or month, from the ledger, for entries in [from, to). DAY covers at most 2 years. Access: staff with role ADMIN or MANAGER. */
  activity: Array<ActivityRow>;
  /** Every API key, newest first, revoked ones included. Access: staff with role ADMIN. */
  apiKeys: Array<ApiKey>;
  /** Breakage: value that expired unredeemed, by brand-local month of expiry, for rewards expiring in [from, to) (up to now). At most 10 years. Access: staff with role ADMIN or MANAGER. */
  breakage: Array<BreakageRow>;
  /** A bulk issue and its progress. Access: staff with role ADMIN or MANAGER. */
  bulkIssueJob?: Maybe<BulkIssueJob>;
  /** Reactions the profile could claim now. Access: any signed-in staff member (ADMIN or MANAGER); or an API key with the ISSUE_REWARDS scope. */
  claimableReactions: Array<Reaction>;
  /** One hold by id; null if there is none. Access: any signed-in staff member (ADMIN or MANAGER); or an API key with the REDEEM or READ_PROFILES scope. */
  hold?: Maybe<RewardHold>;
  /** Outstanding reward value now in a currency (default: the brand's), by month of expiry in the brand's time zone. Access: staff with role ADMIN or MANAGER. */
  liability: Liability;
  /** The signed-in staff member. Access: any signed-in staff member (ADMIN or MANAGER). */
  me?: Maybe<User>;
  /** Public: whose account a set-password link is for. Rate-limited per client address. Access: public; no sign-in needed. */
  passwordLinkOffer: PasswordLinkOfferResult;
  /** What redeem would do now (as much of amount as allowed), writing nothing. Access: staff with role ADMIN or MANAGER; or an API key with the REDEEM scope. */
  previewRedemption: RedemptionPreview;
  /** One profile by id or by external id. Access: any signed-in staff member (ADMIN or MANAGER); or an API key with the READ_PROFILES scope. */
  profile?: Maybe<Profile>;
  /** Search by name, email or external id; newest first. Access: any signed-in staff member (ADMIN or MANAGER); or an API key with the READ_PROFILES scope. */
  profiles: ProfileConnection;
  /** Every reaction, paused ones too, oldest first. Access: any signed-in staff member (ADMIN or MANAGER). */
  reactions: Array<Reaction>;
  /** One redemption by id; null if there is none. Access: any signed-in staff member (ADMIN or MANAGER); or an API key with the REDEEM or READ_PROFILES scope. */
  redemption?: Maybe<Redemption>;
  /** Redemptions found by transaction id, receipt or location; newest first. An API key without READ_PROFILES finds only its own. Access: any signed-in staff member (ADMIN or MANAGER); or an API key with the REDEEM or READ_PROFILES scope. */
  redemptions: RedemptionConnection;
  /** One reward by id; null if there is none. Access: any signed-in staff member (ADMIN or MANAGER); or an API key with the READ_PROFILES scope. */
  reward?: Maybe<Reward>;
  /** One definition by id or by handle (exactly one of them). Access: any signed-in staff member (ADMIN or MANAGER); or an API key with the READ_PROFILES or ISSUE_REWARDS scope. */
  rewardDefinition?: Maybe<RewardDefinition>;
  /** Reward definitions, by name. Access: any signed-in staff member (ADMIN or MANAGER); or an API key with the READ_PROFILES or ISSUE_REWARDS scope. */
  rewardDefinitions: Array<RewardDefinition>;
  /** Public: what a Profile Portal extension link offers. Rate-limited per client address. Access: public; no sign-in needed. */
  rewardExtensionOffer: RewardExtensionOfferResult;
  /** Reward types, by name; archived ones on request. Access: any signed-in staff member (ADMIN or MANAGER); or an API key with the READ_PROFILES or ISSUE_REWARDS scope. */
  rewardTypes: Array<RewardType>;
  /** The brand-wide rules. Access: any signed-in staff member (ADMIN or MANAGER); or an API key with the REDEEM or READ_PROFILES scope. */
  settings: Settings;
  /** Every staff account, active or not. Access: staff with role ADMIN. */
  users: Array<User>;
  /** One webhook endpoint with its delivery log; null if there is none by that id. Access: staff with role ADMIN. */
  webhook?: Maybe<Webhook>;
  /** Every webhook endpoint (deleted ones are gone). Access: staff with role ADMIN. */
  webhooks: Array<Webhook>;
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type QueryActivityArgs = {
  from: Scalars['DateTime']['input'];
  interval: ReportInterval;
  to: Scalars['DateTime']['input'];
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type QueryBreakageArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type QueryBulkIssueJobArgs = {
  id: Scalars['ID']['input'];
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type QueryClaimableReactionsArgs = {
  profileId: Scalars['ID']['input'];
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type QueryHoldArgs = {
  id: Scalars['ID']['input'];
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type QueryLiabilityArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type QueryPasswordLinkOfferArgs = {
  token: Scalars['String']['input'];
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type QueryPreviewRedemptionArgs = {
  input: PreviewRedemptionInput;
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type QueryProfileArgs = {
  externalId?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type QueryProfilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type QueryRedemptionArgs = {
  id: Scalars['ID']['input'];
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type QueryRedemptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locationId?: InputMaybe<Scalars['String']['input']>;
  receiptRef?: InputMaybe<Scalars['String']['input']>;
  transactionExternalId?: InputMaybe<Scalars['String']['input']>;
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type QueryRewardArgs = {
  id: Scalars['ID']['input'];
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type QueryRewardDefinitionArgs = {
  handle?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type QueryRewardDefinitionsArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type QueryRewardExtensionOfferArgs = {
  token: Scalars['String']['input'];
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type QueryRewardTypesArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error. */
export type QueryWebhookArgs = {
  id: Scalars['ID']['input'];
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

/** What to redeem. */
export type RedeemInput = {
  /** Cents (minor units of the currency) to redeem or reserve: 1 to 2147483647. */
  amount: Scalars['Int']['input'];
  /** With a cart, redemption is capped by the eligible subtotal and policy, and apportioned across eligible lines. */
  cart?: InputMaybe<CartInput>;
  /** ISO 4217 code: only rewards in it pay. Default: the brand's currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Your unique key for this operation, 1 to 200 characters, scoped to you: a retry with the same key and input gets the first answer and changes nothing again; another input is IdempotencyConflictError. */
  idempotencyKey: Scalars['String']['input'];
  /** The profile whose rewards pay. */
  profileId: Scalars['ID']['input'];
  /** true: redeem exactly amount or fail. false: redeem as much of amount as balance and policy allow. */
  strict?: InputMaybe<Scalars['Boolean']['input']>;
  /** The sale this redemption belongs to. */
  transaction?: InputMaybe<TransactionRefInput>;
};

/** The Redemption (or, for a repeated idempotencyKey, the first answer), or: InsufficientBalanceError (the balance cannot cover it; available says what could be), RedemptionPolicyError (minimumSpend or a cap; maxAllowed says the most), NotFoundError (no such profile), IdempotencyConflictError (the key was used with another input). */
export type RedeemResult =
  | IdempotencyConflictError
  | InsufficientBalanceError
  | NotFoundError
  | Redemption
  | RedemptionPolicyError;

/** The WebhookDelivery, queued to send again, or: NotFoundError (no such delivery). */
export type RedeliverWebhookResult = NotFoundError | WebhookDelivery;

/** Rewards spent at a checkout. An API key reads its own redemptions (and those it reversed or returned); others need READ_PROFILES, as does createdByLabel. */
export type Redemption = {
  __typename?: 'Redemption';
  /** Which rewards paid, nearest expiry first. */
  allocations: Array<RedemptionAllocation>;
  /** What was redeemed. */
  amount: Money;
  /** When the rewards were spent. */
  createdAt: Scalars['DateTime']['output'];
  /** Who redeemed (user:, apikey:). */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** Who redeemed, for people: a staff name or an API key name. */
  createdByLabel?: Maybe<Scalars['String']['output']>;
  /** The redemption id. */
  id: Scalars['ID']['output'];
  /** How the amount is spread over the cart's eligible lines (empty without a cart). */
  lineDiscounts: Array<LineDiscount>;
  /** The store or channel, as given. */
  locationId?: Maybe<Scalars['String']['output']>;
  /** The profile whose rewards paid. */
  profile: Profile;
  /** The sale's receipt number, as given. */
  receiptRef?: Maybe<Scalars['String']['output']>;
  /** What was asked for. */
  requested: Money;
  /** What returns have given back so far. */
  returned: Money;
  /** When it was reversed; null if not. */
  reversedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands after reversals and returns. */
  status: RedemptionStatus;
  /** The sale's order or transaction id, as the checkout gave it. */
  transactionExternalId?: Maybe<Scalars['String']['output']>;
};

/** What one reward gave. */
export type RedemptionAllocation = {
  __typename?: 'RedemptionAllocation';
  /** What this reward gave (or, in a hold, reserves). */
  amount: Money;
  /** The reward that gave it. */
  reward: Reward;
};

/** A page of redemptions, newest first. */
export type RedemptionConnection = {
  __typename?: 'RedemptionConnection';
  /** The items of this page, in order. */
  edges: Array<RedemptionEdge>;
  /** Whether pages come before or after this one. */
  pageInfo: PageInfo;
  /** How many in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One of the redemptions in a page, with its cursor. */
export type RedemptionEdge = {
  __typename?: 'RedemptionEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Redemption;
};

/** The redemption policy caps this request. */
export type RedemptionPolicyError = ErrorResult & {
  __typename?: 'RedemptionPolicyError';
  /** What kind of failure; branch on this, not on the message. */
  errorCode: ErrorCode;
  /** The most the policy allows for this request. */
  maxAllowed: Money;
  /** What went wrong, in English, for people; the wording may change. */
  message: Scalars['String']['output'];
};

/** A dry run of redeem: what would be taken from which rewards and lines, and the most allowed. */
export type RedemptionPreview = {
  __typename?: 'RedemptionPreview';
  /** Which rewards would pay, nearest expiry first. */
  allocations: Array<RedemptionAllocation>;
  /** What redeem would take now (at most the amount asked). */
  amount: Money;
  /** The cart total rewards may pay for (0 without a cart). */
  eligibleSubtotal: Money;
  /** How the amount would spread over the cart's eligible lines (empty without a cart). */
  lineDiscounts: Array<LineDiscount>;
  /** The most the balance and the policy allow. */
  maxRedeemable: Money;
};

/** Where a redemption stands after reversals and returns. */
export type RedemptionStatus =
  /** The rewards were spent; nothing has come back. */
  | 'COMPLETED'
  /** Returns gave back part of the amount. */
  | 'PARTIALLY_RETURNED'
  /** Returns gave back the whole amount. */
  | 'RETURNED'
  /** Undone in full within the reversal window. */
  | 'REVERSED';

/** The released RewardHold, or: HoldNotActiveError (it was captured, released or lapsed already), NotFoundError (no such hold). */
export type ReleaseHoldResult = HoldNotActiveError | NotFoundError | RewardHold;

/** Periods in the brand's time zone. */
export type ReportInterval =
  /** One row per brand-local day; period is YYYY-MM-DD. */
  | 'DAY'
  /** One row per brand-local month; period is YYYY-MM. */
  | 'MONTH';

/** More than what is left of the redemption. */
export type ReturnExceedsRedemptionError = ErrorResult & {
  __typename?: 'ReturnExceedsRedemptionError';
  /** What kind of failure; branch on this, not on the message. */
  errorCode: ErrorCode;
  /** What went wrong, in English, for people; the wording may change. */
  message: Scalars['String']['output'];
  /** What may still be returned: the amount less what returns gave back. */
  returnable: Money;
};

/** A return of part or all of a redemption. */
export type ReturnRedemptionInput = {
  /** Cents of the redemption to give back (a partial refund of the purchase). */
  amount: Scalars['Int']['input'];
  /** Your unique key for this operation, 1 to 200 characters, scoped to you: a retry with the same key and input gets the first answer and changes nothing again; another input is IdempotencyConflictError. */
  idempotencyKey: Scalars['String']['input'];
  /** Why, for the ledger: at most 500 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The redemption to return from. */
  redemptionId: Scalars['ID']['input'];
};

/** The Redemption after the return (or, for a repeated idempotencyKey, the first answer), or: NotFoundError (no such redemption), ReturnExceedsRedemptionError (more than is left; returnable says how much), IdempotencyConflictError (the key was used with another input). */
export type ReturnRedemptionResult =
  IdempotencyConflictError | NotFoundError | Redemption | ReturnExceedsRedemptionError;

/** The reversal window has passed. */
export type ReversalWindowClosedError = ErrorResult & {
  __typename?: 'ReversalWindowClosedError';
  /** What kind of failure; branch on this, not on the message. */
  errorCode: ErrorCode;
  /** What went wrong, in English, for people; the wording may change. */
  message: Scalars['String']['output'];
};

/** A reversal of a whole redemption. */
export type ReverseRedemptionInput = {
  /** Why, for the ledger: at most 500 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The redemption to reverse. */
  redemptionId: Scalars['ID']['input'];
};

/** The REVERSED Redemption (also when it was reversed already), or: NotFoundError (no such redemption), ReversalWindowClosedError (the window has passed, or part was returned: return the rest instead). */
export type ReverseRedemptionResult = NotFoundError | Redemption | ReversalWindowClosedError;

/** A dollar-off discount with an expiry, owned by one profile. An API key reads it with READ_PROFILES, when it issued it, or through its own redemption or hold; reason, meta and issuedBy need READ_PROFILES or having issued it, issuedByLabel READ_PROFILES. */
export type Reward = {
  __typename?: 'Reward';
  /** When a PENDING reward starts to count; null when it counted from issue. */
  activatesAt?: Maybe<Scalars['DateTime']['output']>;
  /** The definition it was issued from. */
  definition: RewardDefinition;
  /** The last instant the reward may be used. */
  expiresAt: Scalars['DateTime']['output'];
  /** Expiry in the reward's timezone, e.g. 2026-12-31T23:59:59+11:00. */
  expiresLocal: Scalars['String']['output'];
  /** When it was last extended; null if never. */
  extendedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How many times its expiry was extended. */
  extensionCount: Scalars['Int']['output'];
  /** The reward id. */
  id: Scalars['ID']['output'];
  /** When it was issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** Who issued it (user:, apikey:, system:). */
  issuedBy?: Maybe<Scalars['String']['output']>;
  /** Who issued it, for people: a staff name, an API key name or a system job. */
  issuedByLabel?: Maybe<Scalars['String']['output']>;
  /** The issuer's own JSON object, stored as given; null if none. */
  meta?: Maybe<Scalars['JSON']['output']>;
  /** The profile that owns it. */
  profile: Profile;
  /** Why it was issued, as the issuer wrote. */
  reason?: Maybe<Scalars['String']['output']>;
  /** How it came to be. */
  source: RewardSource;
  /** Its state now, from the clock; never stale. */
  status: RewardStatus;
  /** IANA zone the expiry is computed in. */
  timezone: Scalars['String']['output'];
  /** Its definition's reward type. */
  type: RewardType;
  /** The value it was issued with. */
  valueInitial: Money;
  /** What is left to spend (redemptions take from it; reversals and returns restore it). */
  valueRemaining: Money;
  /** Why it was voided (the reason given to voidReward); null unless voided. */
  voidReason?: Maybe<Scalars['String']['output']>;
  /** When it was voided; null if not. */
  voidedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A profile’s balance in one currency. */
export type RewardBalance = {
  __typename?: 'RewardBalance';
  /** How many ACTIVE rewards make up the balance. */
  activeRewardCount: Scalars['Int']['output'];
  /** Sum of unused, unexpired, active rewards minus what active holds reserve. */
  available: Money;
  /** ISO 4217 code of this balance. */
  currency: Scalars['String']['output'];
  /** Value that expires within the next 30 days. */
  expiringSoon: Money;
  /** What active holds reserve. */
  held: Money;
  /** Earliest expiry among active rewards. */
  nextExpiry?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of rewards, newest first. */
export type RewardConnection = {
  __typename?: 'RewardConnection';
  /** The items of this page, in order. */
  edges: Array<RewardEdge>;
  /** Whether pages come before or after this one. */
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
  /** Archived definitions cannot issue or change; issued rewards are untouched. */
  archived: Scalars['Boolean']['output'];
  /** Whether automatic issuance (reactions, milestones, schedules) may use it. */
  assignable: Scalars['Boolean']['output'];
  /** When the definition was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Longer text for frontends; null if none. */
  description?: Maybe<Scalars['String']['output']>;
  /** Valid for this many units after issue, ending at the end of the local day. Null when absoluteExpiry is set. */
  expiryPeriod?: Maybe<Scalars['Int']['output']>;
  /** Unit of expiryPeriod; null when absoluteExpiry is set. */
  expiryUnit?: Maybe<ExpiryUnit>;
  /** Unique, URL-safe; used for lookups and deduplication. */
  handle: Scalars['String']['output'];
  /** The definition id. */
  id: Scalars['ID']['output'];
  /** Display name, e.g. $10 birthday reward. */
  name: Scalars['String']['output'];
  /** Visible to customers in frontends. */
  published: Scalars['Boolean']['output'];
  /** The reward type it issues. */
  type: RewardType;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Default value of each reward issued from this definition. */
  value: Money;
};

/** A reward definition. Give either expiryPeriod with expiryUnit, or absoluteExpiry. On update every field is given again. */
export type RewardDefinitionInput = {
  /** A fixed expiry for every reward (e.g. a campaign end); must be in the future. */
  absoluteExpiry?: InputMaybe<Scalars['DateTime']['input']>;
  /** Days its rewards stay PENDING after issue (1 to 365); null for at once. */
  activationDelayDays?: InputMaybe<Scalars['Int']['input']>;
  /** Whether automatic issuance may use it. Default true on create; left out on update, it stays. */
  assignable?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 4217; default: the brand's. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Longer text for frontends, at most 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** How many expiryUnits a reward lasts: from 1 to 3660 days, 522 weeks, 120 months or 10 years. */
  expiryPeriod?: InputMaybe<Scalars['Int']['input']>;
  /** Unit of expiryPeriod. */
  expiryUnit?: InputMaybe<ExpiryUnit>;
  /** Lower-case letters, digits, hyphens and underscores, at most 100 characters; unique. */
  handle: Scalars['String']['input'];
  /** Display name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Visible to customers in frontends. Default false on create; left out on update, it stays. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  /** The reward type (not archived). */
  typeId: Scalars['ID']['input'];
  /** Value of each reward, in cents (minor units of currency): 1 to 2147483647. */
  value: Scalars['Int']['input'];
};

/** One of the rewards in a page, with its cursor. */
export type RewardEdge = {
  __typename?: 'RewardEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Reward;
};

/** A single-use Profile Portal link offering a self-service extension. */
export type RewardExtensionLink = {
  __typename?: 'RewardExtensionLink';
  /** When the link stops working (30 days after it was made). */
  expiresAt: Scalars['DateTime']['output'];
  /** Shown once; only its hash is stored. */
  token: Scalars['String']['output'];
  /** The public page's address, carrying the token. */
  url: Scalars['String']['output'];
};

/** What the public Profile Portal page may show: no profile data beyond a first name. */
export type RewardExtensionOffer = {
  __typename?: 'RewardExtensionOffer';
  /** The customer's first name, to greet them; null if the profile has none. */
  customerFirstName?: Maybe<Scalars['String']['output']>;
  /** The expiry before the extension. */
  expiresAt: Scalars['DateTime']['output'];
  /** The expiry after the extension. */
  newExpiresAt: Scalars['DateTime']['output'];
  /** The reward the link extends. */
  rewardId: Scalars['ID']['output'];
  /** The name of the reward's definition. */
  rewardName: Scalars['String']['output'];
  /** IANA zone the expiry is computed in. */
  timezone: Scalars['String']['output'];
  /** What is left to spend on the reward. */
  valueRemaining: Money;
};

/** The RewardExtensionOffer (after a confirmation, newExpiresAt is the expiry now in effect), or: InvalidLinkError (the link is unknown, used or expired), RewardNotExtendableError (the reward can no longer be extended). */
export type RewardExtensionOfferResult =
  InvalidLinkError | RewardExtensionOffer | RewardNotExtendableError;

/** Balance reserved during checkout; it lapses by itself at expiresAt. An API key reads its own holds; others need READ_PROFILES. */
export type RewardHold = {
  __typename?: 'RewardHold';
  /** Which rewards it reserves from, nearest expiry first. */
  allocations: Array<RedemptionAllocation>;
  /** What the hold reserves. */
  amount: Money;
  /** When an uncaptured hold lapses and frees the balance. */
  expiresAt: Scalars['DateTime']['output'];
  /** The hold id. */
  id: Scalars['ID']['output'];
  /** How the held amount spreads over the cart. */
  lineDiscounts: Array<LineDiscount>;
  /** The profile whose balance it reserves. */
  profile: Profile;
  /** The redemption a capture created. */
  redemptionId?: Maybe<Scalars['ID']['output']>;
  /** Its state now, from the clock. */
  status: HoldStatus;
};

/** The reward is not in a state that allows this (used, voided, expired or pending). */
export type RewardNotActiveError = ErrorResult & {
  __typename?: 'RewardNotActiveError';
  /** What kind of failure; branch on this, not on the message. */
  errorCode: ErrorCode;
  /** What went wrong, in English, for people; the wording may change. */
  message: Scalars['String']['output'];
};

/** This reward cannot be extended this way. */
export type RewardNotExtendableError = ErrorResult & {
  __typename?: 'RewardNotExtendableError';
  /** What kind of failure; branch on this, not on the message. */
  errorCode: ErrorCode;
  /** What went wrong, in English, for people; the wording may change. */
  message: Scalars['String']['output'];
};

/** How a reward came to be. */
export type RewardSource =
  /** Claimed for the profile from a claimable reaction. */
  | 'CLAIM'
  /** Issued for a custom event an integration emitted. */
  | 'EVENT'
  /** Brought in from another system. */
  | 'IMPORT'
  /** Issued by issueReward: staff or an API key. */
  | 'MANUAL'
  /** Issued by a reaction to something that happened to the profile. */
  | 'REACTION'
  /** Value a return gave back for a reward that had expired or been voided meanwhile (lasts Settings.returnGraceDays). */
  | 'RETURN'
  /** Issued by the daily pass (birthdays, join anniversaries, lapses). */
  | 'SCHEDULE'
  /** Issued when the profile's lifetime spend crossed a milestone. */
  | 'SPEND_MILESTONE';

/** Derived from the reward and the clock when read; never stale. */
export type RewardStatus =
  /** Usable now: started, unexpired and with value left; in the balance. */
  | 'ACTIVE'
  /** Past expiresAt with value left; staff may still extend it. */
  | 'EXPIRED'
  /** Issued to start later; not yet in the balance. */
  | 'PENDING'
  /** Fully redeemed. */
  | 'USED'
  /** Ended by a void; what remained left the balance. */
  | 'VOIDED';

/** A brand-configurable group of rewards, for reporting and extension policy. */
export type RewardType = {
  __typename?: 'RewardType';
  /** Archived types take no new definitions; their rewards are untouched. */
  archived: Scalars['Boolean']['output'];
  /** Notes for staff; null if none. */
  description?: Maybe<Scalars['String']['output']>;
  /** Days an extension adds. */
  extensionDays: Scalars['Int']['output'];
  /** Customers may extend rewards of this type through a Profile Portal link. */
  extensionEnabled: Scalars['Boolean']['output'];
  /** The reward type id. */
  id: Scalars['ID']['output'];
  /** Stable key, e.g. member-activation, birthday, spend, join-anniversary, campaign, customer-service, re-activation, staff. */
  key: Scalars['String']['output'];
  /** Display name, e.g. Birthday. */
  name: Scalars['String']['output'];
};

/** A reward type: its key, name and extension policy. */
export type RewardTypeInput = {
  /** Notes for staff, at most 1000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Days an extension adds, 0 to 3650 (at least 1 when extensions are enabled). */
  extensionDays: Scalars['Int']['input'];
  /** Customers may extend rewards of this type through a Profile Portal link. */
  extensionEnabled: Scalars['Boolean']['input'];
  /** Lower-case words joined by hyphens, at most 64 characters; unique. It cannot change: on update, give the current key. */
  key: Scalars['String']['input'];
  /** Display name, 1 to 120 characters. */
  name: Scalars['String']['input'];
};

/** What a staff member may do. */
export type Role =
  /** Full access: definitions, types, settings, users, API keys, webhooks. */
  | 'ADMIN'
  /** Customer service: issue (within limits), extend, void, redeem, reverse, read everything. */
  | 'MANAGER';

/** The Webhook with its new secret (WebhookCreated), or: NotFoundError (no such webhook). */
export type RotateWebhookSecretResult = NotFoundError | WebhookCreated;

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
  /** Reminders (reward.expiring) recorded for rewards expiring within 14 days. */
  remindersSent: Scalars['Int']['output'];
  /** Rewards whose expiry was booked with an EXPIRE entry. */
  rewardsExpired: Scalars['Int']['output'];
  /** Rewards issued: birthdays + anniversaries + lapses. */
  rewardsIssued: Scalars['Int']['output'];
};

/** A signed-in session. */
export type Session = {
  __typename?: 'Session';
  /** When the session ends unless the user signs out first. */
  expiresAt: Scalars['DateTime']['output'];
  /** Bearer token for API clients and scripts; the server also sets an HttpOnly cookie. */
  token: Scalars['String']['output'];
  /** Who signed in. */
  user: User;
};

/** Brand-wide rules for redemption and issuance. */
export type Settings = {
  __typename?: 'Settings';
  /** ISO 4217 code used where none is named: new definitions, redemptions, holds, balances and lifetime spend. */
  defaultCurrency: Scalars['String']['output'];
  /** IANA zone for profiles created without one, and the brand's local day (MANAGER daily limits). */
  defaultTimezone: Scalars['String']['output'];
  /** Line categories rewards can never pay for (e.g. gift-card, shipping). */
  excludedCategories: Array<Scalars['String']['output']>;
  /** How long a hold stays active unless captured or released, in seconds. */
  holdTtlSeconds: Scalars['Int']['output'];
  /** Largest total a MANAGER may issue manually per day (cents), counted over the brand's local day. */
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
  /** How long after a redemption it may be reversed in full, in minutes. */
  reversalWindowMinutes: Scalars['Int']['output'];
};

/** Only the fields given change; null clears an optional cap. */
export type SettingsInput = {
  /** ISO 4217 code, e.g. AUD. */
  defaultCurrency?: InputMaybe<Scalars['String']['input']>;
  /** IANA zone, e.g. Australia/Sydney. */
  defaultTimezone?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the list: at most 100 categories of 1 to 64 characters, compared in lower case. */
  excludedCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Default life of a hold in seconds, 1 to 3600. */
  holdTtlSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** A MANAGER's largest manual total per local day, in cents. */
  managerDailyIssueLimit?: InputMaybe<Scalars['Int']['input']>;
  /** A MANAGER's largest single manual issue in cents; at most managerDailyIssueLimit. */
  managerIssueLimit?: InputMaybe<Scalars['Int']['input']>;
  /** Cap in cents, 1 or more; null removes the cap. */
  maxRedemptionAmount?: InputMaybe<Scalars['Int']['input']>;
  /** Cap as percent of the eligible subtotal, 1 to 100; null removes the cap. */
  maxRedemptionPercent?: InputMaybe<Scalars['Int']['input']>;
  /** Minimum eligible subtotal in cents, 0 or more; cannot be null. */
  minimumSpend?: InputMaybe<Scalars['Int']['input']>;
  /** Days value restored by a return to an expired reward lives, 0 to 3650. */
  returnGraceDays?: InputMaybe<Scalars['Int']['input']>;
  /** Minutes a redemption may be reversed in full, 0 to 10080 (a week). */
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

/** The sale a redemption belongs to, in the brand's own ids (each at most 100 characters), for finding it later. */
export type TransactionRefInput = {
  /** The order or transaction id. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The store, till or channel. */
  locationId?: InputMaybe<Scalars['String']['input']>;
  /** The receipt number. */
  receiptRef?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change; null clears an optional field. */
export type UpdateProfileInput = {
  /** YYYY-MM-DD: a real date from 1900 to today. */
  birthDate?: InputMaybe<Scalars['String']['input']>;
  /** Email address, at most 254 characters. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Given name, at most 100 characters. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** A staff member of the brand; cannot be null. */
  isStaff?: InputMaybe<Scalars['Boolean']['input']>;
  /** Family name, at most 100 characters. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Loyalty tier name, at most 64 characters. */
  tier?: InputMaybe<Scalars['String']['input']>;
  /** IANA zone for rewards issued from now on; cannot be cleared. */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

/** A staff member who signs in to the admin app. */
export type User = {
  __typename?: 'User';
  /** Inactive users cannot sign in; their sessions end. */
  active: Scalars['Boolean']['output'];
  /** Sign-in email, lower-case; unique. */
  email: Scalars['String']['output'];
  /** The staff account id (actors name it user:<id>). */
  id: Scalars['ID']['output'];
  /** Display name, shown in ledgers and as issuer. */
  name: Scalars['String']['output'];
  /** What the staff member may do. */
  role: Role;
};

/** A void. */
export type VoidRewardInput = {
  /** Why, for the ledger: 1 to 500 characters. */
  reason: Scalars['String']['input'];
  /** The reward to void. */
  rewardId: Scalars['ID']['input'];
};

/** The voided Reward, or: NotFoundError (no such reward), RewardNotActiveError (the reward is used, voided or expired, or an active hold reserves part of it). */
export type VoidRewardResult = NotFoundError | Reward | RewardNotActiveError;

/** An endpoint that receives signed events (Standard Webhooks). */
export type Webhook = {
  __typename?: 'Webhook';
  /** False once disabled after failing for 24 hours (see disabledReason). */
  active: Scalars['Boolean']['output'];
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** What was sent to this endpoint, newest first. */
  deliveries: WebhookDeliveryConnection;
  /** Why and when it was disabled. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** Event names, e.g. reward.issued, reward.redeemed, reward.extended, reward.voided, reward.expired, reward.expiring, redemption.reversed, redemption.returned. */
  events: Array<Scalars['String']['output']>;
  /** Since when every attempt has failed; null while deliveries succeed. */
  failingSince?: Maybe<Scalars['DateTime']['output']>;
  /** The webhook id. */
  id: Scalars['ID']['output'];
  /** The http(s) URL events are POSTed to. */
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
  /** When the request was sent. */
  attemptedAt: Scalars['DateTime']['output'];
  /** How long it took, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** What went wrong (e.g. a timeout, a refused address or HTTP 500), at most 500 characters; null on success. */
  error?: Maybe<Scalars['String']['output']>;
  /** The HTTP status; null when none came back. */
  statusCode?: Maybe<Scalars['Int']['output']>;
  /** True when the endpoint answered with a 2xx status. */
  succeeded: Scalars['Boolean']['output'];
};

/** A webhook and its signing secret, shown only this once. */
export type WebhookCreated = {
  __typename?: 'WebhookCreated';
  /** HMAC-SHA256 signing secret (whsec_…), shown once. Verify deliveries with a Standard Webhooks library. */
  secret: Scalars['String']['output'];
  /** The endpoint. */
  webhook: Webhook;
};

/** One event for one endpoint, and how sending it went. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** How many HTTP attempts were made. */
  attemptCount: Scalars['Int']['output'];
  /** Every attempt, oldest first. */
  attempts: Array<WebhookAttempt>;
  /** When the delivery was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** When an attempt succeeded; null until then. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event name, e.g. reward.issued. */
  eventType: Scalars['String']['output'];
  /** The delivery id, for redeliverWebhook. */
  id: Scalars['ID']['output'];
  /** The HTTP status of the latest attempt; null before any, or when none came back. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** The webhook-id header; receivers deduplicate by it. */
  messageId: Scalars['String']['output'];
  /** The next attempt, while PENDING. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The JSON body sent: { type, timestamp, data }. */
  payload: Scalars['String']['output'];
  /** PENDING (waiting or retrying), SUCCEEDED, FAILED (gave up after 24 hours), PAUSED (endpoint disabled) or CANCELLED (endpoint deleted). */
  status: Scalars['String']['output'];
  /** The endpoint it is for. */
  webhookId: Scalars['ID']['output'];
};

/** A page of deliveries, newest first. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The items of this page, in order. */
  edges: Array<WebhookDeliveryEdge>;
  /** Whether pages come before or after this one. */
  pageInfo: PageInfo;
  /** How many in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One of the deliveries in a page, with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: WebhookDelivery;
};

/** An endpoint to send events to. */
export type WebhookInput = {
  /** Any of: reward.issued, reward.redeemed, reward.extended, reward.voided, reward.expired, reward.expiring, redemption.reversed, redemption.returned. */
  events: Array<Scalars['String']['input']>;
  /** An http(s) URL, at most 2,000 characters. */
  url: Scalars['String']['input'];
};

export type AppShell_UserFragment = ({ __typename?: 'User'; id: string; role: Role } & {
  ' $fragmentRefs'?: { UserBadge_UserFragment: UserBadge_UserFragment };
}) & { ' $fragmentName'?: 'AppShell_UserFragment' };

export type UserBadge_UserFragment = {
  __typename?: 'User';
  name: string;
  email: string;
  role: Role;
} & { ' $fragmentName'?: 'UserBadge_UserFragment' };

export type StaffUsersQueryVariables = Exact<{ [key: string]: never }>;

export type StaffUsersQuery = {
  __typename?: 'Query';
  users: Array<{
    __typename?: 'User';
    id: string;
    name: string;
    email: string;
    role: Role;
    active: boolean;
  }>;
};

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type CreateUserMutation = {
  __typename?: 'Mutation';
  createUser: {
    __typename?: 'User';
    id: string;
    name: string;
    email: string;
    role: Role;
    active: boolean;
  };
};

export type SetUserActiveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
}>;

export type SetUserActiveMutation = {
  __typename?: 'Mutation';
  setUserActive: { __typename?: 'User'; id: string; active: boolean };
};

export type SetUserRoleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  role: Role;
}>;

export type SetUserRoleMutation = {
  __typename?: 'Mutation';
  setUserRole: { __typename?: 'User'; id: string; role: Role };
};

export type CreatePasswordLinkMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;

export type CreatePasswordLinkMutation = {
  __typename?: 'Mutation';
  createPasswordLink: {
    __typename?: 'PasswordLink';
    url: string;
    expiresAt: string;
    user: { __typename?: 'User'; id: string; name: string; email: string };
  };
};

export type ApiKeysQueryVariables = Exact<{ [key: string]: never }>;

export type ApiKeysQuery = {
  __typename?: 'Query';
  apiKeys: Array<{
    __typename?: 'ApiKey';
    id: string;
    name: string;
    prefix: string;
    scopes: Array<ApiScope>;
    createdAt: string;
    lastUsedAt?: string | null;
    revokedAt?: string | null;
  }>;
};

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;

export type CreateApiKeyMutation = {
  __typename?: 'Mutation';
  createApiKey: {
    __typename?: 'ApiKeyCreated';
    secret: string;
    apiKey: {
      __typename?: 'ApiKey';
      id: string;
      name: string;
      prefix: string;
      scopes: Array<ApiScope>;
      createdAt: string;
      lastUsedAt?: string | null;
      revokedAt?: string | null;
    };
  };
};

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type RevokeApiKeyMutation = {
  __typename?: 'Mutation';
  revokeApiKey: { __typename?: 'ApiKey'; id: string; revokedAt?: string | null };
};

export type CurrentUserQueryVariables = Exact<{ [key: string]: never }>;

export type CurrentUserQuery = {
  __typename?: 'Query';
  me?:
    | ({ __typename?: 'User'; id: string } & {
        ' $fragmentRefs'?: { AppShell_UserFragment: AppShell_UserFragment };
      })
    | null;
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { __typename?: 'Mutation'; logout: boolean };

export type BulkDefinitionsQueryVariables = Exact<{
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
}>;

export type BulkDefinitionsQuery = {
  __typename?: 'Query';
  rewardDefinitions: Array<{
    __typename?: 'RewardDefinition';
    id: string;
    name: string;
    archived: boolean;
    value: { __typename?: 'Money'; amount: number; currency: string };
  }>;
};

export type BulkIssueLimitsQueryVariables = Exact<{ [key: string]: never }>;

export type BulkIssueLimitsQuery = {
  __typename?: 'Query';
  settings: {
    __typename?: 'Settings';
    defaultTimezone: string;
    managerIssueLimit: number;
    managerDailyIssueLimit: number;
  };
};

export type BulkIssueJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type BulkIssueJobQuery = {
  __typename?: 'Query';
  bulkIssueJob?: {
    __typename?: 'BulkIssueJob';
    id: string;
    status: string;
    total: number;
    processed: number;
    failed: number;
    errors: Array<string>;
    definitionId: string;
    reason: string;
    createdAt: string;
    finishedAt?: string | null;
  } | null;
};

export type BulkIssueRewardsCsvMutationVariables = Exact<{
  input: BulkIssueCsvInput;
}>;

export type BulkIssueRewardsCsvMutation = {
  __typename?: 'Mutation';
  bulkIssueRewardsCsv: {
    __typename?: 'BulkIssueJob';
    id: string;
    status: string;
    total: number;
    processed: number;
    failed: number;
    errors: Array<string>;
    definitionId: string;
    reason: string;
    createdAt: string;
    finishedAt?: string | null;
  };
};

export type DefinitionFormTypesQueryVariables = Exact<{ [key: string]: never }>;

export type DefinitionFormTypesQuery = {
  __typename?: 'Query';
  rewardTypes: Array<{ __typename?: 'RewardType'; id: string; name: string; archived: boolean }>;
};

export type DefinitionRow_DefinitionFragment = {
  __typename?: 'RewardDefinition';
  id: string;
  handle: string;
  name: string;
  description?: string | null;
  expiryPeriod?: number | null;
  expiryUnit?: ExpiryUnit | null;
  absoluteExpiry?: string | null;
  assignable: boolean;
  published: boolean;
  archived: boolean;
  value: { __typename?: 'Money'; amount: number; currency: string };
  type: { __typename?: 'RewardType'; id: string; name: string };
} & { ' $fragmentName'?: 'DefinitionRow_DefinitionFragment' };

export type RewardTypeRow_TypeFragment = {
  __typename?: 'RewardType';
  id: string;
  key: string;
  name: string;
  description?: string | null;
  extensionEnabled: boolean;
  extensionDays: number;
  archived: boolean;
} & { ' $fragmentName'?: 'RewardTypeRow_TypeFragment' };

export type CreateRewardDefinitionMutationVariables = Exact<{
  input: RewardDefinitionInput;
}>;

export type CreateRewardDefinitionMutation = {
  __typename?: 'Mutation';
  createRewardDefinition: { __typename?: 'RewardDefinition'; id: string } & {
    ' $fragmentRefs'?: { DefinitionRow_DefinitionFragment: DefinitionRow_DefinitionFragment };
  };
};

export type UpdateRewardDefinitionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: RewardDefinitionInput;
}>;

export type UpdateRewardDefinitionMutation = {
  __typename?: 'Mutation';
  updateRewardDefinition: { __typename?: 'RewardDefinition'; id: string } & {
    ' $fragmentRefs'?: { DefinitionRow_DefinitionFragment: DefinitionRow_DefinitionFragment };
  };
};

export type ArchiveRewardDefinitionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ArchiveRewardDefinitionMutation = {
  __typename?: 'Mutation';
  archiveRewardDefinition: { __typename?: 'RewardDefinition'; id: string } & {
    ' $fragmentRefs'?: { DefinitionRow_DefinitionFragment: DefinitionRow_DefinitionFragment };
  };
};

export type RewardDefinitionsQueryVariables = Exact<{
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
}>;

export type RewardDefinitionsQuery = {
  __typename?: 'Query';
  rewardDefinitions: Array<
    { __typename?: 'RewardDefinition'; id: string } & {
      ' $fragmentRefs'?: { DefinitionRow_DefinitionFragment: DefinitionRow_DefinitionFragment };
    }
  >;
};

export type RewardTypesQueryVariables = Exact<{
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
}>;

export type RewardTypesQuery = {
  __typename?: 'Query';
  rewardTypes: Array<
    { __typename?: 'RewardType'; id: string } & {
      ' $fragmentRefs'?: { RewardTypeRow_TypeFragment: RewardTypeRow_TypeFragment };
    }
  >;
};

export type CreateRewardTypeMutationVariables = Exact<{
  input: RewardTypeInput;
}>;

export type CreateRewardTypeMutation = {
  __typename?: 'Mutation';
  createRewardType: { __typename?: 'RewardType'; id: string } & {
    ' $fragmentRefs'?: { RewardTypeRow_TypeFragment: RewardTypeRow_TypeFragment };
  };
};

export type UpdateRewardTypeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: RewardTypeInput;
}>;

export type UpdateRewardTypeMutation = {
  __typename?: 'Mutation';
  updateRewardType: { __typename?: 'RewardType'; id: string } & {
    ' $fragmentRefs'?: { RewardTypeRow_TypeFragment: RewardTypeRow_TypeFragment };
  };
};

export type ArchiveRewardTypeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ArchiveRewardTypeMutation = {
  __typename?: 'Mutation';
  archiveRewardType: { __typename?: 'RewardType'; id: string } & {
    ' $fragmentRefs'?: { RewardTypeRow_TypeFragment: RewardTypeRow_TypeFragment };
  };
};

export type DashboardQueryVariables = Exact<{ [key: string]: never }>;

export type DashboardQuery = {
  __typename?: 'Query';
  me?: { __typename?: 'User'; id: string; name: string; role: Role } | null;
};

export type DashboardCurrenciesQueryVariables = Exact<{ [key: string]: never }>;

export type DashboardCurrenciesQuery = {
  __typename?: 'Query';
  rewardDefinitions: Array<{
    __typename?: 'RewardDefinition';
    id: string;
    value: { __typename?: 'Money'; amount: number; currency: string };
  }>;
};

export type DashboardBalancesQueryVariables = Exact<{
  currency: Scalars['String']['input'];
  breakageFrom: Scalars['DateTime']['input'];
  breakageTo: Scalars['DateTime']['input'];
}>;

export type DashboardBalancesQuery = {
  __typename?: 'Query';
  liability: {
    __typename?: 'Liability';
    currency: string;
    outstanding: { __typename?: 'Money'; amount: number; currency: string };
    expiringSoon: { __typename?: 'Money'; amount: number; currency: string };
    byExpiryMonth: Array<{
      __typename?: 'LiabilityBucket';
      month: string;
      rewardCount: number;
      amount: { __typename?: 'Money'; amount: number; currency: string };
    }>;
  };
  breakage: Array<{
    __typename?: 'BreakageRow';
    month: string;
    rewardCount: number;
    amount: { __typename?: 'Money'; amount: number; currency: string };
  }>;
};

export type Dashboard_ActivityRowFragment = {
  __typename?: 'ActivityRow';
  period: string;
  rewardType: string;
  rewardTypeName: string;
  issued: { __typename?: 'Money'; amount: number; currency: string };
  redeemed: { __typename?: 'Money'; amount: number; currency: string };
  restored: { __typename?: 'Money'; amount: number; currency: string };
  expired: { __typename?: 'Money'; amount: number; currency: string };
  voided: { __typename?: 'Money'; amount: number; currency: string };
} & { ' $fragmentName'?: 'Dashboard_ActivityRowFragment' };

export type DashboardActivityQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  interval: ReportInterval;
}>;

export type DashboardActivityQuery = {
  __typename?: 'Query';
  activity: Array<
    { __typename?: 'ActivityRow' } & {
      ' $fragmentRefs'?: { Dashboard_ActivityRowFragment: Dashboard_ActivityRowFragment };
    }
  >;
};

export type BalanceCard_BalanceFragment = {
  __typename?: 'RewardBalance';
  currency: string;
  activeRewardCount: number;
  nextExpiry?: string | null;
  available: { __typename?: 'Money'; amount: number; currency: string };
  held: { __typename?: 'Money'; amount: number; currency: string };
  expiringSoon: { __typename?: 'Money'; amount: number; currency: string };
} & { ' $fragmentName'?: 'BalanceCard_BalanceFragment' };

export type ProfileDetails_ProfileFragment = {
  __typename?: 'Profile';
  id: string;
  externalId: string;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  birthDate?: string | null;
  timezone: string;
  tier?: string | null;
  isStaff: boolean;
  joinedAt: string;
  lifetimeSpend: { __typename?: 'Money'; amount: number; currency: string };
} & { ' $fragmentName'?: 'ProfileDetails_ProfileFragment' };

export type ProfileRow_ProfileFragment = {
  __typename?: 'Profile';
  id: string;
  externalId: string;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  tier?: string | null;
  balance: {
    __typename?: 'RewardBalance';
    currency: string;
    activeRewardCount: number;
    nextExpiry?: string | null;
    available: { __typename?: 'Money'; amount: number; currency: string };
  };
} & { ' $fragmentName'?: 'ProfileRow_ProfileFragment' };

export type ProfilesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type ProfilesQuery = {
  __typename?: 'Query';
  profiles: {
    __typename?: 'ProfileConnection';
    totalCount: number;
    edges: Array<{
      __typename?: 'ProfileEdge';
      cursor: string;
      node: { __typename?: 'Profile'; id: string } & {
        ' $fragmentRefs'?: { ProfileRow_ProfileFragment: ProfileRow_ProfileFragment };
      };
    }>;
    pageInfo: { __typename?: 'PageInfo'; endCursor?: string | null; hasNextPage: boolean };
  };
};

export type ProfilePageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ProfilePageQuery = {
  __typename?: 'Query';
  profile?:
    | ({
        __typename?: 'Profile';
        id: string;
        externalId: string;
        firstName?: string | null;
        lastName?: string | null;
        timezone: string;
        balance: { __typename?: 'RewardBalance'; currency: string } & {
          ' $fragmentRefs'?: { BalanceCard_BalanceFragment: BalanceCard_BalanceFragment };
        };
        balances: Array<
          { __typename?: 'RewardBalance'; currency: string } & {
            ' $fragmentRefs'?: { BalanceCard_BalanceFragment: BalanceCard_BalanceFragment };
          }
        >;
      } & { ' $fragmentRefs'?: { ProfileDetails_ProfileFragment: ProfileDetails_ProfileFragment } })
    | null;
};

export type CreateProfileMutationVariables = Exact<{
  input: ProfileInput;
}>;

export type CreateProfileMutation = {
  __typename?: 'Mutation';
  createProfile: { __typename?: 'Profile'; id: string; externalId: string };
};

export type UpdateProfileMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProfileInput;
}>;

export type UpdateProfileMutation = {
  __typename?: 'Mutation';
  updateProfile: { __typename?: 'Profile'; id: string } & {
    ' $fragmentRefs'?: { ProfileDetails_ProfileFragment: ProfileDetails_ProfileFragment };
  };
};

export type ReactionDefinition_DefinitionFragment = {
  __typename?: 'RewardDefinition';
  id: string;
  handle: string;
  name: string;
  expiryPeriod?: number | null;
  expiryUnit?: ExpiryUnit | null;
  absoluteExpiry?: string | null;
  activationDelayDays?: number | null;
  assignable: boolean;
  published: boolean;
  archived: boolean;
  value: { __typename?: 'Money'; amount: number; currency: string };
} & { ' $fragmentName'?: 'ReactionDefinition_DefinitionFragment' };

export type ReactionRow_ReactionFragment = {
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
  definition: { __typename?: 'RewardDefinition'; id: string } & {
    ' $fragmentRefs'?: {
      ReactionDefinition_DefinitionFragment: ReactionDefinition_DefinitionFragment;
    };
  };
} & { ' $fragmentName'?: 'ReactionRow_ReactionFragment' };

export type ReactionsQueryVariables = Exact<{ [key: string]: never }>;

export type ReactionsQuery = {
  __typename?: 'Query';
  reactions: Array<
    { __typename?: 'Reaction'; id: string } & {
      ' $fragmentRefs'?: { ReactionRow_ReactionFragment: ReactionRow_ReactionFragment };
    }
  >;
};

export type ReactionDefinitionsQueryVariables = Exact<{ [key: string]: never }>;

export type ReactionDefinitionsQuery = {
  __typename?: 'Query';
  rewardDefinitions: Array<
    {
      __typename?: 'RewardDefinition';
      id: string;
      type: { __typename?: 'RewardType'; id: string; name: string };
    } & {
      ' $fragmentRefs'?: {
        ReactionDefinition_DefinitionFragment: ReactionDefinition_DefinitionFragment;
      };
    }
  >;
};

export type ClaimableReactionsQueryVariables = Exact<{
  profileId: Scalars['ID']['input'];
}>;

export type ClaimableReactionsQuery = {
  __typename?: 'Query';
  claimableReactions: Array<{
    __typename?: 'Reaction';
    id: string;
    name: string;
    definition: { __typename?: 'RewardDefinition'; id: string } & {
      ' $fragmentRefs'?: {
        ReactionDefinition_DefinitionFragment: ReactionDefinition_DefinitionFragment;
      };
    };
  }>;
};

export type CreateReactionMutationVariables = Exact<{
  input: ReactionInput;
}>;

export type CreateReactionMutation = {
  __typename?: 'Mutation';
  createReaction: { __typename?: 'Reaction'; id: string } & {
    ' $fragmentRefs'?: { ReactionRow_ReactionFragment: ReactionRow_ReactionFragment };
  };
};

export type UpdateReactionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ReactionInput;
}>;

export type UpdateReactionMutation = {
  __typename?: 'Mutation';
  updateReaction: { __typename?: 'Reaction'; id: string } & {
    ' $fragmentRefs'?: { ReactionRow_ReactionFragment: ReactionRow_ReactionFragment };
  };
};

export type ClaimRewardMutationVariables = Exact<{
  input: ClaimRewardInput;
}>;

export type ClaimRewardMutation = {
  __typename?: 'Mutation';
  claimReward:
    | { __typename: 'NotEligibleError'; errorCode: ErrorCode; message: string }
    | { __typename: 'NotFoundError'; errorCode: ErrorCode; message: string }
    | {
        __typename: 'Reward';
        id: string;
        expiresAt: string;
        timezone: string;
        valueInitial: { __typename?: 'Money'; amount: number; currency: string };
      };
};

export type FindRedemptionsQueryVariables = Exact<{
  transactionExternalId?: InputMaybe<Scalars['String']['input']>;
  receiptRef?: InputMaybe<Scalars['String']['input']>;
  locationId?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type FindRedemptionsQuery = {
  __typename?: 'Query';
  redemptions: {
    __typename?: 'RedemptionConnection';
    totalCount: number;
    edges: Array<{
      __typename?: 'RedemptionEdge';
      cursor: string;
      node: {
        __typename?: 'Redemption';
        id: string;
        profile: {
          __typename?: 'Profile';
          id: string;
          externalId: string;
          firstName?: string | null;
          lastName?: string | null;
        };
      } & {
        ' $fragmentRefs'?: { RedemptionRow_RedemptionFragment: RedemptionRow_RedemptionFragment };
      };
    }>;
    pageInfo: { __typename?: 'PageInfo'; endCursor?: string | null; hasNextPage: boolean };
  };
};

export type HoldRow_HoldFragment = {
  __typename?: 'RewardHold';
  id: string;
  status: HoldStatus;
  expiresAt: string;
  redemptionId?: string | null;
  amount: { __typename?: 'Money'; amount: number; currency: string };
  allocations: Array<{
    __typename?: 'RedemptionAllocation';
    amount: { __typename?: 'Money'; amount: number; currency: string };
    reward: {
      __typename?: 'Reward';
      id: string;
      definition: { __typename?: 'RewardDefinition'; id: string; name: string };
    };
  }>;
  lineDiscounts: Array<{
    __typename?: 'LineDiscount';
    lineId: string;
    amount: { __typename?: 'Money'; amount: number; currency: string };
  }>;
} & { ' $fragmentName'?: 'HoldRow_HoldFragment' };

export type RedemptionPreviewQueryVariables = Exact<{
  input: PreviewRedemptionInput;
}>;

export type RedemptionPreviewQuery = {
  __typename?: 'Query';
  previewRedemption: {
    __typename?: 'RedemptionPreview';
    amount: { __typename?: 'Money'; amount: number; currency: string };
    maxRedeemable: { __typename?: 'Money'; amount: number; currency: string };
    eligibleSubtotal: { __typename?: 'Money'; amount: number; currency: string };
    lineDiscounts: Array<{
      __typename?: 'LineDiscount';
      lineId: string;
      amount: { __typename?: 'Money'; amount: number; currency: string };
    }>;
    allocations: Array<{
      __typename?: 'RedemptionAllocation';
      amount: { __typename?: 'Money'; amount: number; currency: string };
      reward: {
        __typename?: 'Reward';
        id: string;
        expiresAt: string;
        timezone: string;
        definition: { __typename?: 'RewardDefinition'; id: string; name: string };
      };
    }>;
  };
};

export type RedemptionPolicyQueryVariables = Exact<{ [key: string]: never }>;

export type RedemptionPolicyQuery = {
  __typename?: 'Query';
  settings: {
    __typename?: 'Settings';
    excludedCategories: Array<string>;
    minimumSpend: number;
    maxRedemptionPercent?: number | null;
    maxRedemptionAmount?: number | null;
  };
};

export type RedemptionRow_RedemptionFragment = {
  __typename?: 'Redemption';
  id: string;
  createdAt: string;
  createdBy?: string | null;
  createdByLabel?: string | null;
  status: RedemptionStatus;
  reversedAt?: string | null;
  transactionExternalId?: string | null;
  receiptRef?: string | null;
  locationId?: string | null;
  amount: { __typename?: 'Money'; amount: number; currency: string };
  requested: { __typename?: 'Money'; amount: number; currency: string };
  returned: { __typename?: 'Money'; amount: number; currency: string };
  allocations: Array<{
    __typename?: 'RedemptionAllocation';
    amount: { __typename?: 'Money'; amount: number; currency: string };
    reward: {
      __typename?: 'Reward';
      id: string;
      definition: { __typename?: 'RewardDefinition'; id: string; name: string };
    };
  }>;
  lineDiscounts: Array<{
    __typename?: 'LineDiscount';
    lineId: string;
    amount: { __typename?: 'Money'; amount: number; currency: string };
  }>;
} & { ' $fragmentName'?: 'RedemptionRow_RedemptionFragment' };

export type ProfileRedemptionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type ProfileRedemptionsQuery = {
  __typename?: 'Query';
  profile?: {
    __typename?: 'Profile';
    id: string;
    redemptions: {
      __typename?: 'RedemptionConnection';
      totalCount: number;
      edges: Array<{
        __typename?: 'RedemptionEdge';
        cursor: string;
        node: { __typename?: 'Redemption'; id: string } & {
          ' $fragmentRefs'?: { RedemptionRow_RedemptionFragment: RedemptionRow_RedemptionFragment };
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; endCursor?: string | null; hasNextPage: boolean };
    };
  } | null;
};

export type ProfileHoldsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  activeOnly: Scalars['Boolean']['input'];
}>;

export type ProfileHoldsQuery = {
  __typename?: 'Query';
  profile?: {
    __typename?: 'Profile';
    id: string;
    holds: Array<
      { __typename?: 'RewardHold'; id: string } & {
        ' $fragmentRefs'?: { HoldRow_HoldFragment: HoldRow_HoldFragment };
      }
    >;
    everHeld: Array<{ __typename?: 'RewardHold'; id: string }>;
  } | null;
};

export type RedeemMutationVariables = Exact<{
  input: RedeemInput;
}>;

export type RedeemMutation = {
  __typename?: 'Mutation';
  redeem:
    | { __typename: 'IdempotencyConflictError'; errorCode: ErrorCode; message: string }
    | {
        __typename: 'InsufficientBalanceError';
        errorCode: ErrorCode;
        message: string;
        available: { __typename?: 'Money'; amount: number; currency: string };
      }
    | { __typename: 'NotFoundError'; errorCode: ErrorCode; message: string }
    | ({
        __typename: 'Redemption';
        id: string;
        amount: { __typename?: 'Money'; amount: number; currency: string };
        requested: { __typename?: 'Money'; amount: number; currency: string };
      } & {
        ' $fragmentRefs'?: { RedemptionRow_RedemptionFragment: RedemptionRow_RedemptionFragment };
      })
    | {
        __typename: 'RedemptionPolicyError';
        errorCode: ErrorCode;
        message: string;
        maxAllowed: { __typename?: 'Money'; amount: number; currency: string };
      };
};

export type ReleaseHoldMutationVariables = Exact<{
  holdId: Scalars['ID']['input'];
}>;

export type ReleaseHoldMutation = {
  __typename?: 'Mutation';
  releaseHold:
    | { __typename: 'HoldNotActiveError'; errorCode: ErrorCode; message: string }
    | { __typename: 'NotFoundError'; errorCode: ErrorCode; message: string }
    | ({ __typename: 'RewardHold'; id: string } & {
        ' $fragmentRefs'?: { HoldRow_HoldFragment: HoldRow_HoldFragment };
      });
};

export type ReturnRedemptionMutationVariables = Exact<{
  input: ReturnRedemptionInput;
}>;

export type ReturnRedemptionMutation = {
  __typename?: 'Mutation';
  returnRedemption:
    | { __typename: 'IdempotencyConflictError'; errorCode: ErrorCode; message: string }
    | { __typename: 'NotFoundError'; errorCode: ErrorCode; message: string }
    | ({ __typename: 'Redemption'; id: string } & {
        ' $fragmentRefs'?: { RedemptionRow_RedemptionFragment: RedemptionRow_RedemptionFragment };
      })
    | {
        __typename: 'ReturnExceedsRedemptionError';
        errorCode: ErrorCode;
        message: string;
        returnable: { __typename?: 'Money'; amount: number; currency: string };
      };
};

export type ReverseRedemptionMutationVariables = Exact<{
  input: ReverseRedemptionInput;
}>;

export type ReverseRedemptionMutation = {
  __typename?: 'Mutation';
  reverseRedemption:
    | { __typename: 'NotFoundError'; errorCode: ErrorCode; message: string }
    | ({ __typename: 'Redemption'; id: string } & {
        ' $fragmentRefs'?: { RedemptionRow_RedemptionFragment: RedemptionRow_RedemptionFragment };
      })
    | { __typename: 'ReversalWindowClosedError'; errorCode: ErrorCode; message: string };
};

export type CreateRewardExtensionLinkMutationVariables = Exact<{
  rewardId: Scalars['ID']['input'];
}>;

export type CreateRewardExtensionLinkMutation = {
  __typename?: 'Mutation';
  createRewardExtensionLink:
    | { __typename: 'NotFoundError'; errorCode: ErrorCode; message: string }
    | { __typename: 'RewardExtensionLink'; url: string; expiresAt: string }
    | { __typename: 'RewardNotExtendableError'; errorCode: ErrorCode; message: string };
};

export type IssuableDefinitionsQueryVariables = Exact<{ [key: string]: never }>;

export type IssuableDefinitionsQuery = {
  __typename?: 'Query';
  rewardDefinitions: Array<{
    __typename?: 'RewardDefinition';
    id: string;
    handle: string;
    name: string;
    archived: boolean;
    expiryPeriod?: number | null;
    expiryUnit?: ExpiryUnit | null;
    absoluteExpiry?: string | null;
    value: { __typename?: 'Money'; amount: number; currency: string };
  }>;
};

export type IssueLimitsQueryVariables = Exact<{ [key: string]: never }>;

export type IssueLimitsQuery = {
  __typename?: 'Query';
  settings: {
    __typename?: 'Settings';
    defaultTimezone: string;
    managerIssueLimit: number;
    managerDailyIssueLimit: number;
  };
};

export type LedgerRow_EntryFragment = {
  __typename?: 'LedgerEntry';
  id: string;
  createdAt: string;
  type: LedgerEntryType;
  actor: string;
  actorLabel: string;
  reason?: string | null;
  expiresBefore?: string | null;
  expiresAfter?: string | null;
  amount: { __typename?: 'Money'; amount: number; currency: string };
  balanceAfter: { __typename?: 'Money'; amount: number; currency: string };
  reward?: {
    __typename?: 'Reward';
    id: string;
    definition: { __typename?: 'RewardDefinition'; id: string; name: string };
  } | null;
} & { ' $fragmentName'?: 'LedgerRow_EntryFragment' };

export type RewardRow_RewardFragment = {
  __typename?: 'Reward';
  id: string;
  status: RewardStatus;
  source: RewardSource;
  reason?: string | null;
  timezone: string;
  expiresAt: string;
  expiresLocal: string;
  extensionCount: number;
  voidedAt?: string | null;
  voidReason?: string | null;
  valueInitial: { __typename?: 'Money'; amount: number; currency: string };
  valueRemaining: { __typename?: 'Money'; amount: number; currency: string };
  definition: { __typename?: 'RewardDefinition'; id: string; name: string };
  type: {
    __typename?: 'RewardType';
    id: string;
    name: string;
    extensionEnabled: boolean;
    extensionDays: number;
  };
} & { ' $fragmentName'?: 'RewardRow_RewardFragment' };

export type ProfileRewardsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  status?: InputMaybe<RewardStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type ProfileRewardsQuery = {
  __typename?: 'Query';
  profile?: {
    __typename?: 'Profile';
    id: string;
    rewards: {
      __typename?: 'RewardConnection';
      totalCount: number;
      edges: Array<{
        __typename?: 'RewardEdge';
        cursor: string;
        node: { __typename?: 'Reward'; id: string } & {
          ' $fragmentRefs'?: { RewardRow_RewardFragment: RewardRow_RewardFragment };
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; endCursor?: string | null; hasNextPage: boolean };
    };
  } | null;
};

export type ProfileLedgerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type ProfileLedgerQuery = {
  __typename?: 'Query';
  profile?: {
    __typename?: 'Profile';
    id: string;
    ledger: {
      __typename?: 'LedgerConnection';
      totalCount: number;
      edges: Array<{
        __typename?: 'LedgerEdge';
        cursor: string;
        node: { __typename?: 'LedgerEntry'; id: string } & {
          ' $fragmentRefs'?: { LedgerRow_EntryFragment: LedgerRow_EntryFragment };
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; endCursor?: string | null; hasNextPage: boolean };
    };
  } | null;
};

export type ExtendRewardMutationVariables = Exact<{
  input: ExtendRewardInput;
}>;

export type ExtendRewardMutation = {
  __typename?: 'Mutation';
  extendReward:
    | { __typename: 'NotFoundError'; errorCode: ErrorCode; message: string }
    | ({ __typename: 'Reward'; id: string; expiresAt: string } & {
        ' $fragmentRefs'?: { RewardRow_RewardFragment: RewardRow_RewardFragment };
      })
    | { __typename: 'RewardNotActiveError'; errorCode: ErrorCode; message: string }
    | { __typename: 'RewardNotExtendableError'; errorCode: ErrorCode; message: string };
};

export type IssueRewardMutationVariables = Exact<{
  input: IssueRewardInput;
}>;

export type IssueRewardMutation = {
  __typename?: 'Mutation';
  issueReward:
    | { __typename: 'IdempotencyConflictError'; errorCode: ErrorCode; message: string }
    | {
        __typename: 'IssueLimitExceededError';
        errorCode: ErrorCode;
        message: string;
        limit: { __typename?: 'Money'; amount: number; currency: string };
      }
    | { __typename: 'NotFoundError'; errorCode: ErrorCode; message: string }
    | {
        __typename: 'Reward';
        id: string;
        status: RewardStatus;
        valueInitial: { __typename?: 'Money'; amount: number; currency: string };
        definition: { __typename?: 'RewardDefinition'; id: string; name: string };
      };
};

export type VoidRewardMutationVariables = Exact<{
  input: VoidRewardInput;
}>;

export type VoidRewardMutation = {
  __typename?: 'Mutation';
  voidReward:
    | { __typename: 'NotFoundError'; errorCode: ErrorCode; message: string }
    | ({ __typename: 'Reward'; id: string } & {
        ' $fragmentRefs'?: { RewardRow_RewardFragment: RewardRow_RewardFragment };
      })
    | { __typename: 'RewardNotActiveError'; errorCode: ErrorCode; message: string };
};

export type SettingsForm_SettingsFragment = {
  __typename?: 'Settings';
  defaultCurrency: string;
  defaultTimezone: string;
  excludedCategories: Array<string>;
  minimumSpend: number;
  maxRedemptionPercent?: number | null;
  maxRedemptionAmount?: number | null;
  reversalWindowMinutes: number;
  returnGraceDays: number;
  managerIssueLimit: number;
  managerDailyIssueLimit: number;
  holdTtlSeconds: number;
} & { ' $fragmentName'?: 'SettingsForm_SettingsFragment' };

export type SettingsPageQueryVariables = Exact<{ [key: string]: never }>;

export type SettingsPageQuery = {
  __typename?: 'Query';
  settings: { __typename?: 'Settings' } & {
    ' $fragmentRefs'?: { SettingsForm_SettingsFragment: SettingsForm_SettingsFragment };
  };
};

export type BrandDefaultsQueryVariables = Exact<{ [key: string]: never }>;

export type BrandDefaultsQuery = {
  __typename?: 'Query';
  settings: { __typename?: 'Settings'; defaultCurrency: string; defaultTimezone: string };
};

export type UpdateSettingsMutationVariables = Exact<{
  input: SettingsInput;
}>;

export type UpdateSettingsMutation = {
  __typename?: 'Mutation';
  updateSettings: { __typename?: 'Settings' } & {
    ' $fragmentRefs'?: { SettingsForm_SettingsFragment: SettingsForm_SettingsFragment };
  };
};

export type DeliveryRow_DeliveryFragment = {
  __typename?: 'WebhookDelivery';
  id: string;
  eventType: string;
  status: string;
  createdAt: string;
  attemptCount: number;
  lastStatusCode?: number | null;
  nextAttemptAt?: string | null;
  deliveredAt?: string | null;
  messageId: string;
  payload: string;
  attempts: Array<{
    __typename?: 'WebhookAttempt';
    attemptedAt: string;
    durationMs: number;
    statusCode?: number | null;
    succeeded: boolean;
    error?: string | null;
  }>;
} & { ' $fragmentName'?: 'DeliveryRow_DeliveryFragment' };

export type WebhooksQueryVariables = Exact<{ [key: string]: never }>;

export type WebhooksQuery = {
  __typename?: 'Query';
  webhooks: Array<{
    __typename?: 'Webhook';
    id: string;
    url: string;
    events: Array<string>;
    active: boolean;
    disabledReason?: string | null;
    failingSince?: string | null;
    createdAt: string;
  }>;
};

export type WebhookDeliveriesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type WebhookDeliveriesQuery = {
  __typename?: 'Query';
  webhook?: {
    __typename?: 'Webhook';
    id: string;
    url: string;
    events: Array<string>;
    active: boolean;
    disabledReason?: string | null;
    failingSince?: string | null;
    createdAt: string;
    deliveries: {
      __typename?: 'WebhookDeliveryConnection';
      totalCount: number;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
      edges: Array<{
        __typename?: 'WebhookDeliveryEdge';
        cursor: string;
        node: { __typename?: 'WebhookDelivery'; id: string } & {
          ' $fragmentRefs'?: { DeliveryRow_DeliveryFragment: DeliveryRow_DeliveryFragment };
        };
      }>;
    };
  } | null;
};

export type CreateWebhookMutationVariables = Exact<{
  input: WebhookInput;
}>;

export type CreateWebhookMutation = {
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
      disabledReason?: string | null;
      failingSince?: string | null;
      createdAt: string;
    };
  };
};

export type DeleteWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type DeleteWebhookMutation = { __typename?: 'Mutation'; deleteWebhook: boolean };

export type EnableWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type EnableWebhookMutation = {
  __typename?: 'Mutation';
  enableWebhook:
    | { __typename: 'NotFoundError'; errorCode: ErrorCode; message: string }
    | {
        __typename: 'Webhook';
        id: string;
        active: boolean;
        disabledReason?: string | null;
        failingSince?: string | null;
      };
};

export type RotateWebhookSecretMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type RotateWebhookSecretMutation = {
  __typename?: 'Mutation';
  rotateWebhookSecret:
    | { __typename: 'NotFoundError'; errorCode: ErrorCode; message: string }
    | {
        __typename: 'WebhookCreated';
        secret: string;
        webhook: { __typename?: 'Webhook'; id: string; url: string };
      };
};

export type RedeliverWebhookMutationVariables = Exact<{
  deliveryId: Scalars['ID']['input'];
}>;

export type RedeliverWebhookMutation = {
  __typename?: 'Mutation';
  redeliverWebhook:
    | { __typename: 'NotFoundError'; errorCode: ErrorCode; message: string }
    | ({ __typename: 'WebhookDelivery'; id: string } & {
        ' $fragmentRefs'?: { DeliveryRow_DeliveryFragment: DeliveryRow_DeliveryFragment };
      });
};

export const UserBadge_UserFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserBadge_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserBadge_UserFragment, unknown>;
export const AppShell_UserFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppShell_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserBadge_user' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserBadge_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppShell_UserFragment, unknown>;
export const DefinitionRow_DefinitionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DefinitionRow_definition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardDefinition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'value' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'absoluteExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'type' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DefinitionRow_DefinitionFragment, unknown>;
export const RewardTypeRow_TypeFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RewardTypeRow_type' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardType' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RewardTypeRow_TypeFragment, unknown>;
export const Dashboard_ActivityRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Dashboard_activityRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActivityRow' } },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restored' },
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
            name: { kind: 'Name', value: 'expired' },
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
            name: { kind: 'Name', value: 'voided' },
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
} as unknown as DocumentNode<Dashboard_ActivityRowFragment, unknown>;
export const BalanceCard_BalanceFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BalanceCard_balance' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardBalance' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'held' },
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
            name: { kind: 'Name', value: 'expiringSoon' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'activeRewardCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextExpiry' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BalanceCard_BalanceFragment, unknown>;
export const ProfileDetails_ProfileFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileDetails_profile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Profile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isStaff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
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
} as unknown as DocumentNode<ProfileDetails_ProfileFragment, unknown>;
export const ProfileRow_ProfileFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileRow_profile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Profile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'balance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'activeRewardCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextExpiry' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfileRow_ProfileFragment, unknown>;
export const ReactionDefinition_DefinitionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReactionDefinition_definition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardDefinition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'value' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'absoluteExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activationDelayDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReactionDefinition_DefinitionFragment, unknown>;
export const ReactionRow_ReactionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReactionRow_reaction' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ReactionDefinition_definition' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReactionDefinition_definition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardDefinition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'value' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'absoluteExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activationDelayDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReactionRow_ReactionFragment, unknown>;
export const HoldRow_HoldFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HoldRow_hold' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardHold' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redemptionId' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reward' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'definition' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
            kind: 'Field',
            name: { kind: 'Name', value: 'lineDiscounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HoldRow_HoldFragment, unknown>;
export const RedemptionRow_RedemptionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RedemptionRow_redemption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Redemption' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reversedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transactionExternalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requested' },
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
            name: { kind: 'Name', value: 'returned' },
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
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reward' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'definition' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
            kind: 'Field',
            name: { kind: 'Name', value: 'lineDiscounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RedemptionRow_RedemptionFragment, unknown>;
export const LedgerRow_EntryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LedgerRow_entry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LedgerEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAfter' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'balanceAfter' },
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
            name: { kind: 'Name', value: 'reward' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'definition' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<LedgerRow_EntryFragment, unknown>;
export const RewardRow_RewardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RewardRow_reward' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reward' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'valueInitial' },
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
            name: { kind: 'Name', value: 'valueRemaining' },
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
            name: { kind: 'Name', value: 'definition' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'type' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'extensionEnabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RewardRow_RewardFragment, unknown>;
export const SettingsForm_SettingsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SettingsForm_settings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Settings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'defaultCurrency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultTimezone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedCategories' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumSpend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxRedemptionPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxRedemptionAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reversalWindowMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnGraceDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerIssueLimit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerDailyIssueLimit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdTtlSeconds' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettingsForm_SettingsFragment, unknown>;
export const DeliveryRow_DeliveryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeliveryRow_delivery' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attemptCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastStatusCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'messageId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attempts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attemptedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'succeeded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeliveryRow_DeliveryFragment, unknown>;
export const StaffUsersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StaffUsers' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffUsersQuery, StaffUsersQueryVariables>;
export const CreateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateUserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createUser' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const SetUserActiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetUserActive' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'active' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setUserActive' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'active' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'active' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const SetUserRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetUserRole' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setUserRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'role' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetUserRoleMutation, SetUserRoleMutationVariables>;
export const CreatePasswordLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePasswordLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
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
            name: { kind: 'Name', value: 'createPasswordLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
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
} as unknown as DocumentNode<CreatePasswordLinkMutation, CreatePasswordLinkMutationVariables>;
export const ApiKeysDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApiKeys' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiKeys' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateApiKey' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiKey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
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
} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeApiKey' },
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
            name: { kind: 'Name', value: 'revokeApiKey' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const CurrentUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CurrentUser' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppShell_user' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserBadge_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppShell_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserBadge_user' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CurrentUserQuery, CurrentUserQueryVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }],
      },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const BulkDefinitionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BulkDefinitions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'includeArchived' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rewardDefinitions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeArchived' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'includeArchived' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'value' },
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
      },
    },
  ],
} as unknown as DocumentNode<BulkDefinitionsQuery, BulkDefinitionsQueryVariables>;
export const BulkIssueLimitsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BulkIssueLimits' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'settings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'defaultTimezone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'managerIssueLimit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'managerDailyIssueLimit' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkIssueLimitsQuery, BulkIssueLimitsQueryVariables>;
export const BulkIssueJobDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BulkIssueJob' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'definitionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkIssueJobQuery, BulkIssueJobQueryVariables>;
export const BulkIssueRewardsCsvDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BulkIssueRewardsCsv' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'processed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definitionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkIssueRewardsCsvMutation, BulkIssueRewardsCsvMutationVariables>;
export const DefinitionFormTypesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DefinitionFormTypes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rewardTypes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DefinitionFormTypesQuery, DefinitionFormTypesQueryVariables>;
export const CreateRewardDefinitionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateRewardDefinition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardDefinitionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createRewardDefinition' },
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
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'DefinitionRow_definition' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DefinitionRow_definition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardDefinition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'value' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'absoluteExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'type' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateRewardDefinitionMutation,
  CreateRewardDefinitionMutationVariables
>;
export const UpdateRewardDefinitionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateRewardDefinition' },
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
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardDefinitionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateRewardDefinition' },
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
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'DefinitionRow_definition' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DefinitionRow_definition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardDefinition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'value' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'absoluteExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'type' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateRewardDefinitionMutation,
  UpdateRewardDefinitionMutationVariables
>;
export const ArchiveRewardDefinitionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ArchiveRewardDefinition' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'DefinitionRow_definition' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DefinitionRow_definition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardDefinition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'value' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'absoluteExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'type' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ArchiveRewardDefinitionMutation,
  ArchiveRewardDefinitionMutationVariables
>;
export const RewardDefinitionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RewardDefinitions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'includeArchived' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rewardDefinitions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeArchived' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'includeArchived' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'DefinitionRow_definition' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DefinitionRow_definition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardDefinition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'value' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'absoluteExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'type' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RewardDefinitionsQuery, RewardDefinitionsQueryVariables>;
export const RewardTypesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RewardTypes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'includeArchived' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rewardTypes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeArchived' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'includeArchived' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RewardTypeRow_type' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RewardTypeRow_type' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardType' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RewardTypesQuery, RewardTypesQueryVariables>;
export const CreateRewardTypeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateRewardType' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RewardTypeRow_type' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RewardTypeRow_type' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardType' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateRewardTypeMutation, CreateRewardTypeMutationVariables>;
export const UpdateRewardTypeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateRewardType' },
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
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardTypeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateRewardType' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RewardTypeRow_type' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RewardTypeRow_type' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardType' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateRewardTypeMutation, UpdateRewardTypeMutationVariables>;
export const ArchiveRewardTypeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ArchiveRewardType' },
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
            name: { kind: 'Name', value: 'archiveRewardType' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RewardTypeRow_type' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RewardTypeRow_type' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardType' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ArchiveRewardTypeMutation, ArchiveRewardTypeMutationVariables>;
export const DashboardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Dashboard' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const DashboardCurrenciesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DashboardCurrencies' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rewardDefinitions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeArchived' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'value' },
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
      },
    },
  ],
} as unknown as DocumentNode<DashboardCurrenciesQuery, DashboardCurrenciesQueryVariables>;
export const DashboardBalancesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DashboardBalances' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'breakageFrom' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'breakageTo' } },
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
                  name: { kind: 'Name', value: 'expiringSoon' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'rewardCount' } },
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
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'breakage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currency' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'breakageFrom' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'breakageTo' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardCount' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardBalancesQuery, DashboardBalancesQueryVariables>;
export const DashboardActivityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DashboardActivity' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Dashboard_activityRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Dashboard_activityRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActivityRow' } },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restored' },
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
            name: { kind: 'Name', value: 'expired' },
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
            name: { kind: 'Name', value: 'voided' },
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
} as unknown as DocumentNode<DashboardActivityQuery, DashboardActivityQueryVariables>;
export const ProfilesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Profiles' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
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
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ProfileRow_profile' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
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
      name: { kind: 'Name', value: 'ProfileRow_profile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Profile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'balance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'activeRewardCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextExpiry' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfilesQuery, ProfilesQueryVariables>;
export const ProfilePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProfilePage' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProfileDetails_profile' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'balance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'BalanceCard_balance' },
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
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'BalanceCard_balance' },
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
      name: { kind: 'Name', value: 'ProfileDetails_profile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Profile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isStaff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BalanceCard_balance' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardBalance' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'held' },
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
            name: { kind: 'Name', value: 'expiringSoon' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'activeRewardCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextExpiry' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfilePageQuery, ProfilePageQueryVariables>;
export const CreateProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateProfile' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateProfileMutation, CreateProfileMutationVariables>;
export const UpdateProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProfile' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProfileDetails_profile' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileDetails_profile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Profile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isStaff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
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
} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ReactionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Reactions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReactionRow_reaction' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReactionDefinition_definition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardDefinition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'value' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'absoluteExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activationDelayDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReactionRow_reaction' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ReactionDefinition_definition' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReactionsQuery, ReactionsQueryVariables>;
export const ReactionDefinitionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReactionDefinitions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rewardDefinitions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'type' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ReactionDefinition_definition' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReactionDefinition_definition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardDefinition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'value' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'absoluteExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activationDelayDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReactionDefinitionsQuery, ReactionDefinitionsQueryVariables>;
export const ClaimableReactionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClaimableReactions' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'definition' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ReactionDefinition_definition' },
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
      name: { kind: 'Name', value: 'ReactionDefinition_definition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardDefinition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'value' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'absoluteExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activationDelayDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClaimableReactionsQuery, ClaimableReactionsQueryVariables>;
export const CreateReactionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateReaction' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReactionRow_reaction' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReactionDefinition_definition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardDefinition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'value' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'absoluteExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activationDelayDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReactionRow_reaction' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ReactionDefinition_definition' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateReactionMutation, CreateReactionMutationVariables>;
export const UpdateReactionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateReaction' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReactionRow_reaction' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReactionDefinition_definition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardDefinition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'value' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryPeriod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiryUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'absoluteExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activationDelayDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReactionRow_reaction' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ReactionDefinition_definition' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateReactionMutation, UpdateReactionMutationVariables>;
export const ClaimRewardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClaimReward' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'valueInitial' },
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
                    name: { kind: 'Name', value: 'NotEligibleError' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'NotFoundError' },
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
} as unknown as DocumentNode<ClaimRewardMutation, ClaimRewardMutationVariables>;
export const FindRedemptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FindRedemptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'transactionExternalId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'receiptRef' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
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
            name: { kind: 'Name', value: 'redemptions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'transactionExternalId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'transactionExternalId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'receiptRef' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'receiptRef' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'profile' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                                ],
                              },
                            },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RedemptionRow_redemption' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
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
      name: { kind: 'Name', value: 'RedemptionRow_redemption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Redemption' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reversedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transactionExternalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requested' },
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
            name: { kind: 'Name', value: 'returned' },
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
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reward' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'definition' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
            kind: 'Field',
            name: { kind: 'Name', value: 'lineDiscounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindRedemptionsQuery, FindRedemptionsQueryVariables>;
export const RedemptionPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RedemptionPreview' },
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
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'maxRedeemable' },
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
                  name: { kind: 'Name', value: 'eligibleSubtotal' },
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
                  name: { kind: 'Name', value: 'lineDiscounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
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
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'allocations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reward' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'definition' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<RedemptionPreviewQuery, RedemptionPreviewQueryVariables>;
export const RedemptionPolicyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RedemptionPolicy' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'settings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'excludedCategories' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minimumSpend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxRedemptionPercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxRedemptionAmount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RedemptionPolicyQuery, RedemptionPolicyQueryVariables>;
export const ProfileRedemptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProfileRedemptions' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'redemptions' },
                  arguments: [
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
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'RedemptionRow_redemption' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
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
      name: { kind: 'Name', value: 'RedemptionRow_redemption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Redemption' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reversedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transactionExternalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requested' },
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
            name: { kind: 'Name', value: 'returned' },
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
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reward' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'definition' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
            kind: 'Field',
            name: { kind: 'Name', value: 'lineDiscounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfileRedemptionsQuery, ProfileRedemptionsQueryVariables>;
export const ProfileHoldsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProfileHolds' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'activeOnly' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'holds' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'activeOnly' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'activeOnly' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HoldRow_hold' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'everHeld' },
                  name: { kind: 'Name', value: 'holds' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'activeOnly' },
                      value: { kind: 'BooleanValue', value: false },
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
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HoldRow_hold' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardHold' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redemptionId' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reward' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'definition' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
            kind: 'Field',
            name: { kind: 'Name', value: 'lineDiscounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfileHoldsQuery, ProfileHoldsQueryVariables>;
export const RedeemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Redeem' },
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
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'requested' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                          ],
                        },
                      },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'RedemptionRow_redemption' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
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
                    name: { kind: 'Name', value: 'RedemptionPolicyError' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'maxAllowed' },
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
                    name: { kind: 'Name', value: 'NotFoundError' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'IdempotencyConflictError' },
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
      name: { kind: 'Name', value: 'RedemptionRow_redemption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Redemption' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reversedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transactionExternalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requested' },
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
            name: { kind: 'Name', value: 'returned' },
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
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reward' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'definition' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
            kind: 'Field',
            name: { kind: 'Name', value: 'lineDiscounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RedeemMutation, RedeemMutationVariables>;
export const ReleaseHoldDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReleaseHold' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'holdId' } },
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
            name: { kind: 'Name', value: 'releaseHold' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'holdId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'holdId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardHold' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HoldRow_hold' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'HoldNotActiveError' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'NotFoundError' },
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
      name: { kind: 'Name', value: 'HoldRow_hold' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardHold' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redemptionId' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reward' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'definition' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
            kind: 'Field',
            name: { kind: 'Name', value: 'lineDiscounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReleaseHoldMutation, ReleaseHoldMutationVariables>;
export const ReturnRedemptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReturnRedemption' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnRedemptionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnRedemption' },
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
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'RedemptionRow_redemption' },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'ReturnExceedsRedemptionError' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'returnable' },
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
                    name: { kind: 'Name', value: 'NotFoundError' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'IdempotencyConflictError' },
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
      name: { kind: 'Name', value: 'RedemptionRow_redemption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Redemption' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reversedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transactionExternalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requested' },
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
            name: { kind: 'Name', value: 'returned' },
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
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reward' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'definition' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
            kind: 'Field',
            name: { kind: 'Name', value: 'lineDiscounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReturnRedemptionMutation, ReturnRedemptionMutationVariables>;
export const ReverseRedemptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReverseRedemption' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReverseRedemptionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reverseRedemption' },
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
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'RedemptionRow_redemption' },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'ReversalWindowClosedError' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'NotFoundError' },
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
      name: { kind: 'Name', value: 'RedemptionRow_redemption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Redemption' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reversedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transactionExternalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requested' },
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
            name: { kind: 'Name', value: 'returned' },
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
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reward' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'definition' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
            kind: 'Field',
            name: { kind: 'Name', value: 'lineDiscounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineId' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReverseRedemptionMutation, ReverseRedemptionMutationVariables>;
export const CreateRewardExtensionLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateRewardExtensionLink' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'NotFoundError' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'RewardNotExtendableError' },
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
} as unknown as DocumentNode<
  CreateRewardExtensionLinkMutation,
  CreateRewardExtensionLinkMutationVariables
>;
export const IssuableDefinitionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IssuableDefinitions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rewardDefinitions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'value' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'expiryPeriod' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiryUnit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'absoluteExpiry' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssuableDefinitionsQuery, IssuableDefinitionsQueryVariables>;
export const IssueLimitsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IssueLimits' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'settings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'defaultTimezone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'managerIssueLimit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'managerDailyIssueLimit' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssueLimitsQuery, IssueLimitsQueryVariables>;
export const ProfileRewardsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProfileRewards' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardStatus' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rewards' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
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
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'RewardRow_reward' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
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
      name: { kind: 'Name', value: 'RewardRow_reward' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reward' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'valueInitial' },
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
            name: { kind: 'Name', value: 'valueRemaining' },
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
            name: { kind: 'Name', value: 'definition' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'type' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'extensionEnabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfileRewardsQuery, ProfileRewardsQueryVariables>;
export const ProfileLedgerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProfileLedger' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ledger' },
                  arguments: [
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
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'LedgerRow_entry' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
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
      name: { kind: 'Name', value: 'LedgerRow_entry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LedgerEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAfter' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'balanceAfter' },
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
            name: { kind: 'Name', value: 'reward' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'definition' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<ProfileLedgerQuery, ProfileLedgerQueryVariables>;
export const ExtendRewardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExtendReward' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RewardRow_reward' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'NotFoundError' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'RewardNotExtendableError' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'RewardNotActiveError' },
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
      name: { kind: 'Name', value: 'RewardRow_reward' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reward' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'valueInitial' },
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
            name: { kind: 'Name', value: 'valueRemaining' },
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
            name: { kind: 'Name', value: 'definition' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'type' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'extensionEnabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExtendRewardMutation, ExtendRewardMutationVariables>;
export const IssueRewardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'IssueReward' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'valueInitial' },
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
                        name: { kind: 'Name', value: 'definition' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
                    name: { kind: 'Name', value: 'IssueLimitExceededError' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'limit' },
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
                    name: { kind: 'Name', value: 'NotFoundError' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'IdempotencyConflictError' },
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
} as unknown as DocumentNode<IssueRewardMutation, IssueRewardMutationVariables>;
export const VoidRewardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VoidReward' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'VoidRewardInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voidReward' },
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
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RewardRow_reward' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'NotFoundError' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'RewardNotActiveError' },
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
      name: { kind: 'Name', value: 'RewardRow_reward' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reward' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'valueInitial' },
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
            name: { kind: 'Name', value: 'valueRemaining' },
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
            name: { kind: 'Name', value: 'definition' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'type' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'extensionEnabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VoidRewardMutation, VoidRewardMutationVariables>;
export const SettingsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SettingsPage' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'settings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SettingsForm_settings' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SettingsForm_settings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Settings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'defaultCurrency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultTimezone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedCategories' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumSpend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxRedemptionPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxRedemptionAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reversalWindowMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnGraceDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerIssueLimit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerDailyIssueLimit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdTtlSeconds' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettingsPageQuery, SettingsPageQueryVariables>;
export const BrandDefaultsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BrandDefaults' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'settings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'defaultCurrency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'defaultTimezone' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BrandDefaultsQuery, BrandDefaultsQueryVariables>;
export const UpdateSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSettings' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SettingsForm_settings' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SettingsForm_settings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Settings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'defaultCurrency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultTimezone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedCategories' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumSpend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxRedemptionPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxRedemptionAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reversalWindowMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnGraceDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerIssueLimit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerDailyIssueLimit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdTtlSeconds' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateSettingsMutation, UpdateSettingsMutationVariables>;
export const WebhooksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Webhooks' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const WebhookDeliveriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WebhookDeliveries' },
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
            name: { kind: 'Name', value: 'webhook' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'events' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disabledReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failingSince' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deliveries' },
                  arguments: [
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
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'DeliveryRow_delivery' },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeliveryRow_delivery' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attemptCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastStatusCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'messageId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attempts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attemptedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'succeeded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateWebhook' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'disabledReason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'failingSince' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
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
} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const DeleteWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteWebhook' },
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
} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const EnableWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EnableWebhook' },
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
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disabledReason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'failingSince' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'NotFoundError' },
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
} as unknown as DocumentNode<EnableWebhookMutation, EnableWebhookMutationVariables>;
export const RotateWebhookSecretDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RotateWebhookSecret' },
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
                    name: { kind: 'Name', value: 'NotFoundError' },
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
} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const RedeliverWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RedeliverWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'deliveryId' } },
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
                value: { kind: 'Variable', name: { kind: 'Name', value: 'deliveryId' } },
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
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'DeliveryRow_delivery' },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'NotFoundError' },
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
      name: { kind: 'Name', value: 'DeliveryRow_delivery' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attemptCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastStatusCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'messageId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attempts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attemptedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'succeeded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
