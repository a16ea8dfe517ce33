// The set-password page talks to the API without the GraphQL client or a session, as the sign-in
// page does: the person arrives from a link, signed in to nothing, often on a phone.

const ANSWER = `
    __typename
    ... on PasswordLinkOffer { name email expiresAt }
    ... on ErrorResult { errorCode message }`;

export const PASSWORD_LINK_OFFER = `query SetPasswordOffer($token: String!) {
  passwordLinkOffer(token: $token) {${ANSWER}
  }
}`;

export const SET_PASSWORD_WITH_LINK = `mutation SetPasswordWithLink($token: String!, $password: String!) {
  setPasswordWithLink(token: $token, password: $password) {${ANSWER}
  }
}`;

/** Whose account a link is for, and until when it works. */
export interface PasswordLinkOffer {
  name: string;
  email: string;
  expiresAt: string;
}

export type PasswordLinkAnswer =
  | { kind: 'offer'; offer: PasswordLinkOffer }
  /** The link is used, replaced, expired or made up: the server says which. */
  | { kind: 'refused'; message: string }
  /** The password was refused (its length). */
  | { kind: 'password'; message: string }
  /** Too many tries from this address; wait and try again. */
  | { kind: 'busy'; message: string }
  | { kind: 'unreachable'; message: string };

export const UNREACHABLE =
  'The rewards service could not be reached. Check your connection and try again.';

/** Too many tries: when to try again, from the server's retry time. */
export function busyMessage(retryAfterSeconds: unknown): string {
  const seconds = typeof retryAfterSeconds === 'number' ? Math.ceil(retryAfterSeconds) : null;
  if (!seconds || seconds <= 0)
    return 'Too many tries from this network. Wait a minute and try again.';
  const wait =
    seconds < 60
      ? `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`
      : `${Math.ceil(seconds / 60)} ${Math.ceil(seconds / 60) === 1 ? 'minute' : 'minutes'}`;
  return `Too many tries from this network. Try again in ${wait}.`;
}

interface Body {
  data?: Record<
    string,
    (Partial<PasswordLinkOffer> & { __typename: string; message?: string }) | null
  > | null;
  errors?: {
    message?: string;
    extensions?: { code?: string; field?: string; retryAfter?: unknown };
  }[];
}

async function post(
  operationName: string,
  query: string,
  variables: Record<string, string>,
): Promise<Body | null> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'omit',
    // The same CSRF-safe request the GraphQL client sends.
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ operationName, query, variables }),
  });
  return (await response.json().catch(() => null)) as Body | null;
}

function answerOf(body: Body | null, field: string): PasswordLinkAnswer {
  const answer = body?.data?.[field];
  if (answer?.__typename === 'PasswordLinkOffer') {
    const { name = '', email = '', expiresAt = '' } = answer;
    return { kind: 'offer', offer: { name, email, expiresAt } };
  }
  if (answer?.message) return { kind: 'refused', message: answer.message };
  const error = body?.errors?.[0];
  const code = error?.extensions?.code;
  if (code === 'RATE_LIMITED') {
    return { kind: 'busy', message: busyMessage(error?.extensions?.retryAfter) };
  }
  if (code === 'BAD_USER_INPUT' && error?.extensions?.field === 'password') {
    return { kind: 'password', message: error.message ?? 'Use 10 to 200 characters.' };
  }
  if (code === 'BAD_USER_INPUT') {
    return {
      kind: 'refused',
      message: 'This link does not work: check that it was copied whole, or ask for a new one.',
    };
  }
  return { kind: 'unreachable', message: UNREACHABLE };
}

/** Whose account the link is for, or why it does not work. */
export async function askPasswordLinkOffer(token: string): Promise<PasswordLinkAnswer> {
  try {
    return answerOf(
      await post('SetPasswordOffer', PASSWORD_LINK_OFFER, { token }),
      'passwordLinkOffer',
    );
  } catch {
    return { kind: 'unreachable', message: UNREACHABLE };
  }
}

/** Sets the password with the link (once). */
export async function setPasswordWithLink(
  token: string,
  password: string,
): Promise<PasswordLinkAnswer> {
  try {
    return answerOf(
      await post('SetPasswordWithLink', SET_PASSWORD_WITH_LINK, { token, password }),
      'setPasswordWithLink',
    );
  } catch {
    return { kind: 'unreachable', message: UNREACHABLE };
  }
}
