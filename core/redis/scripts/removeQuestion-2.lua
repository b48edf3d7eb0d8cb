--[[
  The seller removes a question from their auction's page (spam, abuse, a
  phone number posted in public), answered or not. Its number is not used
  again, so every other question keeps its own. Watchers are told.

  Input:
    KEYS[1] auction hash   KEYS[2] the auction's questions (hash)
    ARGV[1] seller id   ARGV[2] the question's number   ARGV[3] events channel

  Output:
    {0, version}  removed; {type = 'question:removed', ...} PUBLISHed
    {-1} not found   {-11} the caller is not the seller   {-23} no such question
]]
local id, sellerId = unpack(redis.call('HMGET', KEYS[1], 'id', 'sellerId'))
if not id then return {-1} end
if sellerId ~= ARGV[1] then return {-11} end
if redis.call('HDEL', KEYS[2], 'q:' .. ARGV[2]) == 0 then return {-23} end
local version = redis.call('HINCRBY', KEYS[2], 'version', 1)
redis.call('PUBLISH', ARGV[3], cjson.encode({type = 'question:removed', auctionId = id,
  version = version, number = tonumber(ARGV[2])}))
return {0, version}
