// The global alerts (toasts) as a pure list: newest last, at most one per
// auction and kind (a newer one replaces it), and only the latest few, so a
// busy evening of bidding never buries the page in notices.
import type {
  AuctionCategory,
  BidsCancelled,
  CompactAuction,
  FeedbackRating,
  FlagReason,
} from '../../../core/schemas.ts';
import { isCategory } from '../categories.ts';
import { isFlagReason, isRemovedAfterEnd, removalReasonOf } from '../flag-reasons.ts';
import { isSold } from '../forms/sale-feedback.ts';

export const MAX_ALERTS = 3;

/**
 * How a finished auction ended for the viewer: they won it; they sold it, or
 * it did not sell; or they bid highest but below the hidden reserve.
 */
export type ResultForViewer = 'won' | 'sold' | 'unsold' | 'reserveNotMet';

/** How an auction removed after its end had ended, for its seller. */
export type EndedAs = 'sold' | 'unsold';

export type Alert =
  | { id: number; kind: 'outbid'; auctionId: string; title: string }
  /**
   * Moderators cancelled a suspended account's bids, a bidder retracted
   * theirs (`reason: 'retraction'`) or the seller cancelled a bidder's
   * (`'seller'`; absent: the moderators, as in alerts kept from before
   * retractions), and the viewer leads (again, or at a lower price):
   * `amount`, the price now, in centavos.
   */
  | {
      id: number;
      kind: 'bidsCancelled';
      auctionId: string;
      title: string;
      amount: number;
      reason?: 'retraction' | 'seller';
    }
  /** The seller cancelled the viewer's bids on an open auction: they may bid again. */
  | { id: number; kind: 'ownBidsCancelled'; auctionId: string; title: string }
  /** Someone asked about an auction the viewer sells. */
  | { id: number; kind: 'questionAsked'; auctionId: string; title: string }
  /** The seller answered the viewer's question. */
  | { id: number; kind: 'questionAnswered'; auctionId: string; title: string }
  /** The other party of a sale rated the viewer; `title` is empty when the auction is gone. */
  | {
      id: number;
      kind: 'feedbackLeft';
      auctionId: string;
      title: string;
      from: string;
      rating: FeedbackRating;
    }
  /** The rated person answered the viewer's rating; `title` is empty when the auction is gone. */
  | { id: number; kind: 'feedbackReplied'; auctionId: string; title: string; from: string }
  | { id: number; kind: 'endingSoon'; auctionId: string; title: string | null; endsAt: string }
  /**
   * A moderator removed an auction the viewer sells; `reason` null when this
   * build does not know it. `endedAs`: how it had ended, when it was removed
   * after its end (its result stands); absent when the removal ended it.
   */
  | {
      id: number;
      kind: 'removed';
      auctionId: string;
      title: string;
      reason: FlagReason | null;
      endedAs?: EndedAs;
    }
  /** A moderator's review decided the viewer's report of an auction; `title` empty when unknown. */
  | {
      id: number;
      kind: 'reportDecided';
      auctionId: string;
      title: string;
      decision: 'kept' | 'removed';
    }
  /** A new listing matches a search the viewer saved: its words (`''`: none) and category (null: any). */
  | {
      id: number;
      kind: 'searchMatched';
      auctionId: string;
      title: string;
      query: string;
      category: AuctionCategory | null;
    }
  | {
      id: number;
      kind: 'result';
      auctionId: string;
      title: string;
      result: ResultForViewer;
      /** The final price when it sold, in centavos. */
      amount: number | null;
    };

/** The ratings a stored feedback alert may carry. */
const RATINGS: readonly unknown[] = ['positive', 'neutral', 'negative'];

/** The alerts a result makes pointless; a question still waits for its answer after the end. */
const OVER_AT_THE_END = new Set<Alert['kind']>([
  'outbid',
  'bidsCancelled',
  'ownBidsCancelled',
  'endingSoon',
]);
/** The alerts that say an auction ended: a result, or its removal by a moderator. */
const ENDINGS = new Set<Alert['kind']>(['result', 'removed']);
/**
 * The alerts that say where the viewer stands in an auction — outbid, leading
 * after a withdrawal, their bids cancelled by the seller: only the newest holds.
 */
const STANDINGS = new Set<Alert['kind']>(['outbid', 'bidsCancelled', 'ownBidsCancelled']);

/**
 * An end replaces the auction's earlier outbid, leading and ending-soon
 * alerts: they no longer matter; leading again replaces being outbid, and
 * the other way round.
 */
export function addAlert(alerts: readonly Alert[], alert: Alert, max = MAX_ALERTS): Alert[] {
  const replaced = (a: Alert) =>
    a.auctionId === alert.auctionId &&
    (a.kind === alert.kind ||
      (ENDINGS.has(alert.kind) && OVER_AT_THE_END.has(a.kind)) ||
      (STANDINGS.has(alert.kind) && STANDINGS.has(a.kind)));
  return [...alerts.filter((a) => !replaced(a)), alert].slice(-max);
}

/** The viewer's result of a closed auction, or null when it is none of theirs. */
export function resultFor(auction: CompactAuction, viewerId: string): ResultForViewer | null {
  if (auction.winner?.id === viewerId) return 'won';
  if (auction.seller.id === viewerId) return auction.winner ? 'sold' : 'unsold';
  if (!auction.winner && auction.leader?.id === viewerId) return 'reserveNotMet';
  return null;
}

/** The seller's alert of a moderator's removal of their auction, open or ended. */
export function removalAlert(id: number, auction: CompactAuction): Alert {
  const { id: auctionId, title } = auction;
  const alert: Alert = { id, kind: 'removed', auctionId, title, reason: removalReasonOf(auction) };
  if (!isRemovedAfterEnd(auction)) return alert;
  return { ...alert, endedAs: isSold(auction) ? 'sold' : 'unsold' };
}

/**
 * The viewer's alert of bids withdrawn on an open auction (by the moderators,
 * the seller, or retracted by their bidder), or null when they do not lead it
 * after (the event reaches its watchers too). A missing `reason` means the
 * moderators'.
 */
export function bidsCancelledAlert(
  id: number,
  auction: CompactAuction,
  viewerId: string | null,
  reason?: BidsCancelled['reason'],
): Alert | null {
  if (viewerId === null || auction.leader?.id !== viewerId) return null;
  const { id: auctionId, title, currentPrice: amount } = auction;
  const alert: Alert = { id, kind: 'bidsCancelled', auctionId, title, amount };
  return reason === 'retraction' || reason === 'seller' ? { ...alert, reason } : alert;
}

/**
 * The viewer's alert that the seller cancelled their bids (`bids:cancelled`
 * with reason `seller` reaches that bidder's devices), or null when the event
 * is about someone else's.
 */
export function ownBidsCancelledAlert(
  id: number,
  event: Pick<BidsCancelled<CompactAuction>, 'auction' | 'reason' | 'bidderId'>,
  viewerId: string | null,
): Alert | null {
  if (event.reason !== 'seller' || viewerId === null || event.bidderId !== viewerId) return null;
  const { id: auctionId, title } = event.auction;
  return { id, kind: 'ownBidsCancelled', auctionId, title };
}

export function removeAlert(alerts: readonly Alert[], id: number): Alert[] {
  return alerts.filter((alert) => alert.id !== id);
}

/**
 * Alerts kept in storage, read back after a reload: only well-formed ones,
 * at most `max`. Anything else (old format, edited by hand) is dropped.
 */
export function parseStoredAlerts(text: string | null, max = MAX_ALERTS): Alert[] {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const isText = (v: unknown) => typeof v === 'string' && v.length > 0;
  return value
    .filter((a): a is Alert => {
      if (!a || typeof a !== 'object') return false;
      const { id, kind, auctionId, title, endsAt, result, amount } = a as Record<string, unknown>;
      const { from, rating, reason, endedAs, query, category } = a as Record<string, unknown>;
      const { decision } = a as Record<string, unknown>;
      if (!Number.isSafeInteger(id) || !isText(auctionId)) return false;
      if (
        kind === 'outbid' ||
        kind === 'ownBidsCancelled' ||
        kind === 'questionAsked' ||
        kind === 'questionAnswered'
      )
        return isText(title);
      if (kind === 'bidsCancelled')
        return (
          isText(title) &&
          Number.isSafeInteger(amount) &&
          (reason === undefined || reason === 'retraction' || reason === 'seller')
        );
      if (kind === 'feedbackLeft')
        return typeof title === 'string' && isText(from) && RATINGS.includes(rating);
      if (kind === 'feedbackReplied') return typeof title === 'string' && isText(from);
      if (kind === 'removed')
        return (
          isText(title) &&
          (reason === null || isFlagReason(reason)) &&
          (endedAs === undefined || endedAs === 'sold' || endedAs === 'unsold')
        );
      if (kind === 'reportDecided')
        return typeof title === 'string' && (decision === 'kept' || decision === 'removed');
      if (kind === 'searchMatched')
        return (
          isText(title) && typeof query === 'string' && (category === null || isCategory(category))
        );
      if (kind === 'result')
        return (
          isText(title) &&
          (result === 'unsold' || result === 'reserveNotMet'
            ? amount === null
            : (result === 'won' || result === 'sold') && Number.isSafeInteger(amount))
        );
      return kind === 'endingSoon' && (title === null || isText(title)) && isText(endsAt);
    })
    .slice(-max);
}
