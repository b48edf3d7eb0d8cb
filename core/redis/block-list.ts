// The users a seller blocked from bidding on and asking about their auctions
// (eBay's blocked bidder list). The bid, Buy It Now and question scripts
// check the seller's set themselves; this is its typed face for the owner.
import { errors } from '../errors.ts';
import { MAX_BLOCKED, type PublicUser } from '../schemas.ts';
import { hashFieldOf } from './hash-field-of.ts';
import type { RedisKeys } from './keys.ts';
import { scriptError, ScriptCode } from './script-codes.ts';
import type { ScriptedRedis } from './scripts.ts';

export type BlockList = ReturnType<typeof createBlockList>;

export function createBlockList(redis: ScriptedRedis, keys: RedisKeys) {
  return {
    async block(userId: string, otherId: string): Promise<void> {
      if (otherId === userId) throw errors.validation('You cannot block yourself.');
      const reply = await redis.blockUser(
        keys.user(userId),
        keys.userBlocked(userId),
        keys.user(otherId),
        otherId,
        String(MAX_BLOCKED),
      );
      if (reply[0] !== ScriptCode.OK) throw scriptError(reply);
    },

    async unblock(userId: string, otherId: string): Promise<void> {
      await redis.srem(keys.userBlocked(userId), otherId);
    },

    /** The blocked users with their names, by name; accounts deleted since are left out. */
    async list(userId: string): Promise<PublicUser[]> {
      const ids = await redis.smembers(keys.userBlocked(userId));
      if (ids.length === 0) return [];
      const names = await hashFieldOf(redis, keys.user, 'name', ids);
      return [...names]
        .map(([id, name]) => ({ id, name }))
        .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
    },
  };
}
