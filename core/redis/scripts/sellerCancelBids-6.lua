--[[
  The seller cancels a bidder's bids on their open auction (eBay's bid
  cancellation: the bidder asked to back out, the listing had an error, the
  item is no longer available — every bid must go before the seller may
  cancel the auction —, or the bidder may be a fraud) and the auction is
  worked out again without them (lib/withdraw.lua, shared with cancelBids
  and retractBid). Every bid of that bidder on the auction goes; they may
  bid again unless the seller also blocks them. The withdrawn bids, and the
  automatic answers they drew, stay in the history marked cancelled and
  `cancelledBySeller`, in public: a seller who clears away rivals is seen to.

  Only while the auction is open, by Redis's clock, and only by its seller
  (an account deleted mid-way is refused). Published as one `bids:cancelled`
  (reason `seller`, with the bidder's id, whose devices hear it too). Where
  the platform sends e-mail, the bidder is streamed for the worker, which
  tells them why, and so is a bidder who leads again.

  Input:
    KEYS[1] the seller's account (hash)   KEYS[2] auction hash
    KEYS[3] bids sorted set (score = seq)
    KEYS[4] the auction's bid inputs (list, placeBid's: '<seq before> <bidder> <amount> <max or -> [raise]')
    KEYS[5] the lead-restored stream
    KEYS[6] the seller-cancellation stream ({auctionId, userId, reason, cancelled: the
      auction's cancelledBidCount after it})
    ARGV[1] the seller's user id   ARGV[2] the bidder's user id   ARGV[3] the reason
    ARGV[4] events channel   ARGV[5] id for an automatic bid
    ARGV[6] the two streams' cap (XADD MAXLEN ~); '0': queue no e-mail

  Output: {0, cancelled bid ids (JSON), bids added (JSON), state (flat fields)…}
          {-18} the seller's account was deleted
          {-1} no such auction   {-11} not the seller   {-2} not open, or past its end
          {-57} no bid of that bidder stands here
]]
--@include auction
--@include proxy
--@include withdraw

local sellerId, bidderId = ARGV[1], ARGV[2]
if redis.call('EXISTS', KEYS[1]) == 0 then return {-18} end
local stored = redis.call('HGETALL', KEYS[2])
local a = hashToTable(stored)
if not a.id then return {-1} end
if a.sellerId ~= sellerId then return {-11} end
local now = nowMs()
if a.status ~= 'open' or now >= tonumber(a.endsAt) then return {-2} end

local k = withdrawalKeys(KEYS[2], KEYS[3], KEYS[4], KEYS[5])
local lines = redis.call('LRANGE', KEYS[4], 0, -1)
local start, records = withdrawalReading(k, a, lines, bidderId)
if not hasStandingBid(records, bidderId) then return {-57} end
local cancelledIds, added, state = withdrawBids(k, a, stored, records, lines, {userId = bidderId,
  fromSeq = 0, fromInput = 1, autoBidId = ARGV[5], now = now, mark = 'cancelledBySeller',
  streamCap = ARGV[6]}, start)
if ARGV[6] ~= '0' then
  -- The auction's count of withdrawn bids tells this cancellation from any other.
  local cancelled = decimal(tonumber(a.cancelledBidCount or 0) + #cancelledIds)
  redis.call('XADD', KEYS[6], 'MAXLEN', '~', ARGV[6], '*', 'auctionId', a.id, 'userId', bidderId,
    'reason', ARGV[3], 'cancelled', cancelled)
end
publishBidsCancelled(ARGV[4], state, cancelledIds, added, 'seller', bidderId)
return {0, cjson.encode(cancelledIds), cjson.encode(added), unpack(state)}
