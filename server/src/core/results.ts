import { Field, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from './money';

export enum ErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  INSUFFICIENT_BALANCE = 'INSUFFICIENT_BALANCE',
  REDEMPTION_POLICY_VIOLATION = 'REDEMPTION_POLICY_VIOLATION',
  REWARD_NOT_EXTENDABLE = 'REWARD_NOT_EXTENDABLE',
  REWARD_NOT_ACTIVE = 'REWARD_NOT_ACTIVE',
  REVERSAL_WINDOW_CLOSED = 'REVERSAL_WINDOW_CLOSED',
  RETURN_EXCEEDS_REDEMPTION = 'RETURN_EXCEEDS_REDEMPTION',
  HOLD_NOT_ACTIVE = 'HOLD_NOT_ACTIVE',
  ISSUE_LIMIT_EXCEEDED = 'ISSUE_LIMIT_EXCEEDED',
  IDEMPOTENCY_CONFLICT = 'IDEMPOTENCY_CONFLICT',
  INVALID_LINK = 'INVALID_LINK',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  ALREADY_EXISTS = 'ALREADY_EXISTS',
}
registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description:
    'What kind of expected failure an ErrorResult is; one code per ErrorResult type, stable for programs to branch on.',
  valuesConfig: {
    NOT_FOUND: {
      description:
        'NotFoundError: the profile, reward, definition, hold or redemption does not exist.',
    },
    INSUFFICIENT_BALANCE: {
      description: 'InsufficientBalanceError: the balance cannot cover the amount.',
    },
    REDEMPTION_POLICY_VIOLATION: {
      description: "RedemptionPolicyError: the brand's redemption policy caps the request.",
    },
    REWARD_NOT_EXTENDABLE: {
      description: 'RewardNotExtendableError: the reward cannot be extended this way.',
    },
    REWARD_NOT_ACTIVE: {
      description:
        'RewardNotActiveError: the reward is used, voided, expired or pending, or a hold reserves it.',
    },
    REVERSAL_WINDOW_CLOSED: {
      description: 'ReversalWindowClosedError: too late (or too much returned already) to reverse.',
    },
    RETURN_EXCEEDS_REDEMPTION: {
      description: 'ReturnExceedsRedemptionError: more than what is left of the redemption.',
    },
    HOLD_NOT_ACTIVE: {
      description: 'HoldNotActiveError: the hold is captured, released or lapsed.',
    },
    ISSUE_LIMIT_EXCEEDED: {
      description: "IssueLimitExceededError: above a MANAGER's issue limit.",
    },
    IDEMPOTENCY_CONFLICT: {
      description: 'IdempotencyConflictError: the idempotency key was used with another input.',
    },
    INVALID_LINK: {
      description:
        'InvalidLinkError: a Profile Portal or set-password link is unknown, used or expired.',
    },
    NOT_ELIGIBLE: {
      description: "NotEligibleError: the profile does not meet a reaction's condition.",
    },
    ALREADY_EXISTS: { description: 'AlreadyExistsError: what was to be created exists already.' },
  },
});

/** An expected business failure, returned as data in a mutation's result union. */
@InterfaceType({
  description:
    "An expected business failure, returned as data in a mutation's result union (nothing was changed; under an idempotencyKey a retry gets the same answer). Select `... on ErrorResult { errorCode message }` to handle every kind.",
})
export abstract class ErrorResult {
  @Field(() => ErrorCode, {
    description: 'What kind of failure; branch on this, not on the message.',
  })
  errorCode: ErrorCode;

  @Field(() => String, {
    description: 'What went wrong, in English, for people; the wording may change.',
  })
  message: string;
}

// Object types implementing ErrorResult inherit its fields; this base fills them in.
function errorResult(code: ErrorCode) {
  abstract class Base extends ErrorResult {
    constructor(message: string) {
      super();
      this.errorCode = code;
      this.message = message;
    }
  }
  return Base;
}

@ObjectType({ implements: ErrorResult, description: 'The thing asked for does not exist.' })
export class NotFoundError extends errorResult(ErrorCode.NOT_FOUND) {}

@ObjectType({ implements: ErrorResult, description: 'The balance cannot cover the amount.' })
export class InsufficientBalanceError extends errorResult(ErrorCode.INSUFFICIENT_BALANCE) {
  @Field(() => Money, { description: 'What could have been redeemed.' })
  available: Money;
}

@ObjectType({ implements: ErrorResult, description: 'The redemption policy caps this request.' })
export class RedemptionPolicyError extends errorResult(ErrorCode.REDEMPTION_POLICY_VIOLATION) {
  @Field(() => Money, { description: 'The most the policy allows for this request.' })
  maxAllowed: Money;
}

@ObjectType({ implements: ErrorResult, description: 'This reward cannot be extended this way.' })
export class RewardNotExtendableError extends errorResult(ErrorCode.REWARD_NOT_EXTENDABLE) {}

@ObjectType({
  implements: ErrorResult,
  description: 'The reward is not in a state that allows this (used, voided, expired or pending).',
})
export class RewardNotActiveError extends errorResult(ErrorCode.REWARD_NOT_ACTIVE) {}

@ObjectType({ implements: ErrorResult, description: 'The reversal window has passed.' })
export class ReversalWindowClosedError extends errorResult(ErrorCode.REVERSAL_WINDOW_CLOSED) {}

@ObjectType({ implements: ErrorResult, description: 'More than what is left of the redemption.' })
export class ReturnExceedsRedemptionError extends errorResult(ErrorCode.RETURN_EXCEEDS_REDEMPTION) {
  @Field(() => Money, {
    description: 'What may still be returned: the amount less what returns gave back.',
  })
  returnable: Money;
}

@ObjectType({ implements: ErrorResult, description: 'The hold is captured, released or lapsed.' })
export class HoldNotActiveError extends errorResult(ErrorCode.HOLD_NOT_ACTIVE) {}

@ObjectType({ implements: ErrorResult, description: "Above the MANAGER's issue limit." })
export class IssueLimitExceededError extends errorResult(ErrorCode.ISSUE_LIMIT_EXCEEDED) {
  @Field(() => Money, { description: 'The limit that would be exceeded.' })
  limit: Money;
}

@ObjectType({
  implements: ErrorResult,
  description: 'The idempotency key was already used with a different input.',
})
export class IdempotencyConflictError extends errorResult(ErrorCode.IDEMPOTENCY_CONFLICT) {}

@ObjectType({ implements: ErrorResult, description: 'The link is unknown, used or expired.' })
export class InvalidLinkError extends errorResult(ErrorCode.INVALID_LINK) {}

@ObjectType({ implements: ErrorResult, description: 'The profile does not meet the condition.' })
export class NotEligibleError extends errorResult(ErrorCode.NOT_ELIGIBLE) {}

@ObjectType({ implements: ErrorResult, description: 'It exists already.' })
export class AlreadyExistsError extends errorResult(ErrorCode.ALREADY_EXISTS) {}

export function isErrorResult(value: unknown): value is ErrorResult {
  return value instanceof ErrorResult;
}

/** Every ErrorResult class by GraphQL name, so a stored refusal can be answered again. */
const ERROR_RESULTS: Record<string, new (message: string) => ErrorResult> = {
  NotFoundError,
  InsufficientBalanceError,
  RedemptionPolicyError,
  RewardNotExtendableError,
  RewardNotActiveError,
  ReversalWindowClosedError,
  ReturnExceedsRedemptionError,
  HoldNotActiveError,
  IssueLimitExceededError,
  IdempotencyConflictError,
  InvalidLinkError,
  NotEligibleError,
  AlreadyExistsError,
};

/** Registers an ErrorResult class declared outside this file (a module's own refusal). */
export function registerErrorResult(cls: new (message: string) => ErrorResult): void {
  ERROR_RESULTS[cls.name] = cls;
}

export interface StoredErrorResult {
  type: string;
  message: string;
  /** Extra fields; Money values as { amount, currency }. */
  fields: Record<string, unknown>;
}

/** A refusal as plain JSON, to be stored with its idempotency key. */
export function errorResultToJson(error: ErrorResult): StoredErrorResult {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(error)) {
    if (name !== 'errorCode' && name !== 'message') fields[name] = value;
  }
  return {
    type: error.constructor.name,
    message: error.message,
    fields: JSON.parse(JSON.stringify(fields)) as Record<string, unknown>,
  };
}

/** The same refusal again, from what errorResultToJson stored. */
export function errorResultFromJson(stored: StoredErrorResult): ErrorResult {
  const Cls = ERROR_RESULTS[stored.type];
  if (!Cls) throw new Error(`unknown stored ErrorResult ${stored.type}`);
  const error = new Cls(stored.message);
  for (const [name, value] of Object.entries(stored.fields)) {
    const money = value as { amount?: unknown; currency?: unknown } | null;
    (error as unknown as Record<string, unknown>)[name] =
      money && typeof money.amount === 'number' && typeof money.currency === 'string'
        ? Money.of(money.amount, money.currency)
        : value;
  }
  return error;
}
