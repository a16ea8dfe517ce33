// Signing in without the GraphQL client: the sign-in page is the first a visitor loads, so it
// posts the one mutation with fetch and leaves Apollo (and every other page) to the signed-in
// part of the app. The token is deliberately not selected: the session is the HttpOnly cookie.
export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { expiresAt }
}`;

const UNREACHABLE = 'The server could not be reached. Check your connection and try again.';

export type SignInResult = { ok: true } | { ok: false; message: string };

interface LoginResponse {
  data?: { login?: { expiresAt: string } | null } | null;
  errors?: { message?: string }[];
}

export async function signIn(email: string, password: string): Promise<SignInResult> {
  let body: LoginResponse | null;
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      // The same CSRF-safe request the GraphQL client sends.
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({
        operationName: 'Login',
        query: LOGIN,
        variables: { email, password },
      }),
    });
    body = (await response.json().catch(() => null)) as LoginResponse | null;
  } catch {
    return { ok: false, message: UNREACHABLE };
  }
  if (body?.data?.login) return { ok: true };
  return { ok: false, message: body?.errors?.[0]?.message ?? UNREACHABLE };
}
