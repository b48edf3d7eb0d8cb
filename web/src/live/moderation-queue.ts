// The moderators' queue as pure rules: which reason to offer first when
// removing an auction, which items the page still lists once some were
// acted on here, and where the focus goes when one leaves.
import type { AuctionFlag, FlaggedAuction, FlagReason } from '../../../core/schemas.ts';
import { isFlagReason } from '../flag-reasons.ts';

/**
 * The reason most of the reports give; between equals, the one reported
 * first (the reports come oldest first). `other` without reports, and a
 * reason this build does not know (a newer replica's) is not offered.
 */
export function mostReportedReason(flags: readonly Pick<AuctionFlag, 'reason'>[]): FlagReason {
  const counts = new Map<FlagReason, number>();
  for (const { reason } of flags)
    if (isFlagReason(reason)) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  let best: FlagReason = 'other';
  let bestCount = 0;
  // A Map iterates in first-insertion order, so the earlier reason wins a tie.
  for (const [reason, count] of counts) if (count > bestCount) [best, bestCount] = [reason, count];
  return best;
}

/**
 * The items still waiting: without the auctions removed or kept on this page,
 * and each auction once — a page read after another may list again one whose
 * place in the queue changed meanwhile.
 */
export function pendingItems(
  items: readonly FlaggedAuction[],
  done: ReadonlySet<string>,
): FlaggedAuction[] {
  const seen = new Set<string>();
  return items.filter(({ auction }) => {
    if (done.has(auction.id) || seen.has(auction.id)) return false;
    seen.add(auction.id);
    return true;
  });
}

/**
 * The auction whose item takes the focus when `auctionId`'s leaves the list:
 * the next one, else the one before; null when the list empties.
 */
export function neighbourOf(
  items: readonly Pick<FlaggedAuction, 'auction'>[],
  auctionId: string,
): string | null {
  const at = items.findIndex(({ auction }) => auction.id === auctionId);
  if (at === -1) return null;
  return (items[at + 1] ?? items[at - 1])?.auction.id ?? null;
}
