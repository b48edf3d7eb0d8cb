// Search over the auctions that ended lately — what did such an item sell
// for? —, as eBay's sold-items filter: those closed in the last
// ENDED_SEARCH_DAYS, latest ended first, sold or not. Kept in each replica's
// memory like the open ones (open-auctions-index.ts): read at start, after a
// reconnection of the event subscriber and every few minutes (which is also
// when the oldest leave it), and added to as close events arrive. Cancelled
// and removed auctions are not in it: nothing was sold or offered at the end,
// or a moderator took it down after (and it returns if an appeal reverses that).
import { fieldOf, storedCategory, type StoreEvent } from '../../core/auction-view.ts';
import { listedAsEnded, type EndedAuctionEntry } from '../../core/redis/search-entries.ts';
import { searchable } from '../../core/search-text.ts';
import {
  createTitleIndex,
  descending,
  type SearchPosition,
  type TitleEntry,
  type TitleFilter,
} from './title-index.ts';

/** How far back the ended-auctions search reaches (eBay's sold items: 90 days). */
export const ENDED_SEARCH_DAYS = 90;

interface Entry extends TitleEntry {
  closedAt: number;
}

function change(entries: Map<string, Entry>, event: StoreEvent): void {
  if (
    event.type !== 'auction:closed' &&
    event.type !== 'auction:edited' &&
    event.type !== 'auction:removed'
  )
    return;
  const id = fieldOf(event.state, 'id');
  if (!id || fieldOf(event.state, 'status') !== 'closed') return;
  if (event.type === 'auction:removed') {
    entries.delete(id);
    return;
  }
  // An edit of an ended auction is an appeal's reversal of its removal.
  if (!listedAsEnded(fieldOf(event.state, 'removedBy'), fieldOf(event.state, 'removalReversed')))
    return;
  entries.set(id, {
    text: searchable(fieldOf(event.state, 'title') ?? ''),
    closedAt: Number(fieldOf(event.state, 'closedAt')),
    category: storedCategory(fieldOf(event.state, 'category')),
  });
}

export type EndedAuctionsIndex = ReturnType<typeof createEndedAuctionsIndex>;

export function createEndedAuctionsIndex(loadRecent: () => Promise<EndedAuctionEntry[]>) {
  const index = createTitleIndex<Entry>(loadRecent, change);
  return Object.assign(index, {
    /** Ids of ended auctions matching the filter (see createTitleIndex), latest ended first. */
    search(filter: TitleFilter, limit: number, after?: SearchPosition) {
      return index.find(filter, descending, (entry) => entry.closedAt, limit, after);
    },
  });
}
