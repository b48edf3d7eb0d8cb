// "Baixar meus dados": everything the platform keeps about an account, for
// its owner (LGPD's right of access and portability) — the account itself,
// the auctions it sells, those it bid on with its own bids and its secret
// maximum where it still leads, its watchlist, the questions it asked, the
// feedback it received and left, the users it blocked, the auctions it
// reported to the moderators, its saved searches, the decisions it appealed
// and the bid retractions its profile counts. Read from the same indexes as
// "Minha atividade" and the profile, every page of them.
import { errors } from '../core/errors.ts';
import { redisNowMs } from '../core/redis/clock.ts';
import type { AccountExport } from '../core/schemas.ts';
import type { Services } from './services.ts';

const PAGE = 200;
/** Auctions whose bid histories are read at once. */
const IN_PARALLEL = 16;

export async function exportAccount(
  {
    accounts,
    auctions,
    questions: asked,
    feedback,
    blockList,
    moderation,
    savedSearches: searchStore,
    appeals: appealStore,
    retraction,
    redis,
  }: Services,
  userId: string,
): Promise<AccountExport> {
  const account = await accounts.byId(userId);
  if (!account) throw errors.unauthorized();
  const [
    selling,
    bought,
    watchlist,
    notifications,
    questions,
    received,
    given,
    blocked,
    reported,
    savedSearches,
    appeals,
    retractions,
  ] = await Promise.all([
    everyPage((cursor) => auctions.selling(userId, PAGE, cursor)),
    everyPage((cursor) => auctions.buying(userId, PAGE, cursor)),
    everyPage((cursor) => auctions.watchlist(userId, PAGE, cursor)),
    accounts.notifications(userId),
    asked.askedBy(userId),
    everyPage((cursor) => feedback.received(userId, PAGE, cursor)),
    feedback.given(userId),
    blockList.list(userId),
    moderation.flaggedBy(userId),
    searchStore.list(userId),
    appealStore.madeBy(userId),
    retraction.shown(userId),
  ]);
  const buying: AccountExport['buying'] = [];
  for (let i = 0; i < bought.length; i += IN_PARALLEL) {
    const batch = bought.slice(i, i + IN_PARALLEL);
    buying.push(
      ...(await Promise.all(
        batch.map(async (auction) => ({
          auction,
          bids: (await auctions.allBids(auction.id)).filter((bid) => bid.bidder.id === userId),
          // Only a leader of an open auction has one: no read for the others.
          maxAmount:
            auction.status === 'open' && auction.leader?.id === userId
              ? ((await auctions.ownMaximum(auction.id, userId)) ?? null)
              : null,
        })),
      )),
    );
  }
  return {
    // Redis's clock, the platform's one clock, as every other time in the file.
    exportedAt: new Date(await redisNowMs(redis)).toISOString(),
    account,
    notifications,
    selling,
    buying,
    watchlist,
    questions,
    feedback: { received, given },
    blocked,
    reported,
    savedSearches,
    appeals,
    bidRetractions: retractions.length,
    retractions,
  };
}

async function everyPage<T>(
  read: (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>,
) {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}
