--[[
  Places a bid atomically: validates everything, then writes price, leader,
  sequence number, soft-close extension, the bid record and the event.
  Time is Redis's clock (TIME), the one clock every replica shares.

  Input:
    KEYS[1] auction hash            KEYS[2] bids sorted set (score = seq)
    KEYS[3] open-auctions sorted set (score = endsAt ms)
    ARGV[1] bid id    ARGV[2] bidder id    ARGV[3] bidder name
    ARGV[4] amount (integer minor units)   ARGV[5] events channel

  Output:
    {0, eventJson}   accepted; eventJson = {type, state, bid}, also PUBLISHed
    {-1}             auction not found
    {-2}             auction closed (status or server time past endsAt)
    {-3}             bidder is the seller
    {-4, minimumBid} amount below the minimum
]]
local auctionKey, bidsKey, openKey = KEYS[1], KEYS[2], KEYS[3]
local bidId, bidderId, bidderName = ARGV[1], ARGV[2], ARGV[3]
local amount = tonumber(ARGV[4])

local fields = redis.call('HMGET', auctionKey, 'status', 'endsAt', 'sellerId', 'startingPrice',
  'currentPrice', 'minIncrement', 'bidCount', 'softCloseSeconds', 'seq', 'id')
if not fields[1] then return {-1} end

local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local endsAt = tonumber(fields[2])
if fields[1] ~= 'open' or now >= endsAt then return {-2} end
if fields[3] == bidderId then return {-3} end

local bidCount = tonumber(fields[7])
local minimumBid
if bidCount == 0 then
  minimumBid = tonumber(fields[4])
else
  minimumBid = tonumber(fields[5]) + tonumber(fields[6])
end
if amount < minimumBid then return {-4, minimumBid} end

-- Soft close: a bid with less than the window left moves the end.
local softCloseMs = tonumber(fields[8]) * 1000
if softCloseMs > 0 and endsAt - now < softCloseMs then
  endsAt = now + softCloseMs
  redis.call('ZADD', openKey, endsAt, fields[10])
end

local seq = tonumber(fields[9]) + 1
redis.call('HSET', auctionKey, 'currentPrice', amount, 'leaderId', bidderId,
  'leaderName', bidderName, 'bidCount', bidCount + 1, 'seq', seq, 'endsAt', endsAt)

local bid = {id = bidId, auctionId = fields[10], seq = seq, amount = amount,
  bidderId = bidderId, bidderName = bidderName, placedAt = now}
redis.call('ZADD', bidsKey, seq, cjson.encode(bid))

local state = redis.call('HGETALL', auctionKey)
local event = cjson.encode({type = 'bid:placed', state = state, bid = bid})
redis.call('PUBLISH', ARGV[5], event)
return {0, event}
