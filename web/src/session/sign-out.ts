// Signing out revokes the token on the server (best effort: an unreachable
// server must not keep anyone signed in here) and forgets it locally; the
// socket then reconnects anonymously.
import { logout } from '../api/endpoints.ts';
import { saveSession } from './session-store.ts';

export async function signOut(): Promise<void> {
  await logout().catch(() => undefined);
  saveSession(null);
}
