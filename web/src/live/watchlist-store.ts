// The ids on the signed-in user's watchlist (`/api/me/watchlist`), shared by
// every star toggle on the page. Read again whenever the session changes;
// a toggle shows at once and is undone if the API refuses it.
import { api } from '../api/endpoints.ts';
import { sessionStore } from '../session/session-store.ts';
import { createStore } from '../store.ts';

/** null: nobody signed in, or the list has not been read yet. */
export const watchlistStore = createStore<ReadonlySet<string> | null>(null);

let loadedFor: string | null = null;
/** The stars need every id: read in the largest pages the API gives. */
const WHOLE_PAGE = 200;

async function load(): Promise<void> {
  const token = sessionStore.get()?.token ?? null;
  if (token === loadedFor) return;
  loadedFor = token;
  watchlistStore.set(null);
  if (!token) return;
  try {
    const ids = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await api.watchlist(cursor, WHOLE_PAGE);
      for (const auction of page.items) ids.add(auction.id);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && loadedFor === token);
    if (loadedFor === token) watchlistStore.set(ids);
  } catch {
    // Unknown for now; the next session change (or reload) reads it again.
    if (loadedFor === token) loadedFor = null;
  }
}

/** Starts following the session; call once at start-up. */
export function startWatchlistSync(): void {
  void load();
  sessionStore.subscribe(() => void load());
}

function withId(ids: ReadonlySet<string>, id: string, present: boolean): ReadonlySet<string> {
  const next = new Set(ids);
  if (present) next.add(id);
  else next.delete(id);
  return next;
}

/** Adds or removes an auction; rejects (and restores the star) if the API refuses. */
export async function setWatched(auctionId: string, watched: boolean): Promise<void> {
  const before = watchlistStore.get() ?? new Set<string>();
  watchlistStore.set(withId(before, auctionId, watched));
  try {
    await api.setWatched(auctionId, watched);
  } catch (error) {
    const current = watchlistStore.get();
    if (current) watchlistStore.set(withId(current, auctionId, !watched));
    throw error;
  }
}
