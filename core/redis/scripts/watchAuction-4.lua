--[[
  Adds an auction to a user's watchlist and the user to the auction's
  watchers, in one step, while both exist: a watch racing the account's
  deletion must not bring its watchlist back. A new watcher is announced to
  the auction's page (announceWatchers).

  Input:
    KEYS[1] the user's account (hash)   KEYS[2] the user's watchlist (sorted set)
    KEYS[3] auction hash   KEYS[4] the auction's watchers (set)
    ARGV[1] user id   ARGV[2] auction id   ARGV[3] events channel

  Output: {0} watched   {-1} no such auction   {-18} the account was deleted
]]
--@include auction

if redis.call('EXISTS', KEYS[1]) == 0 then return {-18} end
if redis.call('EXISTS', KEYS[3]) == 0 then return {-1} end
redis.call('ZADD', KEYS[2], nowMs(), ARGV[2])
if redis.call('SADD', KEYS[4], ARGV[1]) == 1 then announceWatchers(KEYS[4], ARGV[2], ARGV[3]) end
return {0}
