import { lookup } from 'node:dns/promises';
import { Webhook } from 'standardwebhooks';
import { isPrivateAddress } from './webhooks.rules';

export interface SignedRequest {
  url: string;
  messageId: string;
  body: string;
  /** Every secret that signs (the current one, and the previous one for a day after a rotation). */
  secrets: string[];
}

export interface SendOutcome {
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

/**
 * The Standard Webhooks headers for one attempt. The signature header lists one `v1,<sig>`
 * per secret, space-separated, so a receiver with either secret verifies it.
 */
export function signedHeaders(request: SignedRequest, at: Date): Record<string, string> {
  const signatures = request.secrets.map((secret) =>
    new Webhook(secret).sign(request.messageId, at, request.body),
  );
  return {
    'content-type': 'application/json',
    'user-agent': 'rewards-webhooks/1',
    'webhook-id': request.messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}

/**
 * One POST. Redirects are not followed (a redirect could lead anywhere); when private targets
 * are not allowed, a host that resolves to a private address is refused before connecting.
 */
export async function send(
  request: SignedRequest,
  options: { timeoutMs: number; allowPrivate: boolean },
): Promise<SendOutcome> {
  const started = Date.now();
  const done = (statusCode: number | null, error: string | null): SendOutcome => ({
    statusCode,
    error: error?.slice(0, 500) ?? null,
    durationMs: Date.now() - started,
  });
  try {
    if (!options.allowPrivate) {
      const host = new URL(request.url).hostname;
      const addresses = await lookup(host.replace(/^\[|\]$/g, ''), { all: true });
      if (addresses.some((a) => isPrivateAddress(a.address))) {
        return done(null, `refused: ${host} resolves to a private or loopback address`);
      }
    }
    // The signature's timestamp is the moment of sending by the wall clock: receivers check it
    // against theirs to refuse replays.
    const response = await fetch(request.url, {
      method: 'POST',
      headers: signedHeaders(request, new Date()),
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    // The body is not needed; reading it frees the connection.
    await response.arrayBuffer().catch(() => undefined);
    return done(
      response.status,
      response.status >= 200 && response.status < 300 ? null : `HTTP ${response.status}`,
    );
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError') {
      return done(null, `timed out after ${options.timeoutMs} ms`);
    }
    return done(null, e.cause?.code ? `${e.cause.code}: ${e.message}` : e.message);
  }
}
