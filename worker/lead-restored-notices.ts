// Lead-restored e-mails: when the moderators cancel a suspended account's
// bids on an auction, a bidder retracts theirs, or the seller cancels a
// bidder's, the auction is worked out again without them and the script
// streams the bidder who leads again (core/redis/scripts/lib/withdraw.lua;
// `retracted` marks a retraction, `cancelledBySeller` a seller's
// cancellation, neither the moderators'). They may have been e-mailed that
// those bids outbid them, so this tells them they lead — unless the news is
// stale by the time it is read (the auction ended, or someone overtook them
// since), their address is not verified yet, or they turned outbid e-mails
// off (the same choice: both say where their bid stands). One e-mail per
// cancellation.
import {
  createNoticeHandler,
  recipient,
  sendOncePer,
  MARK_AFTER_END_MS,
  type NoticeDeps,
  type NoticeOutcome,
} from './notice-entries.ts';
import type { StreamGroup } from './stream.ts';
import type { LeadRestoredCause } from './texts/phrasebook.ts';

export type LeadRestoredOutcome =
  | NoticeOutcome
  /** No SMTP_URL: nothing is e-mailed. */
  | 'disabled'
  /** Stale: the auction is no longer open, or someone else leads now. */
  | 'ended'
  | 'not_leading';

/** Whose doing the withdrawal was, from the mark withdraw.lua adds to the entry. */
function causeOf(fields: Record<string, string>): LeadRestoredCause {
  if (fields.cancelledBySeller === '1') return 'seller';
  if (fields.retracted === '1') return 'retraction';
  return 'moderation';
}

export function createLeadRestoredNotifier(
  group: StreamGroup,
  deps: NoticeDeps,
  options: { maxDeliveries: number },
) {
  const { redis, keys, store, mailer, log, metrics } = deps;

  async function notify(
    auctionId: string,
    userId: string,
    cancelled: string,
    cause: LeadRestoredCause,
  ): Promise<LeadRestoredOutcome> {
    if (!mailer) return 'disabled';
    const [auction, to] = await Promise.all([
      store.get(auctionId),
      recipient(deps, userId, 'outbidEmails'),
    ]);
    if (!auction || auction.status !== 'open') return 'ended';
    if (auction.leader?.id !== userId) return 'not_leading';
    if (typeof to === 'string') return to;
    const mail = deps.words.leadRestoredEmail(
      {
        name: to.name,
        title: auction.title,
        cause,
        currentPrice: auction.currentPrice,
        endsAt: auction.endsAt,
        auctionUrl: deps.auctionUrl(auctionId),
      },
      deps.fmt,
    );
    // Once per cancellation: the mark holds the cancelledBidCount they were told of.
    const told = {
      mark: keys.leadRestoredMailed(auctionId, userId),
      news: cancelled,
      expiresAt: Date.parse(auction.endsAt) + MARK_AFTER_END_MS,
    };
    return sendOncePer(
      { redis, mailer },
      told,
      { to: to.email, ...mail },
      { auctionId, userId, mail: 'lead_restored' },
    );
  }

  return createNoticeHandler(group, {
    mail: 'lead_restored',
    required: ['auctionId', 'userId', 'cancelled'],
    maxDeliveries: options.maxDeliveries,
    log,
    async notify(fields, entryLog) {
      const { auctionId, userId, cancelled } = fields;
      const outcome = await notify(
        auctionId as string,
        userId as string,
        cancelled as string,
        causeOf(fields),
      );
      return () => {
        metrics.leadRestoredEmail(outcome);
        if (outcome !== 'disabled') entryLog.info({ outcome }, 'lead-restored notice handled');
      };
    },
    gaveUp: () => metrics.leadRestoredEmail('unavailable'),
  });
}
