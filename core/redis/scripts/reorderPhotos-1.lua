--[[
  The seller puts the auction's photos in another order (the first is the
  cover), while it is open, after bids too: the same photos, only in a new
  order. Watchers and the lobby are told; seq does not move.

  Input:
    KEYS[1] auction hash
    ARGV[1] seller id   ARGV[2] events channel   ARGV[3..] every photo id, in the new order

  Output:
    {0, eventJson}  reordered; {type = 'auction:edited', state}, also PUBLISHed
    {-1} not found   {-11} caller is not the seller
    {-2} closed, cancelled or past its end
    {-25} the ids are not exactly the auction's photos, each once
]]
--@include auction

local a = hashToTable(redis.call('HGETALL', KEYS[1]))
if not a.id then return {-1} end
if a.sellerId ~= ARGV[1] then return {-11} end
if a.status ~= 'open' or nowMs() >= tonumber(a.endsAt) then return {-2} end

local byId = {}
local photos = cjson.decode(photosJson(a))
for _, photo in ipairs(photos) do byId[photo.id] = photo end
if #ARGV - 2 ~= #photos then return {-25} end
local ordered = {}
for i = 3, #ARGV do
  local photo = byId[ARGV[i]]
  -- An unknown id, or one given twice (taken out when first placed).
  if not photo then return {-25} end
  byId[ARGV[i]] = nil
  table.insert(ordered, photo)
end
if #ordered == 0 then return {-25} end

redis.call('HSET', KEYS[1], 'photos', cjson.encode(ordered))
local event = cjson.encode({type = 'auction:edited', state = redis.call('HGETALL', KEYS[1])})
redis.call('PUBLISH', ARGV[2], event)
return {0, event}
