import { createHash, randomBytes } from 'node:crypto';

// Pure rules about Profile Portal links: tokens, their hash, and why a link cannot be used.

export const LINK_TOKEN_PREFIX = 'rwl_';
export const LINK_TTL_DAYS = 30;
const TOKEN_SHAPE = /^rwl_[A-Za-z0-9_-]{43}$/;

/** 256 random bits, URL-safe. */
export function newLinkToken(): string {
  return LINK_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** Tokens are high-entropy, so a fast hash stores them safely; only the hash is kept. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether a string could be a token at all (anything else is refused without a lookup). */
export function looksLikeToken(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

export interface LinkFacts {
  expiresAt: Date;
  usedAt: Date | null;
  rewardStatus: 'PENDING' | 'ACTIVE' | 'USED' | 'EXPIRED' | 'VOIDED';
  /** Another link for the same reward was used (one self-service extension per reward). */
  extendedByCustomer: boolean;
}

/** Why a link found by its token cannot be used now, in words for the customer; null if it can. */
export function linkRefusal(link: LinkFacts, now: Date): string | null {
  if (link.usedAt) return 'This link was already used: the reward has been extended.';
  if (link.extendedByCustomer) return 'This reward has already been extended once.';
  if (now.getTime() > link.expiresAt.getTime()) return 'This link has expired.';
  if (link.rewardStatus === 'VOIDED') return 'This reward is no longer available.';
  if (link.rewardStatus === 'USED') return 'This reward has been used in full.';
  return null;
}

/** The link's page, on the app's public address. */
export function linkUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/portal/extend?token=${encodeURIComponent(token)}`;
}
