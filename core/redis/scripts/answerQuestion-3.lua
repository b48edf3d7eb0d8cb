--[[
  The seller answers a question, once (an answer others have read is not
  rewritten), while the auction is open or after it ended. The auction's
  watchers and the asker's devices are told.

  Input:
    KEYS[1] auction hash   KEYS[2] the auction's questions (hash)
    KEYS[3] the questions stream (the worker e-mails the asker)
    ARGV[1] seller id   ARGV[2] the question's number   ARGV[3] the answer
    ARGV[4] events channel
    ARGV[5] the questions stream's cap (XADD MAXLEN ~); '0': queue no e-mail

  Output:
    {0, questionJson, version}  answered; {type = 'question:answered', ...} PUBLISHed
    {-1} not found   {-11} the caller is not the seller
    {-23} no such question   {-24} it has an answer already
]]
--@include auction

local id, sellerId, title = unpack(redis.call('HMGET', KEYS[1], 'id', 'sellerId', 'title'))
if not id then return {-1} end
if sellerId ~= ARGV[1] then return {-11} end
local stored = redis.call('HGET', KEYS[2], 'q:' .. ARGV[2])
if not stored then return {-23} end
local question = cjson.decode(stored)
if question.answer then return {-24} end

question.answer = {text = ARGV[3], answeredAt = nowMs()}
local json = cjson.encode(question)
redis.call('HSET', KEYS[2], 'q:' .. ARGV[2], json)
local version = redis.call('HINCRBY', KEYS[2], 'version', 1)
if ARGV[5] ~= '0' then
  redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[5], '*', 'auctionId', id,
    'number', ARGV[2], 'kind', 'answered')
end
redis.call('PUBLISH', ARGV[4], cjson.encode({type = 'question:answered', auctionId = id,
  auctionTitle = title, sellerId = sellerId, askerId = question.askerId, version = version,
  question = question}))
return {0, json, version}
