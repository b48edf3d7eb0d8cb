// A page's list of auctions (the watchlist, my activity) as pure functions:
// live updates replace only auctions already on the list, and only with a
// newer version (supersedes.ts), unless the page admits the newcomer; open ones
// come first, soonest-ending, then finished ones, latest first.
import type { CompactAuction } from '../../../core/schemas.ts';
import { supersedes } from './supersedes.ts';

/** Whether an auction not on the list yet belongs on it (e.g. the viewer just took the lead). */
export type Admit = (auction: CompactAuction) => boolean;

const admitNone: Admit = () => false;

export function upsertListed(
  items: CompactAuction[],
  incoming: CompactAuction,
  admit = admitNone,
): CompactAuction[] {
  const index = items.findIndex((item) => item.id === incoming.id);
  const known = items[index];
  if (!known) return admit(incoming) ? [incoming, ...items] : items;
  if (!supersedes(known, incoming)) return items;
  return items.map((item, i) => (i === index ? incoming : item));
}

const finishedAt = (auction: CompactAuction) => Date.parse(auction.closedAt ?? auction.endsAt);

export function splitByStatus(items: CompactAuction[]): {
  open: CompactAuction[];
  finished: CompactAuction[];
} {
  return {
    open: items
      .filter((a) => a.status === 'open')
      .sort((a, b) => Date.parse(a.endsAt) - Date.parse(b.endsAt)),
    finished: items
      .filter((a) => a.status !== 'open')
      .sort((a, b) => finishedAt(b) - finishedAt(a)),
  };
}

/** A further page appended: auctions already listed (a live update got there first) keep their place. */
export function appendPage(items: CompactAuction[], page: CompactAuction[]): CompactAuction[] {
  const listed = new Set(items.map((item) => item.id));
  return [...items, ...page.filter((auction) => !listed.has(auction.id))];
}
