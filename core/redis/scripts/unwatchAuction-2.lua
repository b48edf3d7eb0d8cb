--[[
  Takes an auction off a user's watchlist and the user off the auction's
  watchers, in one step; one who was watching is announced to the auction's
  page (announceWatchers). Nothing to do is not an error.

  Input:
    KEYS[1] the user's watchlist (sorted set)   KEYS[2] the auction's watchers (set)
    ARGV[1] user id   ARGV[2] auction id   ARGV[3] events channel

  Output: {0}
]]
--@include auction

redis.call('ZREM', KEYS[1], ARGV[2])
if redis.call('SREM', KEYS[2], ARGV[1]) == 1 then announceWatchers(KEYS[2], ARGV[2], ARGV[3]) end
return {0}
