// The moderators' queue kept live, as pure rules. `moderation:queue` says only
// which auction's place in the queue changed (reported, removed, kept); the
// page then reads the queue again, as many pages as it shows, and takes from
// that reading what concerns the items it lists — nothing else moves:
// - a listed item still waiting is updated in place (new reports join it);
// - a listed item no longer waiting was decided elsewhere: it leaves;
// - an auction waiting but not listed only raises a notice (`news`), which
//   reads the queue again from its first page when pressed.
// The queue is ordered by each auction's first open report, and a report
// never places an auction before one already waiting, so the same number of
// pages read again covers every listed item still waiting (flagAuction-6.lua).
import type { FlaggedAuction, ModerationQueue } from '../../../core/schemas.ts';
import { pendingItems } from './moderation-queue.ts';

/** The first pages of the queue, read again. */
export interface QueueReading {
  items: FlaggedAuction[];
  /** Whether it reached the queue's end (no page after it). */
  complete: boolean;
}

/** Reads the queue's first `pages` pages, each auction once, as LoadMore showed them. */
export async function readQueuePages(
  read: (cursor?: string) => Promise<ModerationQueue>,
  pages: number,
): Promise<QueueReading> {
  let page = await read();
  let items = page.items;
  for (let n = 1; n < pages && page.nextCursor !== null; n++) {
    page = await read(page.nextCursor);
    items = [...items, ...page.items];
  }
  return { items: pendingItems(items, new Set()), complete: page.nextCursor === null };
}

/** What the page knows besides the items it lists. */
export interface QueueContext {
  /** The list held every auction waiting when it was read (no *Carregar mais* left). */
  listComplete: boolean;
  /** Auctions removed or kept on this page (their own events come back to it). */
  decidedHere: ReadonlySet<string>;
  /** Auctions a decision is being taken on here: they stay until it answers. */
  deciding: ReadonlySet<string>;
}

export interface MergedReading {
  items: FlaggedAuction[];
  /** Listed items no longer waiting: decided in another session. */
  left: FlaggedAuction[];
  /** Listed items with more reports than before. */
  reported: FlaggedAuction[];
  /** Some auction waits that the list does not show. */
  news: boolean;
}

/**
 * Applies a reading to the listed items. `changed`: the auctions whose events
 * led to it, or 'all' when events may have been missed (a reconnection).
 */
export function mergeReading(
  listed: readonly FlaggedAuction[],
  reading: QueueReading,
  changed: ReadonlySet<string> | 'all',
  context: QueueContext,
): MergedReading {
  const fresh = new Map(reading.items.map((item) => [item.auction.id, item]));
  const items: FlaggedAuction[] = [];
  const left: FlaggedAuction[] = [];
  const reported: FlaggedAuction[] = [];
  for (const item of listed) {
    const now = fresh.get(item.auction.id);
    if (now) {
      items.push(now);
      if (now.flags.length > item.flags.length) reported.push(now);
    } else if (context.deciding.has(item.auction.id)) items.push(item);
    else left.push(item);
  }
  const shown = new Set(listed.map(({ auction }) => auction.id));
  const waitsUnseen = (id: string) =>
    fresh.has(id) ||
    // Past the pages read: a new report sorts last; one's own decision echoes.
    (!reading.complete && !context.decidedHere.has(id));
  const named = changed === 'all' ? [] : [...changed].filter((id) => !shown.has(id));
  const news =
    named.some(waitsUnseen) ||
    // Everything was listed: any other auction waiting came since (one decided
    // here too: the reading began after the decision, so it was reported again).
    (context.listComplete && reading.items.some(({ auction }) => !shown.has(auction.id)));
  return { items, left, reported, news };
}

/** The auction of the listed item holding the focus, if any (its `data-auction-id`). */
export function focusedAuction(active: Element | null): string | null {
  return active?.closest<HTMLElement>('[data-auction-id]')?.dataset.auctionId ?? null;
}
