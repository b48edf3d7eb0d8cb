// Outbid e-mails: the bid script adds an entry to the outbid stream each time
// a leader is overtaken (core/redis/scripts/placeBid-8.lua); this tells that
// person by e-mail, unless the news is stale by the time it is read (the
// auction ended, or they lead again), their address is not verified yet,
// they turned these e-mails off, or they were already told since their last
// bid there: one e-mail per bid of theirs, however many times the price
// moves after it.
import {
  createNoticeHandler,
  recipient,
  sendOncePer,
  MARK_AFTER_END_MS,
  type NoticeDeps,
  type NoticeOutcome,
} from './notice-entries.ts';
import type { StreamGroup } from './stream.ts';

export type OutbidOutcome =
  | NoticeOutcome
  /** No SMTP_URL: nothing is e-mailed. */
  | 'disabled'
  /** Stale: the auction is no longer open, or they lead again. */
  | 'ended'
  | 'leading';

export function createOutbidNotifier(
  group: StreamGroup,
  deps: NoticeDeps,
  options: { maxDeliveries: number },
) {
  const { redis, keys, store, mailer, log, metrics } = deps;

  async function notify(auctionId: string, userId: string): Promise<OutbidOutcome> {
    if (!mailer) return 'disabled';
    const [auction, to, lastBid] = await Promise.all([
      store.get(auctionId),
      recipient(deps, userId, 'outbidEmails'),
      redis.zscore(keys.userBuying(userId), auctionId),
    ]);
    if (!auction || auction.status !== 'open') return 'ended';
    if (auction.leader?.id === userId) return 'leading';
    // A deleted account's activity list went with it.
    if (lastBid === null) return 'no_account';
    if (typeof to === 'string') return to;
    const mail = deps.words.outbidEmail(
      {
        name: to.name,
        title: auction.title,
        currentPrice: auction.currentPrice,
        minimumBid: auction.minimumBid,
        endsAt: auction.endsAt,
        auctionUrl: deps.auctionUrl(auctionId),
      },
      deps.fmt,
    );
    // Once per overtaking: the mark holds the last bid of theirs they were told about.
    const told = {
      mark: keys.outbidMailed(auctionId, userId),
      news: lastBid,
      expiresAt: Date.parse(auction.endsAt) + MARK_AFTER_END_MS,
    };
    return sendOncePer(
      { redis, mailer },
      told,
      { to: to.email, ...mail },
      { auctionId, userId, mail: 'outbid' },
    );
  }

  return createNoticeHandler(group, {
    mail: 'outbid',
    required: ['auctionId', 'userId'],
    maxDeliveries: options.maxDeliveries,
    log,
    async notify({ auctionId, userId }, entryLog) {
      const outcome = await notify(auctionId as string, userId as string);
      return () => {
        metrics.outbidEmail(outcome);
        if (outcome !== 'disabled') entryLog.info({ outcome }, 'outbid notice handled');
      };
    },
    gaveUp: () => metrics.outbidEmail('unavailable'),
  });
}
