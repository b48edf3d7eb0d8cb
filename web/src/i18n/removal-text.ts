// How an auction's state reads, a moderator's removal included: "Removido
// pela moderação: Fraude ou golpe." wherever auctions show how they ended
// (the page's banner, cards and rows, the moderators' queue).
import type { CompactAuction } from '../../../core/schemas.ts';
import { isRemoved, removalReasonOf } from '../flag-reasons.ts';
import type { Messages } from './messages-pt-br.ts';

type State = Pick<CompactAuction, 'status' | 'outcome' | 'removalReason'>;

/** The removal in one sentence, naming the reason when this build knows it. */
export function removedText(auction: State, t: Messages): string {
  const reason = removalReasonOf(auction);
  return reason ? t.auction.removedFor(t.flagReasons[reason]) : `${t.auction.removed}.`;
}

/** The word for an auction that is no longer open: removed, cancelled or closed. */
export function finishedLabel(auction: Pick<State, 'status' | 'outcome'>, t: Messages): string {
  if (isRemoved(auction)) return t.auction.removed;
  return auction.status === 'cancelled' ? t.auction.cancelled : t.auction.closed;
}

/** Where an auction stands, open or how it ended, in a few words (the moderators' queue). */
export function stateText(auction: State, t: Messages): string {
  if (auction.status === 'open') return t.auction.open;
  return isRemoved(auction) ? removedText(auction, t) : finishedLabel(auction, t);
}
