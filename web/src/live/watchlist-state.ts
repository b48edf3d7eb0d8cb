// The watchlist page's auctions as pure functions: live updates replace only
// auctions already on the list, and only with a newer version (by seq);
// open ones come first, soonest-ending, then finished ones, latest first.
import type { Auction } from '../../../core/schemas.ts';

export function upsertWatched(items: Auction[], incoming: Auction): Auction[] {
  const index = items.findIndex((item) => item.id === incoming.id);
  const known = items[index];
  if (!known || known.seq > incoming.seq) return items;
  if (known.seq === incoming.seq && known.status === incoming.status) return items;
  return items.map((item, i) => (i === index ? incoming : item));
}

const finishedAt = (auction: Auction) => Date.parse(auction.closedAt ?? auction.endsAt);

export function splitWatched(items: Auction[]): { open: Auction[]; finished: Auction[] } {
  return {
    open: items
      .filter((a) => a.status === 'open')
      .sort((a, b) => Date.parse(a.endsAt) - Date.parse(b.endsAt)),
    finished: items
      .filter((a) => a.status !== 'open')
      .sort((a, b) => finishedAt(b) - finishedAt(a)),
  };
}
