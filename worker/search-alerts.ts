// Saved-search alerts: createAuction-8.lua adds every new listing to
// `stream:listings`; this finds the saved searches it matches — those of its
// category and those of any category, whose words its title holds (as
// search matches them) — and tells their owners: on their devices at once
// (`search:matched`, once per listing, worker/redis/announceSearchMatches-2.lua)
// and, where the platform sends e-mail, by e-mail unless they turned these
// off (`searchEmails`), at most `emailsPerDay` a day each. Nobody is told of
// their own listing, nor of a seller's who blocked them.
import { redisNowMs } from '../core/redis/clock.ts';
import { holdsEvery, searchable } from '../core/search-text.ts';
import type { Auction } from '../core/schemas.ts';
import type { SearchMatch } from '../core/auction-view.ts';
import type { StoredSearch } from '../core/redis/saved-searches.ts';
import {
  createNoticeHandler,
  tellOnce,
  TOLD_MARK_TTL_SECONDS,
  type NoticeDeps,
  type RecordNoticeOutcome,
} from './notice-entries.ts';
import type { StreamGroup } from './stream.ts';

/** What became of the alert to one person (or, `gone`, to everyone). */
export type SearchAlertOutcome = RecordNoticeOutcome | 'daily_cap';
export type AlertChannel = 'app' | 'email';

/** Index members read per SSCAN, and accounts whose searches are read per round trip. */
const SCAN_COUNT = 1000;
const USERS_PER_READ = 100;
/** Matches per `search:matched` publication: every replica parses each. */
const MATCHES_PER_EVENT = 200;
/** A day's e-mail count outlives its day (UTC) by a day, then goes. */
const DAY_COUNT_TTL_SECONDS = 2 * 86_400;

export function createSearchAlerter(
  group: StreamGroup,
  deps: NoticeDeps,
  options: { maxDeliveries: number; searchEmailsPerDay: number },
) {
  const { redis, keys, store, mailer, metrics } = deps;

  async function members(index: string): Promise<string[]> {
    const all: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await redis.sscan(index, cursor, 'COUNT', SCAN_COUNT);
      all.push(...batch);
      cursor = next;
    } while (cursor !== '0');
    return all;
  }

  /** Each person with a saved search the auction matches, once, but not its seller nor whom the seller blocked. */
  async function matchesOf(auction: Auction): Promise<SearchMatch[]> {
    const indexed = [
      ...(await members(keys.savedSearchIndex(auction.category))),
      ...(await members(keys.savedSearchIndex(null))),
    ];
    const searchIdsOf = new Map<string, string[]>();
    for (const member of indexed) {
      const at = member.lastIndexOf(':');
      const userId = member.slice(0, at);
      if (userId === auction.seller.id) continue;
      searchIdsOf.set(userId, [...(searchIdsOf.get(userId) ?? []), member.slice(at + 1)]);
    }
    const userIds = [...searchIdsOf.keys()].sort();
    const title = searchable(auction.title);
    const matches: SearchMatch[] = [];
    for (let i = 0; i < userIds.length; i += USERS_PER_READ) {
      const batch = userIds.slice(i, i + USERS_PER_READ);
      const blocked = await redis.smismember(keys.userBlocked(auction.seller.id), ...batch);
      const pipeline = redis.pipeline();
      for (const userId of batch)
        pipeline.hmget(keys.userSearches(userId), ...(searchIdsOf.get(userId) as string[]));
      const replies = (await pipeline.exec()) ?? [];
      batch.forEach((userId, j) => {
        if (blocked[j] === 1) return;
        const found = ((replies[j]?.[1] ?? []) as (string | null)[])
          // An index entry whose search was deleted meanwhile has no record.
          .flatMap((json) => (json ? [JSON.parse(json) as StoredSearch] : []))
          .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
          .find((search) => search.terms === '' || holdsEvery(title, search.terms.split(' ')));
        if (found)
          matches.push({
            userId,
            searchId: found.id,
            query: found.query,
            category: found.category,
          });
      });
    }
    return matches;
  }

  async function email(auction: Auction, match: SearchMatch, day: string) {
    const dayCount = keys.searchMailsOn(match.userId, day);
    if (Number(await redis.get(dayCount)) >= options.searchEmailsPerDay) return 'daily_cap';
    const outcome = await tellOnce(deps, {
      userId: match.userId,
      choice: 'searchEmails',
      mark: keys.searchMailed(auction.id, match.userId),
      compose: (to) =>
        deps.words.searchMatchEmail(
          {
            name: to.name,
            query: match.query,
            category: match.category,
            title: auction.title,
            price: auction.currentPrice,
            startsAt: auction.startsAt,
            endsAt: auction.endsAt,
            perDay: options.searchEmailsPerDay,
            auctionUrl: deps.auctionUrl(auction.id),
          },
          deps.fmt,
        ),
      context: { auctionId: auction.id, userId: match.userId, mail: 'search' },
    });
    if (outcome === 'sent')
      await redis.multi().incr(dayCount).expire(dayCount, DAY_COUNT_TTL_SECONDS).exec();
    return outcome;
  }

  return createNoticeHandler(group, {
    mail: 'search',
    required: ['auctionId'],
    maxDeliveries: options.maxDeliveries,
    log: deps.log,
    async notify({ auctionId }, entryLog) {
      const told: [AlertChannel, SearchAlertOutcome, number][] = [];
      const auction = await store.get(auctionId as string);
      if (!auction || auction.status !== 'open') told.push(['app', 'gone', 1]);
      else {
        const matches = await matchesOf(auction);
        if (matches.length > 0) {
          const announced = await redis.announceSearchMatches(
            keys.searchAnnounced(auction.id),
            keys.auction(auction.id),
            keys.eventsChannel,
            JSON.stringify(matches),
            String(TOLD_MARK_TTL_SECONDS),
            String(MATCHES_PER_EVENT),
          );
          told.push(['app', announced > 0 ? 'sent' : 'already_told', matches.length]);
        }
        if (mailer && matches.length > 0) {
          // The day by Redis's clock, the platform's one clock.
          const day = new Date(await redisNowMs(redis)).toISOString().slice(0, 10);
          for (const match of matches) told.push(['email', await email(auction, match, day), 1]);
        }
      }
      return () => {
        for (const [channel, outcome, count] of told) {
          metrics.searchAlert(channel, outcome, count);
          entryLog.info({ channel, outcome, count }, 'search alert handled');
        }
      };
    },
    gaveUp: () => metrics.searchAlert('email', 'unavailable', 1),
  });
}
