// What the replica's two search indexes share (open auctions, and those that
// ended lately): entries read whole from Redis and kept current by the events
// the replica relays anyway, where events that arrive during a reading are
// applied again on top of it, as the lobby does in the browser; and a page of
// matches taken in order as the scan finds them, without sorting every match.
import type { StoreEvent } from '../../core/auction-view.ts';
import type { AuctionCategory } from '../../core/schemas.ts';
import { holdsEvery, queryTerms, searchable } from '../../core/search-text.ts';

/** What a search asks for: words of the title, a category, or both. */
export interface TitleFilter {
  q?: string;
  category?: AuctionCategory;
}

/** Where a page of results ended: the last entry's sort key and id. */
export interface SearchPosition {
  score: number;
  id: string;
}

export interface TitleEntry {
  /** The title as search compares it (core/search-text.ts). */
  text: string;
  category: AuctionCategory;
}

/** Orders positions: negative when `a` comes first. */
export type Order = (a: SearchPosition, b: SearchPosition) => number;

/** Soonest (smallest key) first; equal keys by id, so every entry has one place. */
export const ascending: Order = (a, b) =>
  a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Latest (largest key) first; equal keys by id, the other way. */
export const descending: Order = (a, b) => ascending(b, a);

/** An entry as read from Redis: its id and title as written. */
export type StoredEntry<E extends TitleEntry> = Omit<E, 'text'> & { id: string; title: string };

export function createTitleIndex<E extends TitleEntry>(
  load: () => Promise<StoredEntry<E>[]>,
  change: (entries: Map<string, E>, event: StoreEvent) => void,
) {
  const entries = new Map<string, E>();
  /** Events seen while a reading is in flight, to apply again on top of it. */
  let pending: StoreEvent[] | null = null;
  let ready = false;
  let running: Promise<void> | null = null;
  let again = false;

  function apply(event: StoreEvent): void {
    pending?.push(event);
    change(entries, event);
  }

  async function readAll(): Promise<void> {
    const seen: StoreEvent[] = [];
    pending = seen;
    try {
      const all = await load();
      entries.clear();
      // The rest of the entry and its text make an E (TypeScript cannot follow the spread).
      for (const { id, title, ...rest } of all)
        entries.set(id, { ...rest, text: searchable(title) } as unknown as E);
      pending = null;
      for (const event of seen) apply(event);
      ready = true;
    } finally {
      pending = null;
    }
  }

  return {
    apply,

    /**
     * Reads every entry again; the index answers from the previous reading
     * meanwhile. Asked again while reading, it reads once more after.
     */
    rebuild(): Promise<void> {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          await readAll();
        } while (again);
      })().finally(() => (running = null));
      return running;
    },

    /** Whether a reading has completed (until then every search is empty). */
    get ready(): boolean {
      return ready;
    },

    /**
     * Ids of entries whose title holds every word of `q` and that are in
     * `category` (each when given; neither matches nothing), in `order` by
     * `keyOf`, at most `limit` after `after`; `next` is where this page
     * ended, when more follow.
     */
    find(
      { q, category }: TitleFilter,
      order: Order,
      keyOf: (entry: E) => number,
      limit: number,
      after?: SearchPosition,
    ): { ids: string[]; next: SearchPosition | null } {
      const terms = q === undefined ? null : queryTerms(q);
      if ((terms === null && category === undefined) || terms?.length === 0)
        return { ids: [], next: null };
      // The first limit + 1 in order (one more tells whether a next page
      // exists), kept sorted as they are found.
      const first: SearchPosition[] = [];
      for (const [id, entry] of entries) {
        if (category !== undefined && entry.category !== category) continue;
        if (terms !== null && !holdsEvery(entry.text, terms)) continue;
        const position = { id, score: keyOf(entry) };
        if (after && order(after, position) >= 0) continue;
        if (first.length > limit && order(position, first[limit] as SearchPosition) >= 0) continue;
        let at = first.length;
        while (at > 0 && order(position, first[at - 1] as SearchPosition) < 0) at--;
        first.splice(at, 0, position);
        if (first.length > limit + 1) first.pop();
      }
      const page = first.slice(0, limit);
      const last = page.at(-1);
      return { ids: page.map(({ id }) => id), next: first.length > limit && last ? last : null };
    },
  };
}
