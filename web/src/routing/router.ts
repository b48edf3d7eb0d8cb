// Client routing on the History API (no hash, no router dependency). The API
// serves index.html for any non-/api path, so deep links and reloads work.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'lobby' }
  | { name: 'auction'; id: string }
  | { name: 'profile'; id: string }
  | { name: 'newAuction' }
  | { name: 'watchlist' }
  | { name: 'activity' }
  | { name: 'account' }
  | { name: 'moderation' }
  | { name: 'signIn' }
  | { name: 'signUp' }
  | { name: 'forgotPassword' }
  | { name: 'resetPassword' }
  | { name: 'verifyEmail' }
  | { name: 'emailRevert' }
  | { name: 'notFound' };

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'lobby' };
  if (path === '/new') return { name: 'newAuction' };
  if (path === '/watchlist') return { name: 'watchlist' };
  if (path === '/activity') return { name: 'activity' };
  if (path === '/account') return { name: 'account' };
  if (path === '/moderation') return { name: 'moderation' };
  if (path === '/login') return { name: 'signIn' };
  if (path === '/signup') return { name: 'signUp' };
  if (path === '/forgot') return { name: 'forgotPassword' };
  if (path === '/reset') return { name: 'resetPassword' };
  if (path === '/verify-email') return { name: 'verifyEmail' };
  if (path === '/email-revert') return { name: 'emailRevert' };
  const auction = /^\/auctions\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (auction?.[1]) return { name: 'auction', id: auction[1] };
  const profile = /^\/users\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (profile?.[1]) return { name: 'profile', id: profile[1] };
  return { name: 'notFound' };
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const currentLocation = () => window.location.pathname + window.location.search;

export function useLocation(): string {
  return useSyncExternalStore(subscribe, currentLocation, () => '/');
}

/**
 * `replace`: no new history entry (a filter chosen, not a page left).
 * `keepScroll`: the page stays where it was read (default: back to its top,
 * as a page load would) — for a change low on a page, e.g. the moderation
 * log's filters.
 */
export function navigate(
  to: string,
  options: { replace?: boolean; keepScroll?: boolean } = {},
): void {
  if (to === currentLocation()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  if (!options.keepScroll) window.scrollTo(0, 0);
  notify();
}

/**
 * The lobby's address with one parameter set (or removed, when empty), the
 * others kept: the search (`q`), the category and the order (`sort`) live
 * there side by side.
 */
export function lobbyPathWith(name: string, value: string): string {
  return lobbyPathFrom(window.location.search, { [name]: value });
}

/** The lobby's address from a query string with `changes` applied (an empty value removes its parameter). */
export function lobbyPathFrom(search: string, changes: Record<string, string>): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(changes)) {
    if (value) params.set(name, value);
    else params.delete(name);
  }
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

/** A safe in-app path from a `?next=` parameter (never another origin). */
export function nextPathFrom(search: string): string {
  const next = new URLSearchParams(search).get('next') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
