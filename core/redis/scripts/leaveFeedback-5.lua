--[[
  One party of a sale rates the other, once, within the window after the
  close: the buyer rates the seller, the seller rates the buyer. The rating
  is public and never rewritten; the rated account counts it (fields
  `feedback:<rating>` of its hash) and lists it (received, newest first),
  and the author's list of feedback given gets it too (their data export).
  The auction's watchers and the rated party's devices are told.

  The rated account's keys are built from the auction's seller or winner id
  (one Redis, not a cluster, as deleteAccount does).

  Input:
    KEYS[1] auction hash   KEYS[2] the auction's feedback (hash: field = author's role)
    KEYS[3] the author's account (hash)   KEYS[4] the author's feedback given (sorted set)
    KEYS[5] the feedback stream (the worker e-mails the rated person)
    ARGV[1] author id   ARGV[2] author name   ARGV[3] rating   ARGV[4] comment
    ARGV[5] user key prefix (account: prefix .. id; received: prefix .. id .. ':feedback')
    ARGV[6] the window after the close, in ms   ARGV[7] events channel
    ARGV[8] the feedback stream's cap (XADD MAXLEN ~); '0': queue no e-mail

  Output:
    {0, feedbackJson, auction title}  left; {type = 'feedback:left', ...} PUBLISHed
    {-1} no such auction   {-26} not sold (open, cancelled, or closed without a winner)
    {-27} the author is neither its seller nor its buyer   {-28} the window has passed
    {-29} this party rated already   {-18} the author's account was deleted
    {-30, role, name} the rated party ('seller' or 'buyer') deleted their account
]]
--@include auction

if redis.call('EXISTS', KEYS[3]) == 0 then return {-18} end
local id, title, status, closedAt, sellerId, sellerName, winnerId, winnerName =
  unpack(redis.call('HMGET', KEYS[1], 'id', 'title', 'status', 'closedAt', 'sellerId',
    'sellerName', 'winnerId', 'winnerName'))
if not id then return {-1} end
if status ~= 'closed' or not winnerId or winnerId == '' then return {-26} end

local role, toId, toName, toRole
if ARGV[1] == winnerId then
  role, toId, toName, toRole = 'buyer', sellerId, sellerName, 'seller'
elseif ARGV[1] == sellerId then
  role, toId, toName, toRole = 'seller', winnerId, winnerName, 'buyer'
else
  return {-27}
end
local now = nowMs()
if now >= tonumber(closedAt) + tonumber(ARGV[6]) then return {-28} end
if redis.call('HEXISTS', KEYS[2], role) == 1 then return {-29} end
local toKey = ARGV[5] .. toId
if redis.call('EXISTS', toKey) == 0 then return {-30, toRole, toName} end

local feedback = {role = role, fromId = ARGV[1], fromName = ARGV[2], toId = toId,
  toName = toName, rating = ARGV[3], comment = ARGV[4], createdAt = now}
local json = cjson.encode(feedback)
redis.call('HSET', KEYS[2], role, json)
redis.call('HINCRBY', toKey, 'feedback:' .. ARGV[3], 1)
redis.call('ZADD', toKey .. ':feedback', now, id .. ':' .. role)
redis.call('ZADD', KEYS[4], now, id .. ':' .. role)
if ARGV[8] ~= '0' then
  redis.call('XADD', KEYS[5], 'MAXLEN', '~', ARGV[8], '*', 'auctionId', id, 'role', role,
    'kind', 'left')
end
redis.call('PUBLISH', ARGV[7], cjson.encode({type = 'feedback:left', auctionId = id,
  auctionTitle = title, feedback = feedback}))
return {0, json, title}
