// The signed-in session ({token, user}), kept in localStorage so it survives
// reloads. The socket reads the token from here at every (re)connection.
import type { User } from '../../../core/schemas.ts';
import type { Session } from '../api/endpoints.ts';
import { createStore, safeStorage } from '../store.ts';

const STORAGE_KEY = 'arremate.session';

function readStoredSession(): Session | null {
  try {
    const parsed = JSON.parse(safeStorage.read(STORAGE_KEY) ?? 'null') as Session | null;
    return parsed && typeof parsed.token === 'string' && parsed.user?.id ? parsed : null;
  } catch {
    return null;
  }
}

export const sessionStore = createStore<Session | null>(readStoredSession());

export function saveSession(session: Session | null): void {
  safeStorage.write(STORAGE_KEY, session ? JSON.stringify(session) : null);
  sessionStore.set(session);
}

// Signing in or out in another tab applies here too.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key === STORAGE_KEY) sessionStore.set(readStoredSession());
});

/**
 * A newer copy of the signed-in account (e.g. its address just verified),
 * kept only when it is the account signed in here.
 */
export function updateSignedInUser(user: User): void {
  const session = sessionStore.get();
  if (session && session.user.id === user.id) saveSession({ ...session, user });
}
