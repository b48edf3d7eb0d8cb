--[[
  Cancels a suspended account's bids on one open auction (eBay does so for
  suspended accounts: shill bidding is the usual reason) and works the
  auction out again as if it had never bid (lib/withdraw.lua, shared with
  retractBid): the bids of everyone else, as they asked them, placed again
  through the same proxy rules; its bids, and the automatic answers they
  drew, stay in the history marked cancelled.

  Only while the account is still suspended (a reinstatement racing this
  wins) and only by a moderator, read in the same step. Written to the
  moderation log (`bids_cancelled`) and published as one `bids:cancelled`.
  Where the platform sends e-mail, a bidder who leads again (the lead was
  the account's, or went to it through an answer) is streamed for the
  worker, which tells them: they may have been e-mailed they were outbid.

  Input:
    KEYS[1] the moderator's account (hash)   KEYS[2] the suspended account (hash)
    KEYS[3] auction hash   KEYS[4] bids sorted set (score = seq)
    KEYS[5] the auction's bid inputs (list, placeBid's: '<seq before> <bidder> <amount> <max or -> [raise]')
    KEYS[6] the moderation log (stream)   KEYS[7] the lead-restored stream
    ARGV[1] moderator id   ARGV[2] the account's user id   ARGV[3] the suspension's reason
    ARGV[4] events channel   ARGV[5] id for an automatic bid   ARGV[6] the log's cap
    ARGV[7] the lead-restored stream's cap (XADD MAXLEN ~); '0': queue no e-mail

  Output: {0, n} n bids cancelled (the event goes to the relays, not the caller);
          {0} the account has no bid that stands here
          {-39} not a moderator   {-48} the account is not suspended
          {-1} no such auction    {-2} not open, or past its end
]]
--@include auction
--@include proxy
--@include withdraw

local userId = ARGV[2]
if redis.call('HGET', KEYS[1], 'moderator') ~= '1' then return {-39} end
if redis.call('HGET', KEYS[2], 'suspended') ~= '1' then return {-48} end
local stored = redis.call('HGETALL', KEYS[3])
local a = hashToTable(stored)
if not a.id then return {-1} end
local now = nowMs()
if a.status ~= 'open' or now >= tonumber(a.endsAt) then return {-2} end

local k = withdrawalKeys(KEYS[3], KEYS[4], KEYS[5], KEYS[7])
local lines = redis.call('LRANGE', KEYS[5], 0, -1)
local start, records = withdrawalReading(k, a, lines, userId)
if not hasStandingBid(records, userId) then return {0} end
local cancelledIds, added, state = withdrawBids(k, a, stored, records, lines, {userId = userId,
  fromSeq = 0, fromInput = 1, autoBidId = ARGV[5], now = now, streamCap = ARGV[7]}, start)
redis.call('XADD', KEYS[6], 'MAXLEN', '~', ARGV[6], '*', 'action', 'bids_cancelled',
  'moderatorId', ARGV[1], 'auctionId', a.id, 'userId', userId, 'reason', ARGV[3])
publishBidsCancelled(ARGV[4], state, cancelledIds, added, 'moderation')
return {0, #cancelledIds}
