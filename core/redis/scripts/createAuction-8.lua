--[[
  Creates an auction and announces it, in one step. Start and end are
  checked and computed on Redis's clock, so every replica agrees on them.

  Input:
    KEYS[1] auction hash   KEYS[2] open-auctions sorted set (score = endsAt ms)
    KEYS[3] ending-soon notices sorted set (score = when to notify, ms)
    KEYS[4] the seller's auctions (sorted set, score = createdAt ms)
    KEYS[5] open auctions by listing time (sorted set, score = createdAt ms)
    KEYS[6] the seller's account (hash)
    KEYS[7] ending-soon e-mails sorted set (score = when to e-mail watchers and bidders, ms)
    KEYS[8] the new listings stream (the worker tells whoever saved a search it matches)
    ARGV[1] id   ARGV[2] title   ARGV[3] description   ARGV[4] seller id
    ARGV[5] seller name   ARGV[6] starting price
    ARGV[7] fixed increment, or '' for the default table
    ARGV[8] soft-close seconds
    ARGV[9] duration in ms (counted from the start), or ''
    ARGV[10] absolute end in ms, or ''
    ARGV[11] longest allowed wait for the start, and run from start to end, ms
    ARGV[12] events channel
    ARGV[13] absolute start in ms, or '' (now)
    ARGV[14] hard deadline for soft-close extensions in ms, or ''
    ARGV[15] reserve price, or ''   ARGV[16] Buy It Now price, or ''
    ARGV[17] ms before the end to send the ending-soon notice (0: none)
    ARGV[18] ms before the end to e-mail watchers and bidders (0: never). Set once: an
             extension does not move it, so nobody is e-mailed twice; an
             auction shorter than this from now is not e-mailed about.
    ARGV[19] category   ARGV[20] the new listings stream's cap (XADD MAXLEN ~)

  Output:
    {0, eventJson}  created; eventJson = {type, state}, also PUBLISHed
    {-5}            start/end/deadline not in the future, out of order or too far
    {-6}            an auction with this id exists
    {-18}           the seller's account was deleted (after their token was checked)
]]
--@include auction

if redis.call('EXISTS', KEYS[6]) == 0 then return {-18} end
local now = nowMs()
local limit = now + tonumber(ARGV[11])

local startsAt = num(ARGV[13]) or now
if startsAt < now or startsAt > limit then return {-5} end
local endsAt = num(ARGV[10]) or (startsAt + tonumber(ARGV[9]))
if endsAt <= startsAt or endsAt <= now or endsAt > startsAt + tonumber(ARGV[11]) then return {-5} end
local maxEndsAt = num(ARGV[14])
if maxEndsAt and maxEndsAt < endsAt then return {-5} end
if redis.call('EXISTS', KEYS[1]) == 1 then return {-6} end

local endingSoonMs = tonumber(ARGV[17])
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'title', ARGV[2], 'description', ARGV[3],
  'sellerId', ARGV[4], 'sellerName', ARGV[5], 'status', 'open',
  'startingPrice', ARGV[6], 'currentPrice', ARGV[6], 'minIncrement', ARGV[7],
  'softCloseSeconds', ARGV[8], 'bidCount', 0, 'leaderId', '', 'leaderName', '',
  'proxyMax', '', 'startsAt', startsAt, 'endsAt', endsAt, 'originalEndsAt', endsAt,
  'maxEndsAt', ARGV[14],
  'reservePrice', ARGV[15], 'buyNowPrice', ARGV[16], 'endingSoonMs', endingSoonMs,
  'createdAt', now, 'closedAt', '', 'outcome', '', 'winnerId', '', 'winnerName', '', 'seq', 0,
  'category', ARGV[19])
redis.call('ZADD', KEYS[2], endsAt, ARGV[1])
redis.call('ZADD', KEYS[4], now, ARGV[1])
redis.call('ZADD', KEYS[5], now, ARGV[1])
if endingSoonMs > 0 and endsAt - endingSoonMs > now then
  redis.call('ZADD', KEYS[3], endsAt - endingSoonMs, ARGV[1])
end
local mailBeforeMs = tonumber(ARGV[18])
if mailBeforeMs > 0 and endsAt - mailBeforeMs > now then
  redis.call('ZADD', KEYS[7], endsAt - mailBeforeMs, ARGV[1])
end

redis.call('XADD', KEYS[8], 'MAXLEN', '~', ARGV[20], '*', 'auctionId', ARGV[1])

local event = cjson.encode({type = 'auction:created', state = redis.call('HGETALL', KEYS[1])})
redis.call('PUBLISH', ARGV[12], event)
return {0, event}
