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
import type { OpenAuctionEntry } from '../../core/redis/search-entries.ts';
import { searchable } from '../../core/search-text.ts';
import {
  ascending,
  createTitleIndex,
  descending,
  type SearchPosition,
  type TitleEntry,
  type TitleFilter,
} from './title-index.ts';

/** What a search of the open auctions asks for. */
export interface SearchFilter extends TitleFilter {
  /** `ending` (default): soonest-ending first; `newest`: latest listed first. */
  sort?: 'ending' | 'newest';
}

interface Entry extends TitleEntry {
  endsAt: number;
  createdAt: number;
}

const endOf = (state: FlatHash) => Number(fieldOf(state, 'endsAt'));
const entryOf = (state: FlatHash): Entry => ({
  text: searchable(fieldOf(state, 'title') ?? ''),
  endsAt: endOf(state),
  createdAt: Number(fieldOf(state, 'createdAt')),
  category: storedCategory(fieldOf(state, 'category')),
});

function change(entries: Map<string, Entry>, event: StoreEvent): void {
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

export type OpenAuctionsIndex = ReturnType<typeof createOpenAuctionsIndex>;

export type { OpenAuctionEntry, SearchPosition };

export function createOpenAuctionsIndex(loadAll: () => Promise<OpenAuctionEntry[]>) {
  const index = createTitleIndex<Entry>(loadAll, change);
  return Object.assign(index, {
    /**
     * Ids of open auctions matching the filter (see createTitleIndex), soonest
     * end first or latest listing first, at most `limit` after `after`.
     */
    search({ sort = 'ending', ...filter }: SearchFilter, limit: number, after?: SearchPosition) {
      return sort === 'newest'
        ? index.find(filter, descending, (entry) => entry.createdAt, limit, after)
        : index.find(filter, ascending, (entry) => entry.endsAt, limit, after);
    },
  });
}
