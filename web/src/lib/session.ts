// What must happen once someone signs in, registered by the signed-in part of the app (which
// the sign-in page does not load): e.g. dropping the cached "not signed in" answer.
const onSignIn = new Set<() => Promise<unknown>>();

/** Runs `handler` after every sign-in; returns the unsubscribe. */
export function whenSignedIn(handler: () => Promise<unknown>): () => void {
  onSignIn.add(handler);
  return () => onSignIn.delete(handler);
}

export async function signedIn(): Promise<void> {
  await Promise.all([...onSignIn].map((handler) => handler()));
}
