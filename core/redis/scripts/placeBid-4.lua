--[[
  Places a bid atomically: validates everything, then writes price, leader,
  sequence number, soft-close extension, the bid record and the event.
  Time is Redis's clock (TIME), the one clock every replica shares.

  With an idempotency key (ARGV[6] = '1'), the first reply is kept for a
  day under KEYS[4] and a retry gets it back instead of bidding twice; the
  same key with another auction or amount is refused.

  Input:
    KEYS[1] auction hash            KEYS[2] bids sorted set (score = seq)
    KEYS[3] open-auctions sorted set (score = endsAt ms)
    KEYS[4] idempotency record (ignored unless ARGV[6] = '1')
    ARGV[1] bid id    ARGV[2] bidder id    ARGV[3] bidder name
    ARGV[4] amount (integer minor units)   ARGV[5] events channel
    ARGV[6] '1' when KEYS[4] is an idempotency key to honour, else '0'

  Output:
    {0, eventJson}   accepted; eventJson = {type, state, bid}, also PUBLISHed
    {-1}             auction not found
    {-2}             auction closed (status or server time past endsAt)
    {-3}             bidder is the seller
    {-4, minimumBid} amount below the minimum
    {-8}             idempotency key already used for another bid
]]
local auctionKey, bidsKey, openKey, idempotencyKey = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local bidId, bidderId, bidderName = ARGV[1], ARGV[2], ARGV[3]
local amount = tonumber(ARGV[4])
local idempotent = ARGV[6] == '1'
local fingerprint = auctionKey .. '|' .. ARGV[4]

if idempotent then
  local stored = redis.call('GET', idempotencyKey)
  if stored then
    local record = cjson.decode(stored)
    if record.fingerprint ~= fingerprint then return {-8} end
    return record.reply
  end
end

-- Keeps the reply for retries with the same idempotency key, then returns it.
local function reply(result)
  if idempotent then
    redis.call('SET', idempotencyKey, cjson.encode({fingerprint = fingerprint, reply = result}), 'EX', 86400)
  end
  return result
end

local fields = redis.call('HMGET', auctionKey, 'status', 'endsAt', 'sellerId', 'startingPrice',
  'currentPrice', 'minIncrement', 'bidCount', 'softCloseSeconds', 'seq', 'id')
if not fields[1] then return reply({-1}) end

local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local endsAt = tonumber(fields[2])
if fields[1] ~= 'open' or now >= endsAt then return reply({-2}) end
if fields[3] == bidderId then return reply({-3}) end

local bidCount = tonumber(fields[7])
local minimumBid
if bidCount == 0 then
  minimumBid = tonumber(fields[4])
else
  minimumBid = tonumber(fields[5]) + tonumber(fields[6])
end
if amount < minimumBid then return reply({-4, minimumBid}) end

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
return reply({0, event})
