// Title search over the open auctions, in each replica's memory. Redis has no
// text search here (Debian's Redis has no RediSearch), and scanning every
// title in a script would stall every bid behind it, so each replica keeps
// the open auctions' titles itself: read whole at start and after every
// reconnection of the event subscriber (events may have been missed), and
// kept current by the events it relays anyway (created, extended, closed,
// cancelled). Events that arrive during a reading are applied again on top
// of it, as the lobby does in the browser.
import { fieldOf, type FlatHash, type StoreEvent } from '../../core/auction-view.ts';
import { holdsEvery, queryTerms, searchable } from '../../core/search-text.ts';

export interface OpenAuctionEntry {
  id: string;
  title: string;
  endsAt: number;
}

const endOf = (state: FlatHash) => Number(fieldOf(state, 'endsAt'));

export type OpenAuctionsIndex = ReturnType<typeof createOpenAuctionsIndex>;

export function createOpenAuctionsIndex(loadAll: () => Promise<OpenAuctionEntry[]>) {
  const entries = new Map<string, { text: string; endsAt: number }>();
  /** Events seen while a reading is in flight, to apply again on top of it. */
  let pending: StoreEvent[] | null = null;
  let ready = false;
  let running: Promise<void> | null = null;
  let again = false;

  function apply(event: StoreEvent): void {
    pending?.push(event);
    switch (event.type) {
      case 'auction:created':
      case 'auction:edited': {
        const id = fieldOf(event.state, 'id');
        const title = fieldOf(event.state, 'title') ?? '';
        if (id) entries.set(id, { text: searchable(title), endsAt: endOf(event.state) });
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
      for (const { id, title, endsAt } of all) entries.set(id, { text: searchable(title), endsAt });
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

    /** Ids of open auctions whose title holds every word, soonest-ending first. */
    search(query: string, limit: number): string[] {
      const terms = queryTerms(query);
      const found: [string, number][] = [];
      for (const [id, { text, endsAt }] of entries)
        if (holdsEvery(text, terms)) found.push([id, endsAt]);
      return found
        .sort((a, b) => a[1] - b[1])
        .slice(0, limit)
        .map(([id]) => id);
    },
  };
}
