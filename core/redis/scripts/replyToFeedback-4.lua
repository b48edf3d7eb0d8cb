--[[
  The rated person answers a rating of theirs, once (eBay's "reply to
  feedback"): public, beside it, never rewritten. The sale's watchers and the
  author's devices are told.

  Input:
    KEYS[1] auction hash   KEYS[2] the auction's feedback (hash: field = author's role)
    KEYS[3] the replier's account (hash)
    KEYS[4] the feedback stream (the worker e-mails the rating's author)
    ARGV[1] the author's role (which rating)   ARGV[2] replier id   ARGV[3] the text
    ARGV[4] events channel
    ARGV[5] the feedback stream's cap (XADD MAXLEN ~); '0': queue no e-mail

  Output:
    {0, feedbackJson, auction title}  answered; {type = 'feedback:replied', ...} PUBLISHed
    {-1} no such auction   {-34} no such rating   {-35} the replier is not the one it rates
    {-36} it has an answer already   {-18} the replier's account was deleted
]]
--@include auction

if redis.call('EXISTS', KEYS[3]) == 0 then return {-18} end
local id, title = unpack(redis.call('HMGET', KEYS[1], 'id', 'title'))
if not id then return {-1} end
local stored = redis.call('HGET', KEYS[2], ARGV[1])
if not stored then return {-34} end
local feedback = cjson.decode(stored)
if feedback.toId ~= ARGV[2] then return {-35} end
if feedback.reply then return {-36} end

feedback.reply = {text = ARGV[3], createdAt = nowMs()}
local json = cjson.encode(feedback)
redis.call('HSET', KEYS[2], ARGV[1], json)
if ARGV[5] ~= '0' then
  redis.call('XADD', KEYS[4], 'MAXLEN', '~', ARGV[5], '*', 'auctionId', id, 'role', ARGV[1],
    'kind', 'replied')
end
redis.call('PUBLISH', ARGV[4], cjson.encode({type = 'feedback:replied', auctionId = id,
  auctionTitle = title, feedback = feedback}))
return {0, json, title}
