--[[
  The seller adds a photo to an open auction: before it starts, and after
  bids too (one more photo tells bidders more; removing one is only for
  before the first bid, see removePhoto). The image bytes are kept beside
  the auction under KEYS[2]; the auction's `photos` field holds the public
  list (JSON) the views carry as it is. Watchers and the lobby are told.
  The auction's seq does not move (bids are numbered without holes).

  Input:
    KEYS[1] auction hash   KEYS[2] the photo's hash (full, thumbnail)
    ARGV[1] seller id   ARGV[2] events channel
    ARGV[3] the photo's public record (JSON: id, width, height, url, thumbnailUrl)
    ARGV[4] the photo (bytes)   ARGV[5] its thumbnail (bytes)
    ARGV[6] the most photos an auction may have

  Output:
    {0, eventJson}  added; {type = 'auction:edited', state}, also PUBLISHed
    {-1} not found   {-11} caller is not the seller
    {-2} closed, cancelled or past its end   {-20} it has ARGV[6] photos already
]]
--@include auction

local a = hashToTable(redis.call('HGETALL', KEYS[1]))
if not a.id then return {-1} end
if a.sellerId ~= ARGV[1] then return {-11} end
if a.status ~= 'open' or nowMs() >= tonumber(a.endsAt) then return {-2} end
local photos = cjson.decode(photosJson(a))
if #photos >= tonumber(ARGV[6]) then return {-20} end

table.insert(photos, cjson.decode(ARGV[3]))
redis.call('HSET', KEYS[2], 'full', ARGV[4], 'thumbnail', ARGV[5])
redis.call('HSET', KEYS[1], 'photos', cjson.encode(photos))
local event = cjson.encode({type = 'auction:edited', state = redis.call('HGETALL', KEYS[1])})
redis.call('PUBLISH', ARGV[2], event)
return {0, event}
