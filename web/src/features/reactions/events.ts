import type { ReactionEvent } from '../../graphql/generated/graphql';
import { formatMoney } from '../../lib/money';

/** Each event a reaction may react to, in words: a short name and when it issues. */
export const EVENT_WORDS: Record<ReactionEvent, { name: string; description: string }> = {
  PROFILE_CREATED: {
    name: 'Joins (welcome)',
    description: 'When a new profile is created. Once per profile.',
  },
  TIER_ACHIEVED: {
    name: 'Reaches a tier',
    description: 'When a profile’s tier changes to a new value. Once per profile and tier.',
  },
  TRANSACTION_CREATED: {
    name: 'Each transaction',
    description:
      'Every time a transaction is recorded for the profile, returns included (a condition on event.total > 0 keeps purchases only). Once per transaction.',
  },
  SPEND_MILESTONE: {
    name: 'Spend milestone',
    description:
      'When lifetime spend passes a threshold, and again at every step above it if you set one. Once per milestone; a return below a milestone takes its reward back while still pending.',
  },
  BIRTHDAY: {
    name: 'Birthday',
    description:
      'In the daily run, during the profile’s birth month in its own time zone. Once a year.',
  },
  JOIN_ANNIVERSARY: {
    name: 'Join anniversary',
    description:
      'In the daily run, on each anniversary of the day the profile joined (missed days are caught up). Once a year.',
  },
  LAPSED: {
    name: 'Lapsed',
    description:
      'In the daily run, once a profile has gone a number of days without a transaction. Once per lapse.',
  },
  CUSTOM: {
    name: 'Custom event',
    description:
      'When your systems send an event of the given name for the profile (emitEvent). Once per event sent.',
  },
};

/** The order the form offers them in. */
export const EVENTS: readonly ReactionEvent[] = [
  'PROFILE_CREATED',
  'TIER_ACHIEVED',
  'TRANSACTION_CREATED',
  'SPEND_MILESTONE',
  'BIRTHDAY',
  'JOIN_ANNIVERSARY',
  'LAPSED',
  'CUSTOM',
];

/** What the condition sees as `event` for each event, for the JSON view's help. */
export const EVENT_FACTS: Record<ReactionEvent, readonly string[]> = {
  PROFILE_CREATED: [],
  TIER_ACHIEVED: ['event.tier', 'event.previousTier'],
  TRANSACTION_CREATED: [
    'event.total',
    'event.currency',
    'event.externalId',
    'event.lifetimeSpendBefore',
    'event.lifetimeSpend',
  ],
  SPEND_MILESTONE: [
    'event.total',
    'event.lifetimeSpendBefore',
    'event.lifetimeSpend',
    'event.milestone (0 for the threshold, 1 for the first step above it, …)',
  ],
  BIRTHDAY: ['event.birthDate'],
  JOIN_ANNIVERSARY: ['event.years'],
  LAPSED: ['event.lastTransactionAt'],
  CUSTOM: ['event.name', 'event.payload (what was sent with the event)'],
};

/** What the profile facts are, for the JSON view's help. */
export const PROFILE_FACTS: readonly string[] = [
  'profile.tier',
  'profile.birthDate (YYYY-MM-DD)',
  'profile.lifetimeSpend (in cents)',
  'profile.joinedAt',
  'profile.isStaff',
  'profile.email',
  'profile.timezone',
];

export interface ReactionTrigger {
  event: ReactionEvent;
  customEvent?: string | null;
  spendThreshold?: number | null;
  spendRepeatEvery?: number | null;
  lapsedDays?: number | null;
}

/** A reaction's event in words, with its own settings: "Spend milestone: A$500.00, then every A$250.00". */
export function describeTrigger(r: ReactionTrigger, currency: string): string {
  const name = EVENT_WORDS[r.event].name;
  switch (r.event) {
    case 'SPEND_MILESTONE': {
      if (r.spendThreshold == null) return name;
      const threshold = formatMoney(r.spendThreshold, currency);
      return r.spendRepeatEvery
        ? `${name}: ${threshold}, then every ${formatMoney(r.spendRepeatEvery, currency)}`
        : `${name}: ${threshold}, once`;
    }
    case 'LAPSED':
      return r.lapsedDays == null
        ? name
        : `${name}: ${r.lapsedDays} ${r.lapsedDays === 1 ? 'day' : 'days'} without a transaction`;
    case 'CUSTOM':
      return r.customEvent ? `${name}: ${r.customEvent}` : name;
    default:
      return name;
  }
}

/** The milestones a threshold and step pay at, for the form's hint: "A$500.00, A$750.00, …". */
export function milestoneExamples(threshold: number, repeatEvery: number | null, currency: string) {
  if (!repeatEvery)
    return `Pays once, when lifetime spend reaches ${formatMoney(threshold, currency)}.`;
  const steps = [0, 1, 2].map((k) => formatMoney(threshold + k * repeatEvery, currency));
  return `Pays when lifetime spend reaches ${steps.join(', ')} and so on.`;
}
