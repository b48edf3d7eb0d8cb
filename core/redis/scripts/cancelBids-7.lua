--[[
  Cancels a suspended account's bids on one open auction (eBay does so for
  suspended accounts: shill bidding is the usual reason) and works the
  auction out again as if it had never bid: the bids of everyone else, as
  they asked them (amount, secret maximum, raised maximum: the list placeBid
  keeps), are placed again in order through the same proxy rules
  (lib/proxy.lua's resolveBid) on the auction as it was listed; the leader,
  their maximum and the price they reach are the auction's from now on.
  A bid the list does not account for (placed before it was kept, or by a
  replica of the previous release during a rolling update) is placed again
  as recorded, its maximum unknown.

  The account's bids are marked cancelled, and so is any bid above the new
  price: an automatic answer to a cancelled bid. Records keep their seq, so
  bids stay numbered 1, 2, 3… and a page detects a missed cancellation by
  `cancelledBidCount`. When the last bid that stands is not the leader's
  at the new price, one automatic bid puts it there (the next seq). Nobody
  left: no leader, the starting price, and Buy It Now offered again. The
  end is not moved back: extensions stand.

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

local userId = ARGV[2]
if redis.call('HGET', KEYS[1], 'moderator') ~= '1' then return {-39} end
if redis.call('HGET', KEYS[2], 'suspended') ~= '1' then return {-48} end
local stored = redis.call('HGETALL', KEYS[3])
local a = hashToTable(stored)
if not a.id then return {-1} end
local now = nowMs()
if a.status ~= 'open' or now >= tonumber(a.endsAt) then return {-2} end

local records = {}
local theirs = false
for _, member in ipairs(redis.call('ZRANGE', KEYS[4], 0, -1)) do
  local bid = cjson.decode(member)
  records[#records + 1] = {member = member, bid = bid}
  if not bid.cancelled and bid.bidderId == userId then theirs = true end
end
if not theirs then return {0} end

-- What to place again: the bids of those who stay, as asked. The list
-- loses the account's for good, so a later cancellation on this auction
-- does not place them again.
local logged, kept, covered, names = {}, {}, {}, {}
for _, record in ipairs(records) do names[record.bid.bidderId] = record.bid.bidderName end
for _, line in ipairs(redis.call('LRANGE', KEYS[5], 0, -1)) do
  local afterSeq, bidderId, amount, max, raise =
    string.match(line, '^(%d+) (%S+) (%d+) (%S+)(.*)$')
  local input = {afterSeq = tonumber(afterSeq), bidderId = bidderId, bidderName = names[bidderId],
    amount = tonumber(amount), max = tonumber(max), maxOnly = raise == ' raise'}
  if not input.maxOnly then covered[input.afterSeq + 1] = true end
  if bidderId ~= userId then
    logged[#logged + 1] = input
    kept[#kept + 1] = line
  end
end
redis.call('DEL', KEYS[5])
for from = 1, #kept, 1000 do
  redis.call('RPUSH', KEYS[5], unpack(kept, from, math.min(from + 999, #kept)))
end
-- A bid no input accounts for was placed before the list was kept, or by a
-- replica of the previous release during a rolling update: it is placed
-- again as recorded (its maximum unknown), in its place among the others.
local unlogged = {}
for _, record in ipairs(records) do
  local bid = record.bid
  if not covered[bid.seq] and not bid.cancelled and not bid.automatic and bid.bidderId ~= userId then
    unlogged[#unlogged + 1] = {bidderId = bid.bidderId, bidderName = bid.bidderName,
      amount = bid.amount, afterSeq = bid.seq - 1}
  end
end
local inputs, waiting = {}, 1
for _, input in ipairs(logged) do
  while unlogged[waiting] and unlogged[waiting].afterSeq < input.afterSeq do
    inputs[#inputs + 1] = unlogged[waiting]
    waiting = waiting + 1
  end
  inputs[#inputs + 1] = input
end
for i = waiting, #unlogged do inputs[#inputs + 1] = unlogged[i] end
-- The leader's maximum is known even when their bids were not logged: a
-- leader who stays leads the replay too, and raising it to what it is
-- changes nothing otherwise.
if a.leaderId ~= userId and num(a.proxyMax) then
  inputs[#inputs + 1] = {bidderId = a.leaderId, bidderName = a.leaderName,
    amount = num(a.proxyMax), max = num(a.proxyMax), maxOnly = true}
end

-- The auction as listed, then each bid placed again by the same rules.
local replay = {startingPrice = a.startingPrice, currentPrice = a.startingPrice,
  minIncrement = a.minIncrement, reservePrice = a.reservePrice, bidCount = 0,
  leaderId = '', leaderName = '', proxyMax = ''}
for _, input in ipairs(inputs) do
  local resolved = resolveBid(replay, input.bidderId, input.bidderName, input.amount,
    num(input.max), input.maxOnly == true)
  if resolved then
    replay.currentPrice, replay.leaderId, replay.leaderName, replay.proxyMax =
      resolved.price, resolved.leaderId, resolved.leaderName, resolved.proxyMax
    replay.bidCount = replay.bidCount + #resolved.entries
  end
end
local price = tonumber(replay.currentPrice)
local leader = nil
if replay.leaderId ~= '' then
  leader = {id = replay.leaderId, name = replay.leaderName, max = num(replay.proxyMax)}
end

local cancelledIds, standing, last = {}, 0, nil
for _, record in ipairs(records) do
  local bid = record.bid
  if not bid.cancelled and (bid.bidderId == userId or bid.amount > price) then
    bid.cancelled = true
    redis.call('ZREM', KEYS[4], record.member)
    redis.call('ZADD', KEYS[4], bid.seq, cjson.encode(bid))
    cancelledIds[#cancelledIds + 1] = bid.id
  elseif not bid.cancelled then
    standing = standing + 1
    last = bid
  end
end

local seq = tonumber(a.seq)
local added = {}
if leader and not (last and last.bidderId == leader.id and last.amount == price) then
  seq = seq + 1
  local bid = {id = ARGV[5], auctionId = a.id, seq = seq, amount = price, bidderId = leader.id,
    bidderName = leader.name, placedAt = now, automatic = true}
  redis.call('ZADD', KEYS[4], seq, cjson.encode(bid))
  added[1] = bid
  standing = standing + 1
end

local cancelledCount = decimal(tonumber(a.cancelledBidCount or 0) + #cancelledIds)
local changed = {
  'currentPrice', decimal(price),
  'leaderId', leader and leader.id or '', 'leaderName', leader and leader.name or '',
  'proxyMax', leader and decimal(leader.max) or '',
  'bidCount', decimal(standing),
  'cancelledBidCount', cancelledCount,
  'seq', decimal(seq),
}
redis.call('HSET', KEYS[3], unpack(changed))
if leader and leader.id ~= a.leaderId and ARGV[7] ~= '0' then
  redis.call('XADD', KEYS[7], 'MAXLEN', '~', ARGV[7], '*', 'auctionId', a.id,
    'userId', leader.id, 'cancelled', cancelledCount)
end
local state = withFields(stored, changed)
redis.call('XADD', KEYS[6], 'MAXLEN', '~', ARGV[6], '*', 'action', 'bids_cancelled',
  'moderatorId', ARGV[1], 'auctionId', a.id, 'userId', userId, 'reason', ARGV[3])
local event = '{"type":"bids:cancelled","state":' .. cjson.encode(state) ..
  ',"cancelledBidIds":' .. cjson.encode(cancelledIds) .. ',"bids":' .. cjson.encode(added) .. '}'
redis.call('PUBLISH', ARGV[4], event)
return {0, #cancelledIds}
