--[[
  Buy It Now: the buyer takes the auction at its Buy It Now price, which is
  recorded as a bid, and the auction closes at once with the buyer as
  winner, in one atomic step. Offered until the first bid, or until the
  reserve is met when there is one (lib/auction.lua buyNowAvailable).

  Input:
    KEYS[1] auction hash   KEYS[2] bids sorted set   KEYS[3] open-auctions set
    KEYS[4] closed-auctions set   KEYS[5] finished-auctions stream
    KEYS[6] the buyer's auctions bid on (sorted set, score = their last bid, ms)
    KEYS[7] open auctions by listing time   KEYS[8] the buyer's account (hash)
    ARGV[1] bid id   ARGV[2] buyer id   ARGV[3] buyer name
    ARGV[4] events channel   ARGV[5] public finished channel
    ARGV[6] user key prefix (the seller's blocked users: prefix .. sellerId .. ':blocked')

  Output:
    {0, resultJson}  bought; {state, bids, leading}
    {-1} not found   {-2} closed or past its end   {-3} buyer is the seller
    {-9} not started   {-10} Buy It Now not offered (any more)
    {-18} the buyer's account was deleted (after their token was checked)
    {-31} the seller blocked the buyer
]]
--@include auction

if redis.call('EXISTS', KEYS[8]) == 0 then return {-18} end
local a = hashToTable(redis.call('HGETALL', KEYS[1]))
if not a.id then return {-1} end
local now = nowMs()
if a.status ~= 'open' or now >= tonumber(a.endsAt) then return {-2} end
if now < tonumber(a.startsAt or 0) then return {-9} end
if a.sellerId == ARGV[2] then return {-3} end
if blockedBySeller(a, ARGV[2], ARGV[6]) then return {-31} end
if not buyNowAvailable(a) then return {-10} end

local price = tonumber(a.buyNowPrice)
local previousLeader = a.leaderId
local seq = tonumber(a.seq) + 1
local bid = {id = ARGV[1], auctionId = a.id, seq = seq, amount = price, bidderId = ARGV[2],
  bidderName = ARGV[3], placedAt = now, automatic = false, buyNow = true}
redis.call('ZADD', KEYS[2], seq, cjson.encode(bid))
redis.call('ZADD', KEYS[6], now, a.id)
redis.call('HSET', KEYS[1], 'currentPrice', price, 'leaderId', ARGV[2], 'leaderName', ARGV[3],
  'proxyMax', '', 'bidCount', tonumber(a.bidCount) + 1, 'seq', seq)
redis.call('PUBLISH', ARGV[4], cjson.encode({type = 'bids:placed',
  state = redis.call('HGETALL', KEYS[1]), bids = {bid}, extended = false, outbidUserIds = {}}))

a = hashToTable(redis.call('HGETALL', KEYS[1]))
closeAuction(KEYS[1], a, now, 'BOUGHT_NOW', {KEYS[3], KEYS[4], KEYS[5], KEYS[7]}, {ARGV[4], ARGV[5]})
local state = redis.call('HGETALL', KEYS[1])
if previousLeader ~= '' and previousLeader ~= ARGV[2] then
  redis.call('PUBLISH', ARGV[4], cjson.encode({type = 'bid:outbid', state = state,
    userIds = {previousLeader}}))
end
return {0, cjson.encode({state = state, bids = {bid}, leading = true})}
