import type { Location } from 'react-router';

/** Router state the sign-in page reads to return the user where they were going. */
export interface LoginRedirectState {
  from: Pick<Location, 'pathname' | 'search' | 'hash'>;
}

function isLoginRedirectState(state: unknown): state is LoginRedirectState {
  if (typeof state !== 'object' || state === null || !('from' in state)) return false;
  const { from } = state;
  return typeof from === 'object' && from !== null && 'pathname' in from;
}

/** Where to go after signing in: an in-app path only, never back to the sign-in page. */
export function redirectTarget(state: unknown): string {
  if (!isLoginRedirectState(state)) return '/';
  const { pathname, search, hash } = state.from;
  if (typeof pathname !== 'string' || !pathname.startsWith('/') || pathname.startsWith('//')) {
    return '/';
  }
  if (pathname === '/login') return '/';
  return `${pathname}${typeof search === 'string' ? search : ''}${typeof hash === 'string' ? hash : ''}`;
}
