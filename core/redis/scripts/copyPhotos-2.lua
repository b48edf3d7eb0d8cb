--[[
  The seller offers an item again with the photos of an earlier auction of
  theirs: each photo's files are copied (COPY: no image work) under the new
  auction, in the same order, after the photos it has, up to the most
  allowed. A photo it has already (same id) is not copied twice, so a
  retried call adds nothing. Watchers and the lobby are told.

  Input:
    KEYS[1] the new auction's hash   KEYS[2] the earlier auction's hash
    ARGV[1] seller id   ARGV[2] events channel   ARGV[3] the most photos allowed
    ARGV[4] the key prefix of the earlier auction's photos (prefix .. photo id)
    ARGV[5] the same for the new auction
    ARGV[6..] per photo to copy, in order: its id, then its public record
      for the new auction (JSON: id, width, height, url, thumbnailUrl)

  Output:
    {0, eventJson, copied}  {type = 'auction:edited', state}, also PUBLISHed
      when anything was copied
    {-1} either auction not found   {-11} the caller sells neither or only one
    {-2} the new auction is closed, cancelled or past its end
    {-38} a moderator removed the earlier auction: its photos are not published again
      (unless an appeal reversed the removal)
]]
--@include auction

local target = hashToTable(redis.call('HGETALL', KEYS[1]))
local source = hashToTable(redis.call('HGETALL', KEYS[2]))
if not target.id or not source.id then return {-1} end
if target.sellerId ~= ARGV[1] or source.sellerId ~= ARGV[1] then return {-11} end
if target.status ~= 'open' or nowMs() >= tonumber(target.endsAt) then return {-2} end
if source.removedBy and source.removalReversed ~= '1' then return {-38} end

local photos = cjson.decode(photosJson(target))
local copied = 0
for i = 6, #ARGV - 1, 2 do
  if #photos >= tonumber(ARGV[3]) then break end
  -- COPY answers 0, and copies nothing, when the earlier auction no longer
  -- has the photo or this one has it already (copied before).
  if redis.call('COPY', ARGV[4] .. ARGV[i], ARGV[5] .. ARGV[i]) == 1 then
    table.insert(photos, cjson.decode(ARGV[i + 1]))
    copied = copied + 1
  end
end
if copied == 0 then
  return {0, cjson.encode({type = 'auction:edited', state = redis.call('HGETALL', KEYS[1])}), 0}
end
redis.call('HSET', KEYS[1], 'photos', cjson.encode(photos))
local event = cjson.encode({type = 'auction:edited', state = redis.call('HGETALL', KEYS[1])})
redis.call('PUBLISH', ARGV[2], event)
return {0, event, copied}
