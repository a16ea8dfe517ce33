import { isIP } from 'node:net';

// Pure rules about webhooks: event names, what the ledger announces, retry timing and which
// URLs an endpoint may have. No I/O.

export const WEBHOOK_EVENTS = [
  'reward.issued',
  'reward.redeemed',
  'reward.extended',
  'reward.voided',
  'reward.expired',
  'reward.expiring',
  'redemption.reversed',
  'redemption.returned',
] as const;
export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];

export function isWebhookEvent(name: string): name is WebhookEventName {
  return (WEBHOOK_EVENTS as readonly string[]).includes(name);
}

/**
 * The reward event a ledger entry announces. REVERSAL and RETURN entries are announced by
 * their redemption's event instead (one per reversal or return, not one per reward).
 */
export function eventForEntry(type: string): WebhookEventName | null {
  switch (type) {
    case 'ISSUE':
      return 'reward.issued';
    case 'REDEEM':
      return 'reward.redeemed';
    case 'EXTEND':
      return 'reward.extended';
    case 'VOID':
      return 'reward.voided';
    case 'EXPIRE':
      return 'reward.expired';
    default:
      return null;
  }
}

/** Deliveries are retried for this long after the event; an endpoint failing this long is disabled. */
export const RETRY_WINDOW_MS = 24 * 3_600_000;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 2 * 3_600_000;

/**
 * When to try again after `failures` failed attempts: exponential (30 s, 1 min, 2 min, … up to
 * 2 h) with "equal jitter" (half the delay fixed, half random) so receivers coming back up are
 * not hit by every retry at once. Null once the next try would fall past `retryUntil`.
 */
export function nextAttemptAt(
  failures: number,
  retryUntil: Date,
  now: Date,
  random: () => number = Math.random,
): Date | null {
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), MAX_RETRY_MS);
  const delay = base / 2 + random() * (base / 2);
  const at = now.getTime() + Math.round(delay);
  return at > retryUntil.getTime() ? null : new Date(at);
}

/** Whether an endpoint failing since `failingSince` has failed long enough to be disabled. */
export function shouldDisable(failingSince: Date | null, now: Date): boolean {
  return failingSince !== null && now.getTime() - failingSince.getTime() >= RETRY_WINDOW_MS;
}

/** A 2xx answer is a delivery; anything else (or no answer) is a failure to retry. */
export function isSuccess(status: number | null): boolean {
  return status !== null && status >= 200 && status < 300;
}

function ipv4Private(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

/** Loopback, private, link-local, CGNAT, unspecified, multicast and reserved addresses. */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').toLowerCase();
  const kind = isIP(ip);
  if (kind === 4) return ipv4Private(ip);
  if (kind === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
    if (mapped) return ipv4Private(mapped[1]);
    // The URL parser writes an IPv4-mapped address in hex (::ffff:7f00:1).
    const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(ip);
    if (hex) {
      const [hi, lo] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
      return ipv4Private(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
    }
    return (
      ip === '::' ||
      ip === '::1' ||
      /^f[cd]/.test(ip) || // unique local fc00::/7
      /^fe[89ab]/.test(ip) || // link-local fe80::/10
      /^ff/.test(ip) // multicast
    );
  }
  return false;
}

export type UrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

/**
 * An endpoint URL: absolute http(s), no credentials in it, and (unless private targets are
 * allowed) not a loopback or private host named literally. Names that resolve to private
 * addresses are refused again when delivering.
 */
export function checkEndpointUrl(raw: string, allowPrivate: boolean): UrlVerdict {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: 'The URL is not an absolute URL.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: 'The URL must start with http:// or https://.' };
  }
  if (url.username || url.password) {
    return { ok: false, reason: 'The URL may not carry a user name or password.' };
  }
  const host = url.hostname.toLowerCase();
  if (!host) return { ok: false, reason: 'The URL has no host.' };
  if (!allowPrivate) {
    if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) {
      return { ok: false, reason: 'The URL may not point at this machine or a local network.' };
    }
    if (isPrivateAddress(host)) {
      return { ok: false, reason: 'The URL may not point at a loopback or private address.' };
    }
  }
  return { ok: true, url: url.toString() };
}
