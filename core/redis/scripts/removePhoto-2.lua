--[[
  The seller removes a photo, only before the first bid: bidders bid on
  what they saw. Watchers and the lobby are told; seq does not move.

  Input:
    KEYS[1] auction hash   KEYS[2] the photo's hash
    ARGV[1] seller id   ARGV[2] events channel   ARGV[3] photo id

  Output:
    {0, eventJson}  removed; {type = 'auction:edited', state}, also PUBLISHed
    {-1} not found   {-11} caller is not the seller
    {-2} closed, cancelled or past its end   {-12} it has bids
    {-21} the auction has no such photo
]]
--@include auction

local a = hashToTable(redis.call('HGETALL', KEYS[1]))
if not a.id then return {-1} end
if a.sellerId ~= ARGV[1] then return {-11} end
if a.status ~= 'open' or nowMs() >= tonumber(a.endsAt) then return {-2} end
if tonumber(a.bidCount) > 0 then return {-12} end

local kept, found = {}, false
for _, photo in ipairs(cjson.decode(photosJson(a))) do
  if photo.id == ARGV[3] then found = true else table.insert(kept, photo) end
end
if not found then return {-21} end

redis.call('DEL', KEYS[2])
-- cjson would encode an empty list as {}: no photos is no field.
if #kept == 0 then
  redis.call('HDEL', KEYS[1], 'photos')
else
  redis.call('HSET', KEYS[1], 'photos', cjson.encode(kept))
end
local event = cjson.encode({type = 'auction:edited', state = redis.call('HGETALL', KEYS[1])})
redis.call('PUBLISH', ARGV[2], event)
return {0, event}
