--[[
  A bidder takes back their bid (eBay's bid retraction: R$ 1.000 typed for
  R$ 100) and the auction is worked out again without it (lib/withdraw.lua,
  shared with cancelBids). As on eBay:
  - more than 12 hours before the end (ARGV[5]), every bid of theirs on it
    goes;
  - in the last 12 hours, only their latest bid, and only within an hour of
    placing it (ARGV[6]): that bid and what they asked after it (a raised
    maximum) go, their earlier bids stand.
  Only while the auction is open, by Redis's clock. The withdrawn bids, and
  the automatic answers they drew, stay in the history marked cancelled and
  retracted, and the account's profile counts the retraction for
  RETRACTIONS_SHOWN_MONTHS (six), as eBay's does: a bid placed to find out a
  rival's secret maximum and then taken back shows, and an old mistake
  stops showing. Older entries are dropped here, so the set holds what the
  profile and the account's export show. Published as one
  `bids:cancelled` (reason `retraction`); where the platform sends e-mail, a
  bidder who leads again is streamed for the worker, which tells them.

  Input:
    KEYS[1] the bidder's account (hash)   KEYS[2] auction hash
    KEYS[3] bids sorted set (score = seq)
    KEYS[4] the auction's bid inputs (list, placeBid's: '<seq before> <bidder> <amount> <max or -> [raise]')
    KEYS[5] the lead-restored stream
    KEYS[6] the bidder's retractions (sorted set, score = ms, member = auction id:first bid withdrawn)
    ARGV[1] the bidder's user id   ARGV[2] events channel   ARGV[3] id for an automatic bid
    ARGV[4] the lead-restored stream's cap (XADD MAXLEN ~); '0': queue no e-mail
    ARGV[5] ms before the end from which only the latest bid may be retracted (12 h)
    ARGV[6] ms after placing it within which that latest bid may be retracted (1 h)
    ARGV[7] ms for which a retraction is kept and shown (six months)

  Output: {0, cancelled bid ids (JSON), bids added (JSON), 'all' | 'latest', state (flat fields)…}
          {-18} the account was deleted (a retraction racing it)
          {-1} no such auction   {-2} not open, or past its end
          {-55} no bid of theirs stands here
          {-56} in the last 12 hours, their latest bid is older than an hour
]]
--@include auction
--@include proxy
--@include withdraw

local userId = ARGV[1]
if redis.call('EXISTS', KEYS[1]) == 0 then return {-18} end
local stored = redis.call('HGETALL', KEYS[2])
local a = hashToTable(stored)
if not a.id then return {-1} end
local now = nowMs()
if a.status ~= 'open' or now >= tonumber(a.endsAt) then return {-2} end

local k = withdrawalKeys(KEYS[2], KEYS[3], KEYS[4], KEYS[5])
local lines = redis.call('LRANGE', KEYS[4], 0, -1)
local lastHours = tonumber(a.endsAt) - now <= tonumber(ARGV[5])
local scope = lastHours and 'latest' or 'all'
local fromSeq, fromInput, placedAt = 0, 1, nil

-- Their latest bid is their last input that is not a raised maximum (its
-- line, and the seq before it). The replay starts from the state kept
-- before their first input line — their latest bid's, in the last 12
-- hours — when it can be trusted (lib/withdraw.lua), reading only the bids
-- after it; in the last hours, only when that bid stands.
local latestLine = lastHours and inputLineOf(lines, userId, true)
local start, records = nil, nil
if lastHours then
  start = replayStart(k, a, lines, latestLine)
  if start then
    records = readBidRecords(KEYS[3], start.afterSeq)
    local own = records[1] and records[1].bid
    if own and own.seq == start.afterSeq + 1 and own.bidderId == userId and not own.cancelled then
      fromSeq, fromInput, placedAt = start.afterSeq, latestLine, tonumber(own.placedAt)
    else
      start, records = nil, nil
    end
  end
else
  start, records = withdrawalReading(k, a, lines, userId)
end

if not start then
  records = records or readBidRecords(KEYS[3])
  local latest = nil
  for _, record in ipairs(records) do
    if not record.bid.cancelled and record.bid.bidderId == userId then latest = record.bid end
  end
  if not latest then return {-55} end
  if lastHours then
    -- Placed before inputs were kept, their latest bid is the latest of
    -- theirs that stands.
    fromSeq, fromInput = latest.seq - 1, #lines + 1
    if latestLine then fromSeq, fromInput = inputHead(lines[latestLine]), latestLine end
    -- Every bid that one bid placed carries its time (the next seq is its first).
    for _, record in ipairs(records) do
      if record.bid.seq == fromSeq + 1 then placedAt = tonumber(record.bid.placedAt) end
    end
  end
end
if lastHours and (not placedAt or now - placedAt > tonumber(ARGV[6])) then return {-56} end

local cancelledIds, added, state = withdrawBids(k, a, stored, records, lines, {userId = userId,
  fromSeq = fromSeq, fromInput = fromInput, autoBidId = ARGV[3], now = now, mark = 'retracted',
  streamCap = ARGV[4]}, start)
-- A bid is withdrawn once: the first one's id makes the entry unique.
if cancelledIds[1] then
  redis.call('ZADD', KEYS[6], decimal(now), a.id .. ':' .. cancelledIds[1])
  redis.call('ZREMRANGEBYSCORE', KEYS[6], '-inf', '(' .. decimal(now - tonumber(ARGV[7])))
end
publishBidsCancelled(ARGV[2], state, cancelledIds, added, 'retraction')
return {0, cjson.encode(cancelledIds), cjson.encode(added), scope, unpack(state)}
