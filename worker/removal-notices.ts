// Removal e-mails: when a moderator takes an auction down, removeAuction
// streams it (core/redis/scripts/removeAuction-14.lua); this tells its seller
// why, and, for an open one, everyone who bid on it that their bids no longer
// count; for one that had ended, its buyer, who may not have paid yet. Not a
// choice one turns off — it ends their sale or their bids — but, like every
// notice, only to an account that still exists, at a verified address. A
// mark per auction and person keeps a redelivered entry from writing twice.
import type { FlagReason } from '../core/schemas.ts';
import type { RemovalNotice } from './texts/phrasebook.ts';
import {
  bidderIds,
  createNoticeHandler,
  tellOnce,
  type NoticeDeps,
  type RecordNoticeOutcome,
} from './notice-entries.ts';
import type { StreamGroup } from './stream.ts';

export type RemovalOutcome = RecordNoticeOutcome;
type Role = 'seller' | 'bidder' | 'buyer';

export function createRemovalNotifier(
  group: StreamGroup,
  deps: NoticeDeps,
  options: { maxDeliveries: number },
) {
  const { redis, keys, mailer, metrics } = deps;

  /**
   * The seller first, then each bidder once (a maximum's answers bid for
   * their owner; sellers never bid on their own auctions) — or, when it had
   * ended, its buyer: the other bidders lost nothing by it.
   */
  async function audience(
    auctionId: string,
    sellerId: string,
    ended: { winnerId: string | null } | null,
  ): Promise<[string, Role][]> {
    if (ended)
      return [
        [sellerId, 'seller'],
        ...(ended.winnerId ? [[ended.winnerId, 'buyer'] as [string, Role]] : []),
      ];
    const bidders = await bidderIds(deps, auctionId);
    return [[sellerId, 'seller'], ...bidders.sort().map((id): [string, Role] => [id, 'bidder'])];
  }

  function tell(
    auctionId: string,
    title: string,
    reason: FlagReason,
    endedAs: RemovalNotice['endedAs'],
    userId: string,
    role: Role,
  ) {
    return tellOnce(deps, {
      userId,
      choice: null,
      mark: keys.removalMailed(auctionId, userId),
      compose: (to) =>
        deps.words.removalEmail({
          name: to.name,
          title,
          role,
          endedAs,
          reason,
          auctionUrl: deps.auctionUrl(auctionId),
        }),
      // A claim given back: the entry is read again later, and only the
      // people not yet told are written to then.
      context: { auctionId, userId, mail: 'removal' },
    });
  }

  return createNoticeHandler(group, {
    mail: 'removal',
    required: ['auctionId'],
    maxDeliveries: options.maxDeliveries,
    log: deps.log,
    async notify({ auctionId }, entryLog) {
      const id = auctionId as string;
      const told: [Role | null, RemovalOutcome][] = [];
      if (!mailer) told.push([null, 'disabled']);
      else {
        const [title, sellerId, outcome, reason, removedBy, winnerId] = await redis.hmget(
          keys.auction(id),
          'title',
          'sellerId',
          'outcome',
          'removalReason',
          'removedBy',
          'winnerId',
        );
        // An open auction's removal ends it as REMOVED; an ended one keeps its outcome.
        const endedAs =
          outcome === 'REMOVED' ? null : outcome === 'CANCELLED' ? 'cancelled' : 'closed';
        if (!title || !sellerId || !removedBy) told.push([null, 'gone']);
        else
          for (const [userId, role] of await audience(
            id,
            sellerId,
            endedAs ? { winnerId: winnerId ?? null } : null,
          ))
            told.push([role, await tell(id, title, reason as FlagReason, endedAs, userId, role)]);
      }
      return () => {
        for (const [role, outcome] of told) {
          metrics.removalEmail(role, outcome);
          if (outcome !== 'disabled') entryLog.info({ role, outcome }, 'removal notice handled');
        }
      };
    },
    gaveUp: () => metrics.removalEmail(null, 'unavailable'),
  });
}
