// Ending-soon e-mails: ENDING_SOON_EMAIL_MINUTES before an auction ends, the
// close monitor's script streams the auction (core/redis/scripts/
// closeDueAuctions-7.lua); this e-mails each of its watchers and bidders
// where it stands — they lead, or the least to lead — unless the auction is
// no longer open when it is read, the person is its seller, has no account any more or an
// address not verified yet, turned these e-mails off, or was told already:
// one such e-mail per auction.
import type { Auction } from '../core/schemas.ts';
import {
  bidderIds,
  createNoticeHandler,
  tellOnce,
  MARK_AFTER_END_MS,
  type NoticeDeps,
  type NoticeOutcome,
} from './notice-entries.ts';
import type { StreamGroup } from './stream.ts';

export type EndingSoonOutcome =
  | NoticeOutcome
  /** The auction is no longer open (counted once for all its watchers and bidders). */
  | 'ended'
  | 'seller';

export function createEndingSoonNotifier(
  group: StreamGroup,
  deps: NoticeDeps,
  options: { maxDeliveries: number },
) {
  const { redis, keys, mailer, metrics } = deps;

  /** Everyone to tell: the watchers, and the bidders (a maximum's answers bid for their owner). */
  async function audience(auctionId: string): Promise<Map<string, 'watching' | 'bidding'>> {
    const [watchers, bidders] = await Promise.all([
      redis.smembers(keys.auctionWatchers(auctionId)),
      bidderIds(deps, auctionId),
    ]);
    const people = new Map<string, 'watching' | 'bidding'>();
    for (const userId of bidders) people.set(userId, 'bidding');
    for (const userId of watchers) people.set(userId, 'watching');
    return new Map([...people].sort(([a], [b]) => a.localeCompare(b)));
  }

  async function tell(
    auction: Auction,
    userId: string,
    relation: 'watching' | 'bidding',
  ): Promise<EndingSoonOutcome> {
    if (userId === auction.seller.id) return 'seller';
    return tellOnce(deps, {
      userId,
      choice: 'endingSoonEmails',
      mark: keys.endingSoonMailed(auction.id, userId),
      markExpiresAt: Date.parse(auction.endsAt) + MARK_AFTER_END_MS,
      compose: (to) =>
        deps.words.endingSoonEmail(
          {
            name: to.name,
            title: auction.title,
            currentPrice: auction.currentPrice,
            minimumBid: auction.minimumBid,
            endsAt: auction.endsAt,
            hasBids: auction.bidCount > 0,
            leading: auction.leader?.id === userId,
            watching: relation === 'watching',
            auctionUrl: deps.auctionUrl(auction.id),
          },
          deps.fmt,
        ),
      // A claim given back: the entry is read again later, and only the
      // people not yet told are written to then.
      context: { auctionId: auction.id, userId, mail: 'ending_soon' },
    });
  }

  return createNoticeHandler(group, {
    mail: 'ending_soon',
    required: ['auctionId'],
    maxDeliveries: options.maxDeliveries,
    log: deps.log,
    async notify({ auctionId }, entryLog) {
      // Without SMTP_URL here (the API has one, or it queued nothing), nothing is sent.
      if (!mailer) return () => {};
      const auction = await deps.store.get(auctionId as string);
      const told: [string, EndingSoonOutcome][] = [];
      if (!auction || auction.status !== 'open') told.push(['', 'ended']);
      else {
        for (const [userId, relation] of await audience(auction.id))
          told.push([userId, await tell(auction, userId, relation)]);
      }
      return () => {
        for (const [userId, outcome] of told) {
          metrics.endingSoonEmail(outcome);
          entryLog.info({ ...(userId ? { userId } : {}), outcome }, 'ending-soon notice handled');
        }
      };
    },
    gaveUp: () => metrics.endingSoonEmail('unavailable'),
  });
}
