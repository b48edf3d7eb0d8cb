--[[
  Deletes an account, in one atomic step, unless it still has a part in an
  open auction (selling one, or leading one: the leader may win it) or in a
  recent sale (it sold or won an auction that closed less than ARGV[5] ms
  ago: buyer and seller still need to reach each other). What it
  removes: the account (name, e-mail, password hash), its e-mail's index
  entry, every session, the watchlist (and the user from each auction's
  watchers), the activity lists, the feedback lists (its counts go with
  the account's hash), the users it blocked, its list of the auctions it
  reported, its saved searches (with their index entries), its appeals (leaving the
  moderators' queue: nobody is left to tell) and its bid retractions (the
  retracted bids stay marked in their auctions' histories). What stays is the public record: the name on past bids, on past
  auctions, on questions asked and on feedback left, as everyone saw it; and
  its reports, with the moderators.

  Like endSessions, only while the password is still the one the caller
  verified, and it builds the session and auction keys from the lists it
  reads (one Redis, not a cluster, as the rest of the store).

  Input:
    KEYS[1] user hash   KEYS[2] the user's sessions (sorted set)
    KEYS[3] the auctions the user bid on   KEYS[4] the auctions the user sells
    KEYS[5] the user's watchlist   KEYS[6] the e-mail's index key
    KEYS[7] the questions the user asked (their list; the questions stay public)
    KEYS[8] the feedback the user received   KEYS[9] the feedback it left (lists of
    both; the feedback itself stays with each sale)
    KEYS[10] the users the user blocked (set)
    KEYS[11] the auctions the user reported (their list; the reports stay with the moderators)
    KEYS[12] the user's saved searches (hash: id -> JSON with its category)
    KEYS[13] the user's appeals (sorted set of ids)   KEYS[14] the moderators' queue of appeals
    KEYS[15] the user's bid retractions (sorted set)
    ARGV[1] user id   ARGV[2] session key prefix (prefix .. token hash)
    ARGV[3] auction key prefix (prefix .. id; watchers: prefix .. id .. ':watchers')
    ARGV[4] the password hash the caller verified
    ARGV[5] how long after a sale its parties must wait, in ms (0: no wait)
    ARGV[6] the saved-search index of any category   ARGV[7] the prefix of one category's (+ category)
    ARGV[8] appeal key prefix (prefix .. id)
    ARGV[9] events channel (the auctions it watched hear their new watcher count)

  Output: {0, hash, hash, ...} deleted, with the token hashes of the sessions ended;
          {-15} (PASSWORD_CHANGED) the password is no longer ARGV[4], or no account
          {-16, auctionId} (SELLING_OPEN_AUCTION)   {-17, auctionId} (LEADING_OPEN_AUCTION)
          {-19, auctionId, ms} (SALE_IN_PROGRESS) a sale's party, until ms (Redis's clock)
]]
--@include auction

if redis.call('HGET', KEYS[1], 'passwordHash') ~= ARGV[4] then
  return {-15}
end
local userId, sessionPrefix, auctionPrefix = ARGV[1], ARGV[2], ARGV[3]
local holdMs = tonumber(ARGV[5])
local now = nowMs()

-- A sale (a closed auction with a winner) closed less than holdMs ago holds the account until then.
local function held(winnerId, closedAt)
  if winnerId == false or winnerId == '' or holdMs <= 0 then return nil end
  local heldUntil = tonumber(closedAt) + holdMs
  if heldUntil > now then return heldUntil end
end

for _, id in ipairs(redis.call('ZRANGE', KEYS[4], 0, -1)) do
  local status, winnerId, closedAt =
    unpack(redis.call('HMGET', auctionPrefix .. id, 'status', 'winnerId', 'closedAt'))
  if status == 'open' then return {-16, id} end
  local heldUntil = status == 'closed' and held(winnerId, closedAt)
  if heldUntil then return {-19, id, heldUntil} end
end
for _, id in ipairs(redis.call('ZRANGE', KEYS[3], 0, -1)) do
  local status, leaderId, winnerId, closedAt = unpack(redis.call('HMGET', auctionPrefix .. id,
    'status', 'leaderId', 'winnerId', 'closedAt'))
  if status == 'open' and leaderId == userId then return {-17, id} end
  local heldUntil = status == 'closed' and winnerId == userId and held(winnerId, closedAt)
  if heldUntil then return {-19, id, heldUntil} end
end

local ended = {0}
for _, hash in ipairs(redis.call('ZRANGE', KEYS[2], 0, -1)) do
  redis.call('DEL', sessionPrefix .. hash)
  ended[#ended + 1] = hash
end
for _, id in ipairs(redis.call('ZRANGE', KEYS[5], 0, -1)) do
  local watchers = auctionPrefix .. id .. ':watchers'
  if redis.call('SREM', watchers, userId) == 1 then announceWatchers(watchers, id, ARGV[9]) end
end
for _, json in ipairs(redis.call('HVALS', KEYS[12])) do
  local search = cjson.decode(json)
  local index = ARGV[6]
  if type(search.category) == 'string' then index = ARGV[7] .. search.category end
  redis.call('SREM', index, userId .. ':' .. search.id)
end
for _, id in ipairs(redis.call('ZRANGE', KEYS[13], 0, -1)) do
  redis.call('ZREM', KEYS[14], id)
  redis.call('DEL', ARGV[8] .. id)
end
if redis.call('GET', KEYS[6]) == userId then redis.call('DEL', KEYS[6]) end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[7], KEYS[8], KEYS[9],
  KEYS[10], KEYS[11], KEYS[12], KEYS[13], KEYS[15])
return ended
