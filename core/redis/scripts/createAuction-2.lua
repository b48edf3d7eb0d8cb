--[[
  Creates an auction and announces it, in one step. The end is computed from
  Redis's clock so that every replica agrees on it.

  Input:
    KEYS[1] auction hash     KEYS[2] open-auctions sorted set (score = endsAt ms)
    ARGV[1] id   ARGV[2] title   ARGV[3] description   ARGV[4] seller id
    ARGV[5] seller name   ARGV[6] starting price   ARGV[7] min increment
    ARGV[8] soft-close seconds
    ARGV[9] duration in ms, or '' when ARGV[10] is given
    ARGV[10] absolute end in ms, or ''
    ARGV[11] longest allowed duration in ms   ARGV[12] events channel

  Output:
    {0, eventJson}  created; eventJson = {type, state}, also PUBLISHed
    {-5}            the end is not in the future or too far away
    {-6}            an auction with this id exists
]]
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

local endsAt
if ARGV[9] ~= '' then
  endsAt = now + tonumber(ARGV[9])
else
  endsAt = tonumber(ARGV[10])
end
if endsAt <= now or endsAt > now + tonumber(ARGV[11]) then return {-5} end
if redis.call('EXISTS', KEYS[1]) == 1 then return {-6} end

redis.call('HSET', KEYS[1], 'id', ARGV[1], 'title', ARGV[2], 'description', ARGV[3],
  'sellerId', ARGV[4], 'sellerName', ARGV[5], 'status', 'open',
  'startingPrice', ARGV[6], 'currentPrice', ARGV[6], 'minIncrement', ARGV[7],
  'softCloseSeconds', ARGV[8], 'bidCount', 0, 'leaderId', '', 'leaderName', '',
  'endsAt', endsAt, 'createdAt', now, 'closedAt', '', 'seq', 0)
redis.call('ZADD', KEYS[2], endsAt, ARGV[1])

local event = cjson.encode({type = 'auction:created', state = redis.call('HGETALL', KEYS[1])})
redis.call('PUBLISH', ARGV[12], event)
return {0, event}
