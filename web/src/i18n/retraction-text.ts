// The words of bids that no longer count — taken back by their bidder (bid
// retraction), cancelled by the seller (one bidder's, eBay's bid
// cancellation) or by the moderators (a suspended account's) — and of
// retracting one: the history's label, the leader's alert, the question asked
// before retracting, what the answer took back, what the bid form says of a
// bid of the viewer's withdrawn elsewhere, and each refusal. A
// `bids:cancelled` without a reason comes from a release before retractions,
// when only the moderators cancelled bids.
import type {
  Bid,
  BidsCancelled,
  CompactAuction,
  RetractionResult,
} from '../../../core/schemas.ts';
import { ApiError } from '../api/http.ts';
import { formatMoney, type Locale } from '../format.ts';
import {
  ownRetractedBids,
  RETRACT_ALL_BEFORE_END_HOURS,
  RETRACT_LATEST_WITHIN_HOURS,
  type RetractionScope,
} from '../forms/bid-retraction.ts';
import type { OwnBidWithdrawal } from '../forms/withdrawn-own-bid.ts';
import { errorMessage } from './error-message.ts';
import type { Messages } from './messages-pt-br.ts';

export type WithdrawalReason = BidsCancelled['reason'];

/** The words beside a bid in the history: why it no longer counts, or null when it stands. */
export function withdrawnBidLabel(
  bid: Pick<Bid, 'cancelled' | 'retracted' | 'cancelledBySeller'>,
  t: Messages,
) {
  if (!bid.cancelled) return null;
  if (bid.cancelledBySeller) return t.auction.sellerCancelledBid;
  return bid.retracted ? t.auction.retractedBid : t.auction.cancelledBid;
}

/** The leader's alert once bids were withdrawn and they lead, at `price`. */
export function leadsAgainText(
  reason: WithdrawalReason | undefined,
  title: string,
  price: string,
  t: Messages,
): string {
  if (reason === 'seller') return t.alerts.bidsCancelledBySeller(title, price);
  return reason === 'retraction'
    ? t.alerts.bidRetracted(title, price)
    : t.alerts.bidsCancelled(title, price);
}

/** The announcement of each reason's withdrawal. */
const ANNOUNCEMENTS = {
  moderation: 'announceBidsCancelled',
  retraction: 'announceBidRetracted',
  seller: 'announceSellerCancelled',
} as const satisfies Record<WithdrawalReason, keyof Messages['auction']>;

/** What the auction page announces once bids were withdrawn: who leads now, at what price. */
export function withdrawalAnnouncement(
  reason: WithdrawalReason | undefined,
  auction: Pick<CompactAuction, 'leader' | 'currentPrice'>,
  t: Messages,
  locale: Locale,
): string {
  // A reason this build does not know (a newer replica's) reads as the moderators'.
  const known = reason !== undefined && Object.hasOwn(ANNOUNCEMENTS, reason);
  const say = t.auction[ANNOUNCEMENTS[known ? reason : 'moderation']];
  return say(auction.leader?.name ?? null, formatMoney(auction.currentPrice, locale));
}

/** The question before retracting, by what a retraction would take back now. */
export function retractionQuestion(scope: RetractionScope, t: Messages): string {
  return scope === 'all'
    ? t.retraction.questionAll(RETRACT_ALL_BEFORE_END_HOURS)
    : t.retraction.questionLatest(RETRACT_ALL_BEFORE_END_HOURS, RETRACT_LATEST_WITHIN_HOURS);
}

/**
 * What a retraction took back, then who leads now: "Pronto: seu lance de
 * R$ 2.000,00 foi retirado. Bia está na frente, com R$ 20,00." `bids`: those
 * the page held, which name the amounts (the answer names only ids).
 */
export function retractionDoneText(
  result: RetractionResult,
  bids: readonly Bid[],
  viewerId: string,
  t: Messages,
  locale: Locale,
): string {
  const own = ownRetractedBids(result, bids, viewerId);
  // The bid typed, rather than an automatic one its maximum placed.
  const typed = own.find((bid) => !bid.automatic) ?? own[0];
  const what =
    typed && (own.length === 1 || result.scope === 'latest')
      ? t.retraction.doneOne(formatMoney(typed.amount, locale))
      : result.scope === 'latest'
        ? t.retraction.doneLatest
        : t.retraction.doneAll(own.length);
  return `${what} ${leadNowText(result.auction, viewerId, t, locale)}`;
}

/**
 * The bid form's answer once the bids it spoke of were withdrawn elsewhere
 * (forms/withdrawn-own-bid.ts), in the words of a retraction's: "Seu lance
 * de R$ 2.100,00 foi retirado. Bia está na frente, com R$ 20,00."
 */
export function ownBidWithdrawnText(
  withdrawal: OwnBidWithdrawal,
  auction: Pick<CompactAuction, 'leader' | 'currentPrice'>,
  viewerId: string | null,
  t: Messages,
  locale: Locale,
): string {
  // The bid typed, as retractionDoneText names it, rather than an automatic one.
  const typed = withdrawal.bids.find((bid) => !bid.automatic) ?? withdrawal.bids[0];
  const amount = formatMoney(typed?.amount ?? 0, locale);
  const what = {
    seller: t.bidForm.ownBidCancelledBySeller,
    retraction: t.bidForm.ownBidRetracted,
    moderation: t.bidForm.ownBidCancelled,
  }[withdrawal.reason](amount);
  return `${what} ${leadNowText(auction, viewerId, t, locale)}`;
}

/** Who leads once bids were withdrawn, at what price: nobody, the viewer still, or someone. */
export function leadNowText(
  auction: Pick<CompactAuction, 'leader' | 'currentPrice'>,
  viewerId: string | null,
  t: Messages,
  locale: Locale,
): string {
  const price = formatMoney(auction.currentPrice, locale);
  const { leader } = auction;
  if (leader === null) return t.retraction.nowNobody(price);
  if (leader.id === viewerId) return t.retraction.nowYou(price);
  return t.retraction.nowLeader(leader.name, price);
}

/** A refused retraction in words, by code; the codes it shares with other actions read as there. */
export function retractionErrorMessage(error: unknown, t: Messages, locale: Locale): string {
  const code = error instanceof ApiError ? error.code : null;
  if (code === 'NO_BID_TO_RETRACT') return t.retraction.noBid;
  if (code === 'AUCTION_CLOSED') return t.retraction.auctionClosed;
  if (code === 'RETRACTION_WINDOW_CLOSED') {
    const hours = Number((error as ApiError).details.allBidsBeforeHours);
    const within = Number((error as ApiError).details.latestBidWithinHours);
    return t.retraction.windowClosed(
      Number.isSafeInteger(hours) && hours > 0 ? hours : RETRACT_ALL_BEFORE_END_HOURS,
      Number.isSafeInteger(within) && within > 0 ? within : RETRACT_LATEST_WITHIN_HOURS,
    );
  }
  return errorMessage(error, t, locale);
}
