// Title search and browsing by category over the open auctions, in each
// replica's memory. Redis has no
// text search here (Debian's Redis has no RediSearch), and scanning every
// title in a script would stall every bid behind it, so each replica keeps
// the open auctions' titles itself: read whole at start and after every
// reconnection of the event subscriber (events may have been missed), and
// kept current by the events it relays anyway (created, extended, closed,
// cancelled). Events that arrive during a reading are applied again on top
// of it, as the lobby does in the browser.
import {
  fieldOf,
  storedCategory,
  type FlatHash,
  type StoreEvent,
} from '../../core/auction-view.ts';
import type { OpenAuctionEntry } from '../../core/redis/auction-store.ts';
import type { AuctionCategory } from '../../core/schemas.ts';
import { holdsEvery, queryTerms, searchable } from '../../core/search-text.ts';

/** What a search asks for: words of the title, a category, or both. */
export interface SearchFilter {
  q?: string;
  category?: AuctionCategory;
  /** `ending` (default): soonest-ending first; `newest`: latest listed first. */
  sort?: 'ending' | 'newest';
}

/** Where a page of results ended: the last entry's sort key and id. */
export interface SearchPosition {
  score: number;
  id: string;
}

interface Entry {
  text: string;
  endsAt: number;
  createdAt: number;
  category: AuctionCategory;
}

const endOf = (state: FlatHash) => Number(fieldOf(state, 'endsAt'));
const entryOf = (state: FlatHash): Entry => ({
  text: searchable(fieldOf(state, 'title') ?? ''),
  endsAt: endOf(state),
  createdAt: Number(fieldOf(state, 'createdAt')),
  category: storedCategory(fieldOf(state, 'category')),
});

export type OpenAuctionsIndex = ReturnType<typeof createOpenAuctionsIndex>;

export type { OpenAuctionEntry };

export function createOpenAuctionsIndex(loadAll: () => Promise<OpenAuctionEntry[]>) {
  const entries = new Map<string, Entry>();
  /** Events seen while a reading is in flight, to apply again on top of it. */
  let pending: StoreEvent[] | null = null;
  let ready = false;
  let running: Promise<void> | null = null;
  let again = false;

  function apply(event: StoreEvent): void {
    pending?.push(event);
    switch (event.type) {
      case 'auction:created': {
        const id = fieldOf(event.state, 'id');
        if (id) entries.set(id, entryOf(event.state));
        return;
      }
      case 'auction:edited': {
        // An ended auction is edited too (a removal reversed on appeal): it stays out.
        const id = fieldOf(event.state, 'id');
        if (id && fieldOf(event.state, 'status') === 'open') entries.set(id, entryOf(event.state));
        return;
      }
      case 'bids:placed': {
        // Only a soft-close extension moves the auction in the order.
        if (!event.extended) return;
        const known = entries.get(fieldOf(event.state, 'id') ?? '');
        if (known) known.endsAt = endOf(event.state);
        return;
      }
      case 'auction:closed':
      case 'auction:cancelled':
        entries.delete(fieldOf(event.state, 'id') ?? '');
        return;
    }
  }

  async function readAll(): Promise<void> {
    const seen: StoreEvent[] = [];
    pending = seen;
    try {
      const all = await loadAll();
      entries.clear();
      for (const { id, title, ...rest } of all)
        entries.set(id, { text: searchable(title), ...rest });
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
     * Reads every open auction again; the index answers from the previous
     * reading meanwhile. Asked again while reading, it reads once more after.
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
     * Ids of open auctions whose title holds every word of `q` and that are in
     * `category` (each when given; neither matches nothing), in the order
     * asked, at most `limit` after `after`; `next` is where this page ended,
     * when more follow.
     */
    search(
      { q, category, sort = 'ending' }: SearchFilter,
      limit: number,
      after?: SearchPosition,
    ): { ids: string[]; next: SearchPosition | null } {
      const terms = q === undefined ? null : queryTerms(q);
      if ((terms === null && category === undefined) || terms?.length === 0)
        return { ids: [], next: null };
      const newest = sort === 'newest';
      // Soonest end first, or latest listing first; equal keys by id, so every entry has one place.
      const before = (a: SearchPosition, b: SearchPosition) =>
        newest
          ? b.score - a.score || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
          : a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      // The first limit + 1 in order (one more tells whether a next page
      // exists), kept sorted as they are found: no sort of every match.
      const first: SearchPosition[] = [];
      for (const [id, entry] of entries) {
        if (category !== undefined && entry.category !== category) continue;
        if (terms !== null && !holdsEvery(entry.text, terms)) continue;
        const position = { id, score: newest ? entry.createdAt : entry.endsAt };
        if (after && before(after, position) >= 0) continue;
        if (first.length > limit && before(position, first[limit] as SearchPosition) >= 0) continue;
        let at = first.length;
        while (at > 0 && before(position, first[at - 1] as SearchPosition) < 0) at--;
        first.splice(at, 0, position);
        if (first.length > limit + 1) first.pop();
      }
      const page = first.slice(0, limit);
      const last = page.at(-1);
      return { ids: page.map(({ id }) => id), next: first.length > limit && last ? last : null };
    },
  };
}
