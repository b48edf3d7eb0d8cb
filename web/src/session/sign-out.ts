// Signing out forgets the token here; the socket reconnects anonymously.
import { saveSession } from './session-store.ts';

export function signOut(): void {
  saveSession(null);
}
