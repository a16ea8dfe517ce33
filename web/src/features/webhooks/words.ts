import { formatInstant } from '../../lib/dates';

/** Every event an endpoint can subscribe to, with what it announces in words. */
export const EVENT_WORDS: Record<string, string> = {
  'reward.issued': 'A reward is issued (by staff, an upload, a reaction or the daily pass)',
  'reward.redeemed': 'A reward is spent at checkout',
  'reward.extended': 'A reward’s expiry is extended',
  'reward.voided': 'A reward is voided',
  'reward.expired': 'A reward expires with value left',
  'reward.expiring': 'A reward expires in 14 days (a reminder, with an extension link if allowed)',
  'redemption.reversed': 'A redemption is undone',
  'redemption.returned': 'Part or all of a redemption is given back for a refund',
};

/** The same, short, for lists and logs. */
export const EVENT_NAMES: Record<string, string> = {
  'reward.issued': 'Reward issued',
  'reward.redeemed': 'Reward redeemed',
  'reward.extended': 'Reward extended',
  'reward.voided': 'Reward voided',
  'reward.expired': 'Reward expired',
  'reward.expiring': 'Reward expiring soon',
  'redemption.reversed': 'Redemption reversed',
  'redemption.returned': 'Redemption returned',
};

export const WEBHOOK_EVENTS = Object.keys(EVENT_WORDS);

/** An event name in words; an unknown one as it is. */
export function eventWords(name: string): string {
  return EVENT_WORDS[name] ?? name;
}

/** An event name in a few words; an unknown one as it is. */
export function eventName(name: string): string {
  return EVENT_NAMES[name] ?? name;
}

/** A delivery's status in words, and the badge it wears. */
export function deliveryStatus(
  status: string,
  attemptCount: number,
): { label: string; badge: string } {
  switch (status) {
    case 'PENDING':
      return attemptCount > 0
        ? { label: 'Retrying', badge: 'status-expired' }
        : { label: 'Sending', badge: 'status-pending' };
    case 'SUCCEEDED':
      return { label: 'Delivered', badge: 'status-active' };
    case 'FAILED':
      return { label: 'Failed', badge: 'status-voided' };
    case 'PAUSED':
      return { label: 'Paused', badge: 'status-released' };
    case 'CANCELLED':
      return { label: 'Cancelled', badge: 'status-released' };
    default:
      return { label: status, badge: '' };
  }
}

/** What a delivery status means, for the row's note. */
export const DELIVERY_STATUS_NOTES: Record<string, string> = {
  FAILED: 'Gave up after 24 hours of failed attempts.',
  PAUSED: 'Waiting while the webhook is disabled.',
  CANCELLED: 'The webhook was deleted before it was sent.',
};

const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;

/** A server text with its ISO instants written the app's way, in `timeZone`. */
export function withInstants(text: string, timeZone: string): string {
  return text.replace(ISO_INSTANT, (iso) => formatInstant(iso, timeZone));
}

/** How long a request took: "85 ms", "1.2 s". */
export function formatDurationMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
