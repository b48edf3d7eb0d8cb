// Which of two versions of an auction a list keeps. seq orders bids, ends and
// closes; a seller's correction of the title or description (before the
// first bid) keeps the seq so that bids stay numbered from 1, so at an equal
// seq a changed status or title is the later version too. (A stale reading
// that races a correction can show the old title until the next event or
// reading; corrections are rare and happen before anyone bids.)
import type { CompactAuction } from '../../../core/schemas.ts';

export function supersedes(known: CompactAuction, incoming: CompactAuction): boolean {
  if (incoming.seq !== known.seq) return incoming.seq > known.seq;
  return incoming.status !== known.status || incoming.title !== known.title;
}
