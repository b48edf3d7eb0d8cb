--[[
  Places a bid atomically: validates, resolves automatic (proxy) bidding,
  then writes price, leader, sequence numbers, soft-close extension, the bid
  records and the events. Redis's clock decides what is too early or late.

  Proxy bidding (eBay's rules, in lib/proxy.lua, shared with cancelBids):
  a bid may carry a secret maximum. When someone else bids, the leader's
  maximum answers at once with the smallest winning amount, one increment
  above the competitor, never beyond itself. Between two maxima the higher
  wins at (lower maximum + increment, capped at the higher maximum); for
  equal maxima the earlier one wins. A maximum is never published: events
  and history carry amounts only.

  With an idempotency key (ARGV[6] = '1'), the first reply is kept for a
  day under KEYS[4] and a retry gets it back instead of bidding twice; the
  same key with another auction or amount is refused.

  With ARGV[9] = '1' the leader only raises their secret maximum (eBay's
  "increase maximum bid"): no bid and no public change, unless the new
  maximum reaches a hidden reserve the price is below, when it bids up to
  the reserve by itself as any maximum does. A maximum is never lowered.

  Input:
    KEYS[1] auction hash   KEYS[2] bids sorted set (score = seq)
    KEYS[3] open-auctions sorted set (score = endsAt ms)
    KEYS[4] idempotency record (ignored unless ARGV[6] = '1')
    KEYS[5] ending-soon notices sorted set
    KEYS[6] the bidder's auctions bid on (sorted set, score = their last bid, ms)
    KEYS[7] the bidder's account (hash)
    KEYS[8] the outbid stream (the worker e-mails overtaken leaders)
    ARGV[1] bid id   ARGV[2] bidder id   ARGV[3] bidder name
    ARGV[4] amount (integer minor units)   ARGV[5] events channel
    ARGV[6] '1' when KEYS[4] is an idempotency key to honour, else '0'
    ARGV[7] maximum for automatic bidding (>= amount), or ''
    ARGV[8] id for an automatic answering bid
    ARGV[9] '1': only raise the leader's maximum to ARGV[7] (ARGV[4] = ARGV[7])
    ARGV[10] the outbid stream's cap (XADD MAXLEN ~); '0': queue no outbid notice
    ARGV[11] user key prefix (the seller's blocked users: prefix .. sellerId .. ':blocked')

  Output:
    {0, resultJson}  accepted; {state, bids, leading}; published as one `bids:placed` event
    {-1}  auction not found            {-2}  closed, cancelled or past its end
    {-3}  bidder is the seller         {-4, minimumBid}  amount below the minimum
    {-8}  idempotency key reused       {-9}  auction not started yet
    {-18} the bidder's account was deleted (after their token was checked)
    {-13} (ARGV[9]) the bidder is not leading
    {-14, currentMaximum} (ARGV[9]) below the leader's current maximum
    {-31} the seller blocked the bidder
]]
--@include auction
--@include proxy

local auctionKey, bidsKey, openKey, idempotencyKey, endingSoonKey =
  KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local bidderId, bidderName = ARGV[2], ARGV[3]
local amount = tonumber(ARGV[4])
local idempotent = ARGV[6] == '1'
local maxOnly = ARGV[9] == '1'
local fingerprint = auctionKey .. '|' .. ARGV[4] .. '|' .. ARGV[7]

-- A deletion between the token check and this script must win: no deleted
-- account may lead, nor get its activity list back.
if redis.call('EXISTS', KEYS[7]) == 0 then return {-18} end

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

local stored = redis.call('HGETALL', auctionKey)
local a = hashToTable(stored)
if not a.id then return reply({-1}) end
local now = nowMs()
if a.status ~= 'open' or now >= tonumber(a.endsAt) then return reply({-2}) end
if now < tonumber(a.startsAt or 0) then return reply({-9}) end
if a.sellerId == bidderId then return reply({-3}) end
if blockedBySeller(a, bidderId, ARGV[11]) then return reply({-31}) end
local previousLeader = a.leaderId
local resolved, refusal, detail = resolveBid(a, bidderId, bidderName, amount, num(ARGV[7]), maxOnly)
if not resolved then return reply({refusal, detail}) end
local leaderId, leaderName, proxyMax, price =
  resolved.leaderId, resolved.leaderName, resolved.proxyMax, resolved.price
local entries = resolved.entries
for _, entry in ipairs(entries) do entry.id = entry.own and ARGV[1] or ARGV[8] end
-- The state before this input, kept beside the inputs list (below;
-- lib/proxy.lua's proxyStateLine) so that a withdrawal replays from just
-- before the first bid it takes out, not from the listing. Only the first
-- input after a seq keeps one (a raised maximum and the bid after it share
-- it); `complete` says every bid since the first was logged, so a replay
-- may start at any kept state.
local statesKey = auctionKey .. ':bid-states'
if a.seq == '0' then redis.call('HSET', statesKey, 'complete', '1') end
redis.call('HSETNX', statesKey, a.seq, proxyStateLine(a))
-- What was asked, in order, kept so that cancelBids can place the bids of
-- those who stay again through resolveBid when a suspended account's bids
-- are cancelled (the records hold only outcomes: a maximum is secret, and a
-- bid may be recorded above the amount typed): '<seq before it> <bidder id>
-- <amount> <maximum or -> [raise]', a string rather than JSON because every
-- bid pays for it. (The key is built from KEYS[1], as keys.ts's
-- auctionBidInputs: one Redis, not a cluster.)
redis.call('RPUSH', auctionKey .. ':bid-inputs', a.seq .. ' ' .. bidderId .. ' ' .. ARGV[4] .. ' ' ..
  (ARGV[7] ~= '' and ARGV[7] or '-') .. (maxOnly and ' raise' or ''))

-- Soft close: a bid with less than the window left moves the end, never past maxEndsAt.
local endsAt = tonumber(a.endsAt)
local softCloseMs = tonumber(a.softCloseSeconds) * 1000
local extended = false
if #entries > 0 and softCloseMs > 0 and endsAt - now < softCloseMs then
  local newEnd = now + softCloseMs
  local deadline = num(a.maxEndsAt)
  if deadline and newEnd > deadline then newEnd = deadline end
  if newEnd > endsAt then
    endsAt, extended = newEnd, true
    redis.call('ZADD', openKey, endsAt, a.id)
    local notice = tonumber(a.endingSoonMs or 0)
    if notice > 0 then redis.call('ZADD', endingSoonKey, math.max(now, endsAt - notice), a.id) end
  end
end

local seq = tonumber(a.seq)
local bids = {}
for _, entry in ipairs(entries) do
  seq = seq + 1
  local bid = {id = entry.id, auctionId = a.id, seq = seq, amount = entry.amount,
    bidderId = entry.userId, bidderName = entry.userName, placedAt = now,
    automatic = entry.automatic}
  redis.call('ZADD', bidsKey, seq, cjson.encode(bid))
  table.insert(bids, bid)
end
local changed = {
  'currentPrice', decimal(price), 'leaderId', leaderId, 'leaderName', leaderName,
  'proxyMax', decimal(proxyMax), 'bidCount', decimal(tonumber(a.bidCount) + #bids),
  'seq', decimal(seq), 'endsAt', decimal(endsAt),
}
redis.call('HSET', auctionKey, unpack(changed))
redis.call('ZADD', KEYS[6], now, a.id)
-- The hash as HGETALL would now return it, without reading it again.
local state = withFields(stored, changed)
-- Who was leading, or just bid, and is not leading now: they are told at once.
local outbid = {}
if previousLeader ~= '' and previousLeader ~= leaderId then
  table.insert(outbid, previousLeader)
  -- The overtaken leader may be away: the worker e-mails them. (A bidder the
  -- leader's maximum answered just read so in the reply.)
  if ARGV[10] ~= '0' then
    redis.call('XADD', KEYS[8], 'MAXLEN', '~', ARGV[10], '*', 'auctionId', a.id,
      'userId', previousLeader, 'seq', decimal(seq))
  end
end
if bidderId ~= leaderId then table.insert(outbid, bidderId) end
-- One publication for everything this call did (the bids, an extension,
-- who was overtaken): each relay turns it into its sockets' events. The
-- state and the bids are encoded once, for the event and the reply.
local stateJson, bidsJson = cjson.encode(state), cjson.encode(bids)
if #bids > 0 then
  redis.call('PUBLISH', ARGV[5], '{"type":"bids:placed","state":' .. stateJson .. ',"bids":' ..
    bidsJson .. ',"extended":' .. tostring(extended) .. ',"outbidUserIds":' .. cjson.encode(outbid) .. '}')
end
return reply({0, '{"state":' .. stateJson .. ',"bids":' .. bidsJson .. ',"leading":' ..
  tostring(leaderId == bidderId) .. '}'})
