// Seller-cancellation e-mails: when a seller cancels a bidder's bids on their
// open auction (eBay's bid cancellation), sellerCancelBids streams the bidder
// (core/redis/scripts/sellerCancelBids-6.lua); this tells them that every bid
// of theirs there was cancelled, the seller's reason in words, that the bids
// stay in the public history marked as the seller's doing, and that they may
// bid again. Their bids vanished from the lead without a word otherwise. Not
// a choice one turns off (it ends their bids); only to a verified address,
// like every notice. A mark per cancellation (the auction's cancelledBidCount
// after it) keeps a redelivered entry from writing twice, while a second
// cancellation after they bid again is told too.
import { SELLER_CANCEL_REASONS, type SellerCancelReason } from '../core/schemas.ts';
import { FailureCode } from './failures.ts';
import {
  createNoticeHandler,
  DeadLetter,
  tellOnce,
  type NoticeDeps,
  type RecordNoticeOutcome,
} from './notice-entries.ts';
import type { StreamGroup } from './stream.ts';

export type SellerCancellationOutcome = RecordNoticeOutcome;

/** The entry's reason, or null when it is none of the four (the e-mail never shows a raw code). */
export function sellerCancelReasonOf(reason: string | undefined): SellerCancelReason | null {
  return SELLER_CANCEL_REASONS.find((known) => known === reason) ?? null;
}

export function createSellerCancellationNotifier(
  group: StreamGroup,
  deps: NoticeDeps,
  options: { maxDeliveries: number },
) {
  const { keys, store, mailer, log, metrics } = deps;

  async function notify(
    auctionId: string,
    userId: string,
    reason: SellerCancelReason,
    cancelled: string,
  ): Promise<SellerCancellationOutcome> {
    if (!mailer) return 'disabled';
    const auction = await store.get(auctionId);
    // Lost by Redis, or another prefix's entry: there is no page to send them to.
    if (!auction) return 'gone';
    return tellOnce(deps, {
      userId,
      choice: null,
      mark: keys.sellerCancellationMailed(auctionId, userId, cancelled),
      compose: (to) =>
        deps.words.sellerCancellationEmail({
          name: to.name,
          title: auction.title,
          sellerName: auction.seller.name,
          reason,
          auctionUrl: deps.auctionUrl(auctionId),
        }),
      context: { auctionId, userId, mail: 'seller_cancellation' },
    });
  }

  return createNoticeHandler(group, {
    mail: 'seller_cancellation',
    required: ['auctionId', 'userId', 'reason', 'cancelled'],
    maxDeliveries: options.maxDeliveries,
    log,
    async notify({ auctionId, userId, reason, cancelled }, entryLog) {
      const known = sellerCancelReasonOf(reason);
      if (!known)
        throw new DeadLetter(FailureCode.INVALID_ENTRY, 'unknown reason', () =>
          metrics.sellerCancellationEmail(null, 'invalid'),
        );
      const outcome = await notify(
        auctionId as string,
        userId as string,
        known,
        cancelled as string,
      );
      return () => {
        metrics.sellerCancellationEmail(known, outcome);
        if (outcome !== 'disabled')
          entryLog.info({ reason: known, outcome }, 'seller-cancellation notice handled');
      };
    },
    gaveUp: ({ reason }) =>
      metrics.sellerCancellationEmail(sellerCancelReasonOf(reason), 'unavailable'),
  });
}
