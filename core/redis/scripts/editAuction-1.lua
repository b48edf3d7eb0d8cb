--[[
  The seller corrects an auction's title, description or category, allowed only
  before its first bid: bidders bid on what they read. Watchers and the
  lobby are told. The auction's seq does not move, so the first bid still
  gets seq 1 (bids are numbered without holes).

  Input:
    KEYS[1] auction hash
    ARGV[1] seller id   ARGV[2] events channel
    ARGV[3] '1' to set the title to ARGV[4]
    ARGV[5] '1' to set the description to ARGV[6]
    ARGV[7] '1' to set the category to ARGV[8]

  Output:
    {0, eventJson}  edited; {type, state}, also PUBLISHed
    {-1} not found   {-2} closed, cancelled or past its end
    {-11} caller is not the seller   {-12} it has bids
]]
--@include auction

local a = hashToTable(redis.call('HGETALL', KEYS[1]))
if not a.id then return {-1} end
if a.sellerId ~= ARGV[1] then return {-11} end
if a.status ~= 'open' or nowMs() >= tonumber(a.endsAt) then return {-2} end
if tonumber(a.bidCount) > 0 then return {-12} end

if ARGV[3] == '1' then redis.call('HSET', KEYS[1], 'title', ARGV[4]) end
if ARGV[5] == '1' then redis.call('HSET', KEYS[1], 'description', ARGV[6]) end
if ARGV[7] == '1' then redis.call('HSET', KEYS[1], 'category', ARGV[8]) end
local event = cjson.encode({type = 'auction:edited', state = redis.call('HGETALL', KEYS[1])})
redis.call('PUBLISH', ARGV[2], event)
return {0, event}
