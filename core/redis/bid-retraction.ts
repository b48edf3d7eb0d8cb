// A bidder taking back their bid, eBay's bid retraction
// (core/redis/scripts/retractBid-6.lua): one atomic step that withdraws it
// and works the auction out again without it.
import { randomUUID } from 'node:crypto';
import { hashToRecord, listOf, toAuction, toBid, type StoredBid } from '../auction-view.ts';
import {
  RETRACT_ALL_BEFORE_END_HOURS,
  RETRACT_LATEST_WITHIN_HOURS,
  RETRACTIONS_SHOWN_MS,
} from '../rules.ts';
import type { Auction, Bid } from '../schemas.ts';
import { redisNowMs } from './clock.ts';
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

/** One retraction as the bidder's profile counts it. */
export interface ShownRetraction {
  auctionId: string;
  retractedAt: string;
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
        keys.userRetractions(userId),
        userId,
        keys.eventsChannel,
        randomUUID(),
        mailNotices ? NOTICE_STREAM_CAP : '0',
        String(RETRACT_ALL_BEFORE_END_HOURS * HOUR_MS),
        String(RETRACT_LATEST_WITHIN_HOURS * HOUR_MS),
        String(RETRACTIONS_SHOWN_MS),
      );
      if (code !== ScriptCode.OK) throw scriptError([code]);
      return {
        auction: toAuction(hashToRecord(state)),
        scope: scope === 'all' ? 'all' : 'latest',
        cancelledBidIds: listOf<string>(JSON.parse(cancelledIds as string)),
        bids: listOf<StoredBid>(JSON.parse(added as string)).map(toBid),
      };
    },

    /**
     * The user's retractions the profile still counts (the last
     * RETRACTIONS_SHOWN_MONTHS by Redis's clock), the latest first: what is
     * kept of them once the bids themselves are gone from view.
     */
    async shown(userId: string): Promise<ShownRetraction[]> {
      const since = (await redisNowMs(redis)) - RETRACTIONS_SHOWN_MS;
      const flat = await redis.zrange(
        keys.userRetractions(userId),
        '+inf',
        String(since),
        'BYSCORE',
        'REV',
        'WITHSCORES',
      );
      const shown: ShownRetraction[] = [];
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const auctionId = (flat[i] as string).split(':')[0] as string;
        shown.push({ auctionId, retractedAt: new Date(Number(flat[i + 1])).toISOString() });
      }
      return shown;
    },
  };
}

export type BidRetraction = ReturnType<typeof createBidRetraction>;
