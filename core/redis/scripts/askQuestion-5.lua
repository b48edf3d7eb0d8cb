--[[
  Someone asks the seller a question about an open auction. Questions are
  public, numbered from 1 in the order asked, and kept with the auction;
  the asker's list of questions (for their data export) gets it too. The
  auction's watchers and the seller's devices are told.

  Input:
    KEYS[1] auction hash   KEYS[2] the auction's questions (hash)
    KEYS[3] the asker's account (hash)   KEYS[4] the asker's questions (sorted set)
    KEYS[5] the questions stream (the worker e-mails the seller)
    ARGV[1] asker id   ARGV[2] asker name   ARGV[3] the text
    ARGV[4] events channel   ARGV[5] the most questions an auction may have
    ARGV[6] the questions stream's cap (XADD MAXLEN ~); '0': queue no e-mail
    ARGV[7] user key prefix (the seller's blocked users: prefix .. sellerId .. ':blocked')

  Output:
    {0, questionJson, version}  asked; {type = 'question:asked', ...} PUBLISHed
    {-1} not found   {-2} closed, cancelled or past its end
    {-3} the asker is the seller   {-18} the asker's account was deleted
    {-22} the auction has ARGV[5] questions already
    {-31} the seller blocked the asker
]]
--@include auction

if redis.call('EXISTS', KEYS[3]) == 0 then return {-18} end
local a = hashToTable(redis.call('HGETALL', KEYS[1]))
if not a.id then return {-1} end
local now = nowMs()
if a.status ~= 'open' or now >= tonumber(a.endsAt) then return {-2} end
if a.sellerId == ARGV[1] then return {-3} end
if blockedBySeller(a, ARGV[1], ARGV[7]) then return {-31} end
if tonumber(redis.call('HGET', KEYS[2], 'count') or 0) >= tonumber(ARGV[5]) then return {-22} end

local number = redis.call('HINCRBY', KEYS[2], 'count', 1)
local version = redis.call('HINCRBY', KEYS[2], 'version', 1)
local question = {number = number, askerId = ARGV[1], askerName = ARGV[2], text = ARGV[3],
  askedAt = now}
local json = cjson.encode(question)
redis.call('HSET', KEYS[2], 'q:' .. number, json)
redis.call('ZADD', KEYS[4], now, a.id .. ':' .. number)
if ARGV[6] ~= '0' then
  redis.call('XADD', KEYS[5], 'MAXLEN', '~', ARGV[6], '*', 'auctionId', a.id,
    'number', number, 'kind', 'asked')
end
redis.call('PUBLISH', ARGV[4], cjson.encode({type = 'question:asked', auctionId = a.id,
  auctionTitle = a.title, sellerId = a.sellerId, version = version, question = question}))
return {0, json, version}
