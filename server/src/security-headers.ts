import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** One year, the figure browsers' preload lists ask for; subdomains are left to their owners. */
export const HSTS_MAX_AGE_SECONDS = 31_536_000;

// The admin SPA is Vite-built: its scripts and styles come from this server only.
const DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Component libraries set inline style attributes.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

// Apollo Sandbox (development only, at GET /graphql) loads from Apollo's CDN with inline
// scripts whose nonce the page picks itself, so the policy there is looser.
const SANDBOX_DIRECTIVES = {
  ...DIRECTIVES,
  scriptSrc: [
    "'self'",
    "'unsafe-inline'",
    'https://embeddable-sandbox.cdn.apollographql.com',
    'https://embeddable-explorer.cdn.apollographql.com',
  ],
  styleSrc: ["'self'", "'unsafe-inline'", 'https://fonts.googleapis.com'],
  fontSrc: ["'self'", 'https://fonts.gstatic.com'],
  imgSrc: ["'self'", 'data:', 'https://apollo-server-landing-page.cdn.apollographql.com'],
  frameSrc: ['https://sandbox.embed.apollographql.com', 'https://explorer.embed.apollographql.com'],
};

/**
 * Browser protections on every response (API, health and the admin SPA alike): a
 * Content-Security-Policy, nosniff, no framing, no referrer, and Strict-Transport-Security
 * when `hsts` (HSTS, on by default in production). `sandbox` allows Apollo Sandbox's CDN on
 * /graphql (development only).
 */
export function securityHeaders(options: { hsts: boolean; sandbox: boolean }): RequestHandler {
  const common = {
    strictTransportSecurity: options.hsts
      ? { maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: false }
      : false,
    xFrameOptions: { action: 'deny' as const },
    referrerPolicy: { policy: 'no-referrer' as const },
  };
  const strict = helmet({ ...common, contentSecurityPolicy: { directives: DIRECTIVES } });
  if (!options.sandbox) return strict;
  const sandbox = helmet({
    ...common,
    contentSecurityPolicy: { directives: SANDBOX_DIRECTIVES },
  });
  return (req, res, next) =>
    (req.path === '/graphql' && req.method === 'GET' ? sandbox : strict)(req, res, next);
}
