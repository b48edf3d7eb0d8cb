// Taking an auction down (removeAuction-14.lua), shared by the moderators'
// own decision (moderation-store.ts) and the reversal of a keep on a
// reporter's appeal (appeal-store.ts), which decides the appeal in the same
// script.
import { hashToRecord, toAuction, type FlatHash } from '../auction-view.ts';
import type { Auction, FlagReason } from '../schemas.ts';
import { MODERATION_LOG_CAP, NOTICE_STREAM_CAP, type RedisKeys } from './keys.ts';
import { scriptError, ScriptCode } from './script-codes.ts';
import type { ScriptedRedis } from './scripts.ts';

export interface Removal {
  auctionId: string;
  moderatorId: string;
  reason: FlagReason;
  /** Queue the e-mails for the worker (SMTP_URL). */
  mailNotices: boolean;
  /** A reporter's appeal of a keep, reversed by this removal. */
  appeal?: { id: string; reply: string; byAnotherModerator: boolean };
}

/**
 * Takes the auction down; resolves with it as it is now — null when, on
 * appeal, a moderator had taken it down already (the appeal is decided all
 * the same, and the caller reads the auction).
 */
export async function removeAuction(
  redis: ScriptedRedis,
  keys: RedisKeys,
  { auctionId, moderatorId, reason, mailNotices, appeal }: Removal,
): Promise<Auction | null> {
  const reply = await redis.removeAuction(
    keys.user(moderatorId),
    keys.auction(auctionId),
    keys.openAuctions,
    keys.endingSoon,
    keys.openByListing,
    keys.moderationQueue,
    keys.auctionFlags(auctionId),
    keys.removalStream,
    keys.reviewStream,
    keys.moderationLog,
    keys.appeal(appeal?.id ?? ''),
    keys.appealQueue,
    keys.appealStream,
    keys.takedownStream,
    moderatorId,
    reason,
    keys.eventsChannel,
    mailNotices ? NOTICE_STREAM_CAP : '0',
    MODERATION_LOG_CAP,
    appeal?.id ?? '',
    appeal?.reply ?? '',
    appeal?.byAnotherModerator === false ? '0' : '1',
    NOTICE_STREAM_CAP,
  );
  if (reply[0] !== ScriptCode.OK) throw scriptError(reply);
  if (!reply[1]) return null;
  const event = JSON.parse(reply[1]) as { state: FlatHash };
  return toAuction(hashToRecord(event.state));
}
