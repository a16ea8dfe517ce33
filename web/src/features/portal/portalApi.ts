// The Profile Portal talks to the API without the GraphQL client or a session: a customer
// arrives from a link, signed in to nothing, and the page should load fast on a phone.

export const OFFER = `query PortalOffer($token: String!) {
  rewardExtensionOffer(token: $token) {
    __typename
    ... on RewardExtensionOffer {
      rewardName customerFirstName expiresAt newExpiresAt timezone
      valueRemaining { amount currency }
    }
    ... on ErrorResult { message }
  }
}`;

export const EXTEND = `mutation PortalExtend($token: String!) {
  extendRewardWithLink(token: $token) {
    __typename
    ... on RewardExtensionOffer {
      rewardName customerFirstName expiresAt newExpiresAt timezone
      valueRemaining { amount currency }
    }
    ... on ErrorResult { message }
  }
}`;

export interface Offer {
  rewardName: string;
  customerFirstName: string | null;
  expiresAt: string;
  newExpiresAt: string;
  timezone: string;
  valueRemaining: { amount: number; currency: string };
}

export type PortalAnswer =
  | { kind: 'offer'; offer: Offer }
  | { kind: 'refused'; message: string }
  | { kind: 'unreachable'; message: string };

const UNREACHABLE = 'We could not reach the rewards service. Check your connection and try again.';
const BUSY = 'Too many tries from this network. Wait a minute and try again.';

interface Body {
  data?: Record<string, (Partial<Offer> & { __typename: string; message?: string }) | null>;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

export async function askPortal(
  operationName: 'PortalOffer' | 'PortalExtend',
  token: string,
): Promise<PortalAnswer> {
  let body: Body | null;
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({
        operationName,
        query: operationName === 'PortalOffer' ? OFFER : EXTEND,
        variables: { token },
      }),
    });
    body = (await response.json().catch(() => null)) as Body | null;
  } catch {
    return { kind: 'unreachable', message: UNREACHABLE };
  }
  const answer =
    body?.data?.[operationName === 'PortalOffer' ? 'rewardExtensionOffer' : 'extendRewardWithLink'];
  if (answer?.__typename === 'RewardExtensionOffer')
    return { kind: 'offer', offer: answer as Offer };
  if (answer?.message) return { kind: 'refused', message: answer.message };
  const error = body?.errors?.[0];
  if (error?.extensions?.code === 'RATE_LIMITED') return { kind: 'unreachable', message: BUSY };
  if (error?.extensions?.code === 'BAD_USER_INPUT') {
    return {
      kind: 'refused',
      message: 'This link is not valid. Check that you opened the whole link.',
    };
  }
  return { kind: 'unreachable', message: UNREACHABLE };
}
