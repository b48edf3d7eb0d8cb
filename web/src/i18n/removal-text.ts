// How an auction's state reads, a moderator's removal included: "Removido
// pela moderação: Fraude ou golpe." wherever auctions show how they ended
// (the page's banner, cards and rows, the moderators' queue). A removal after
// the end leaves the result standing, so the words of how it ended stay too.
import type { CompactAuction, FlagReason } from '../../../core/schemas.ts';
import { endedByRemoval, isRemoved, removalReasonOf } from '../flag-reasons.ts';
import type { Messages } from './messages-pt-br.ts';

type State = Pick<CompactAuction, 'status' | 'outcome' | 'removalReason'>;

/** The removal in one sentence, naming the reason when this build knows it. */
export function removedText(auction: State, t: Messages): string {
  const reason = removalReasonOf(auction);
  return reason ? t.auction.removedFor(t.flagReasons[reason]) : `${t.auction.removed}.`;
}

/**
 * The word for how an auction stopped taking bids: removed (while open),
 * cancelled or closed. One removed after its end keeps the word of its end.
 */
export function finishedLabel(auction: Pick<State, 'status' | 'outcome'>, t: Messages): string {
  if (endedByRemoval(auction)) return t.auction.removed;
  return auction.status === 'cancelled' ? t.auction.cancelled : t.auction.closed;
}

/** Where an auction stands, open or how it ended, in a few words (the moderators' queue). */
export function stateText(auction: State, t: Messages): string {
  if (auction.status === 'open') return t.auction.open;
  return isRemoved(auction) ? removedText(auction, t) : finishedLabel(auction, t);
}

/**
 * The moderator's *Remover anúncio* question: removing ends an open auction
 * for good, without a sale; an ended one keeps its result (a sale stands
 * between its parties) and only leaves the searches, its page saying why.
 */
export function removalQuestion(
  auction: Pick<CompactAuction, 'status' | 'title'>,
  reason: FlagReason,
  t: Messages,
): string {
  const why = t.flagReasons[reason];
  return auction.status === 'open'
    ? t.moderation.removeQuestion(auction.title, why)
    : t.moderation.removeEndedQuestion(auction.title, why);
}
