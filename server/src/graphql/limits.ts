import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
type GraphQLArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;
import {
  defaultFieldResolver,
  GraphQLError,
  GraphQLSchema,
  isObjectType,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import type { QueryLimitsConfig } from '../config';
import { timedOut, UNAVAILABLE_RETRY_AFTER_SECONDS } from '../core/errors';

/** What a document measures on each limited dimension (for tests and the docs' figures). */
export interface QueryMeasures {
  cost: number;
  depth: number;
  aliases: number;
  directives: number;
}

type Dimension = keyof QueryMeasures;

/**
 * The rejection graphql-armor reports, with a code and the limit's name, and without the
 * "Syntax Error:" prefix armor puts on a query that parsed fine.
 */
function reject(limit: Dimension | 'tokens') {
  return (ctx: ValidationContext | null, error: GraphQLError) => {
    ctx?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit },
      }),
    );
  };
}

function armorConfig(
  limits: QueryLimitsConfig,
  measured?: Partial<QueryMeasures>,
): GraphQLArmorConfig {
  const accept = (dimension: Dimension) =>
    measured ? [(_: unknown, details: { n: number }) => (measured[dimension] = details.n)] : [];
  return {
    costLimit: {
      maxCost: limits.maxCost,
      // A fragment costs what its fields cost where it is spread, nothing for being one.
      flattenFragments: true,
      onAccept: accept('cost'),
      onReject: [reject('cost')],
      propagateOnRejection: false,
    },
    maxDepth: {
      n: limits.maxDepth,
      // Depth is the fields' nesting; spreading a fragment adds no level.
      flattenFragments: true,
      onAccept: accept('depth'),
      onReject: [reject('depth')],
      propagateOnRejection: false,
    },
    maxAliases: {
      n: limits.maxAliases,
      // An alias of __typename costs little to answer but as much to send back.
      allowList: [],
      onAccept: accept('aliases'),
      onReject: [reject('aliases')],
      propagateOnRejection: false,
    },
    maxDirectives: {
      n: limits.maxDirectives,
      onAccept: accept('directives'),
      onReject: [reject('directives')],
      propagateOnRejection: false,
    },
    // Tokens are counted by graphql-js's own parser (`parseOptions.maxTokens`, see below):
    // armor's Apollo token plugin throws from a hook, which Apollo answers as a 500.
    maxTokens: { enabled: false },
    // "Did you mean …" reveals the schema field by field; off where introspection is.
    blockFieldSuggestion: { enabled: !limits.introspection },
  };
}

/**
 * Query limits from graphql-armor: cost, depth, aliases and directives as validation rules
 * (each walks a fragment once, so validation stays linear in the document), field
 * suggestions masked in production, tokens capped while parsing. Refused before any
 * resolver runs, with GRAPHQL_VALIDATION_FAILED and `extensions.limit`.
 */
export function queryLimits(limits: QueryLimitsConfig): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: { maxTokens: number };
} {
  const { validationRules, plugins } = new ApolloArmor(armorConfig(limits)).protect();
  return {
    validationRules,
    plugins,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/** The rules alone, reporting what a document measures (tests compare real queries). */
export function measuringRules(
  limits: QueryLimitsConfig,
  measured: Partial<QueryMeasures>,
): ValidationRule[] {
  return new ApolloArmor(armorConfig(limits, measured)).protect().validationRules;
}

// ---------------------------------------------------------------------------------------
// The per-request time budget

/** A request's deadline: past it, every field still waiting is answered with TIMEOUT. */
export class RequestBudget {
  private timer: NodeJS.Timeout | undefined;
  readonly expired: Promise<never>;
  private fired = false;

  constructor(readonly ms: number) {
    this.expired = new Promise<never>((_, rejectExpired) => {
      this.timer = setTimeout(() => {
        this.fired = true;
        rejectExpired(timedOut(ms));
      }, ms);
      this.timer.unref();
    });
    // Nobody may be waiting when it fires; that is not an unhandled rejection.
    this.expired.catch(() => undefined);
  }

  get isExpired(): boolean {
    return this.fired;
  }

  /** Races a pending value against the deadline. */
  race<T>(value: T): T {
    if (value instanceof Promise) return Promise.race([value, this.expired]) as T;
    return value;
  }

  done(): void {
    clearTimeout(this.timer);
  }
}

const BUDGETED = Symbol('budgeted');

/**
 * Wraps every field resolver so that once the request's budget is spent, pending fields
 * settle with TIMEOUT and execution finishes (the work a resolver started is not cancelled;
 * a transaction in flight commits or rolls back on its own).
 */
export function applyRequestBudget(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      if ((resolve as { [BUDGETED]?: true })[BUDGETED]) continue;
      const budgeted: typeof resolve = (source, args, context, info) => {
        const budget = (context as { budget?: RequestBudget } | undefined)?.budget;
        // Past the deadline no new field starts.
        if (budget?.isExpired) throw timedOut(budget.ms);
        const value = resolve(source, args, context, info);
        return budget ? budget.race(value) : value;
      };
      (budgeted as { [BUDGETED]?: true })[BUDGETED] = true;
      field.resolve = budgeted;
    }
  }
}

/**
 * Ends the budget's timer with the request. A database failure met inside a resolver is
 * formatted as SERVICE_UNAVAILABLE (errors.ts); the answer carries 503 and Retry-After too.
 */
export function requestStatusPlugin(): ApolloServerPlugin<{ budget?: RequestBudget }> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ contextValue, response }) {
          contextValue.budget?.done();
          if (response.body.kind === 'single') {
            const errors = response.body.singleResult.errors ?? [];
            if (errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
              response.http.status = 503;
              response.http.headers.set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
            }
          }
          return Promise.resolve();
        },
      });
    },
  };
}
