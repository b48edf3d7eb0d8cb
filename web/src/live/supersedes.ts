// Which of two versions of an auction a list keeps. seq orders bids, ends and
// closes; a seller's correction of the title, description or category, and
// adding or removing a photo, keep the seq so that bids stay numbered from 1,
// so at an equal seq a changed status, title, category or set of photos is
// the later version too, as are a moderator's removal of an auction that had
// ended, a removal reversed on appeal, and bids the moderators cancelled
// without a new one (a suspended account's: the price and leader are worked
// out again, cancelledBidCount grows). (A stale reading that races such a
// change can show the old title or photos until the next event or reading;
// corrections happen before anyone bids, and photos are added one at a time.)
import type { CompactAuction } from '../../../core/schemas.ts';
import { categoryOf } from '../categories.ts';
import { cancelledBidsOf } from './bid-numbering.ts';
import { photosOf } from './photos-of.ts';

export function supersedes(known: CompactAuction, incoming: CompactAuction): boolean {
  if (incoming.seq !== known.seq) return incoming.seq > known.seq;
  return (
    incoming.status !== known.status ||
    incoming.title !== known.title ||
    categoryOf(incoming) !== categoryOf(known) ||
    photoIds(incoming) !== photoIds(known) ||
    cancelledBidsOf(incoming) > cancelledBidsOf(known) ||
    // A removal, and its reversal, are never undone (a reversal keeps the
    // reason), so a stale reading without them does not take them back.
    (incoming.removalReason !== undefined && known.removalReason === undefined) ||
    (incoming.removalReversed === true && known.removalReversed !== true)
  );
}

const photoIds = (auction: CompactAuction) =>
  photosOf(auction)
    .map((photo) => photo.id)
    .join(' ');
