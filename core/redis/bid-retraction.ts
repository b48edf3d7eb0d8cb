// A bidder taking back their bid, eBay's bid retraction
// (core/redis/scripts/retractBid-5.lua): one atomic step that withdraws it
// and works the auction out again without it.
import { randomUUID } from 'node:crypto';
import { hashToRecord, listOf, toAuction, toBid, type StoredBid } from '../auction-view.ts';
import { RETRACT_ALL_BEFORE_END_HOURS, RETRACT_LATEST_WITHIN_HOURS } from '../rules.ts';
import type { Auction, Bid } from '../schemas.ts';
import { NOTICE_STREAM_CAP, type RedisKeys } from './keys.ts';
import { ScriptCode, scriptError } from './script-codes.ts';
import type { ScriptedRedis } from './scripts.ts';

const HOUR_MS = 3_600_000;

export interface Retraction {
  /** The auction after it. */
  auction: Auction;
  /** `all`: every bid of theirs went (more than 12 hours before the end); `latest`: their last one. */
  scope: 'all' | 'latest';
  /** The bids withdrawn: theirs, and the automatic answers they drew. */
  cancelledBidIds: string[];
  /** The automatic bid that puts the new leader at the new price, when one was needed. */
  bids: Bid[];
}

export interface BidRetractionOptions {
  /** Stream a bidder who leads again for the worker's e-mail, where the platform sends e-mail. */
  mailNotices?: boolean;
}

export function createBidRetraction(
  redis: ScriptedRedis,
  keys: RedisKeys,
  { mailNotices = false }: BidRetractionOptions = {},
) {
  return {
    /** Retracts the user's bid on an auction, as the rules allow; throws the refusal otherwise. */
    async retract(auctionId: string, userId: string): Promise<Retraction> {
      const [code, cancelledIds, added, scope, ...state] = await redis.retractBid(
        keys.user(userId),
        keys.auction(auctionId),
        keys.auctionBids(auctionId),
        keys.auctionBidInputs(auctionId),
        keys.leadRestoredStream,
        userId,
        keys.eventsChannel,
        randomUUID(),
        mailNotices ? NOTICE_STREAM_CAP : '0',
        String(RETRACT_ALL_BEFORE_END_HOURS * HOUR_MS),
        String(RETRACT_LATEST_WITHIN_HOURS * HOUR_MS),
      );
      if (code !== ScriptCode.OK) throw scriptError([code]);
      return {
        auction: toAuction(hashToRecord(state)),
        scope: scope === 'all' ? 'all' : 'latest',
        cancelledBidIds: listOf<string>(JSON.parse(cancelledIds as string)),
        bids: listOf<StoredBid>(JSON.parse(added as string)).map(toBid),
      };
    },
  };
}

export type BidRetraction = ReturnType<typeof createBidRetraction>;
