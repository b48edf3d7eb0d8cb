--[[
  The seller cancels an auction, allowed only before its first bid.
  Watchers are told; a cancelled auction produces no report (it never
  reaches the finished stream).

  Input:
    KEYS[1] auction hash   KEYS[2] open-auctions set   KEYS[3] ending-soon notices set
    KEYS[4] open auctions by listing time
    ARGV[1] seller id   ARGV[2] events channel

  Output:
    {0, eventJson}  cancelled; {type, state}, also PUBLISHed
    {-1} not found   {-2} already closed or cancelled
    {-11} caller is not the seller   {-12} it has bids
]]
--@include auction

local a = hashToTable(redis.call('HGETALL', KEYS[1]))
if not a.id then return {-1} end
if a.sellerId ~= ARGV[1] then return {-11} end
local now = nowMs()
if a.status ~= 'open' or now >= tonumber(a.endsAt) then return {-2} end
if tonumber(a.bidCount) > 0 then return {-12} end

redis.call('HINCRBY', KEYS[1], 'seq', 1)
redis.call('HSET', KEYS[1], 'status', 'cancelled', 'outcome', 'CANCELLED', 'closedAt', now)
redis.call('ZREM', KEYS[2], a.id)
redis.call('ZREM', KEYS[3], a.id)
redis.call('ZREM', KEYS[4], a.id)
local event = cjson.encode({type = 'auction:cancelled', state = redis.call('HGETALL', KEYS[1])})
redis.call('PUBLISH', ARGV[2], event)
return {0, event}
