--[[
  Withdrawing one account's bids from an open auction and working the
  auction out again as if it had never placed them: shared by cancelBids
  (a moderator, every bid of a suspended account), retractBid (the bidder,
  eBay's bid retraction) and sellerCancelBids (the seller, eBay's bid
  cancellation). Spliced in after `auction` and `proxy`.
]]

-- The keys a withdrawal works on. The kept states' key is built from the
-- auction's, as placeBid builds it (keys.ts's auctionBidStates: one Redis,
-- not a cluster).
local function withdrawalKeys(auction, bids, inputs, leadRestored)
  return {auction = auction, bids = bids, inputs = inputs, states = auction .. ':bid-states',
    leadRestored = leadRestored}
end

-- The auction's bid records in seq order, each decoded beside its member:
-- all of them, or those after seq `afterSeq`.
local function readBidRecords(bidsKey, afterSeq)
  local members
  if afterSeq then
    members = redis.call('ZRANGE', bidsKey, '(' .. decimal(afterSeq), '+inf', 'BYSCORE')
  else
    members = redis.call('ZRANGE', bidsKey, 0, -1)
  end
  local records = {}
  for _, member in ipairs(members) do
    records[#records + 1] = {member = member, bid = cjson.decode(member)}
  end
  return records
end

-- Whether a bid of userId stands among the records (none withdrawn yet).
local function hasStandingBid(records, userId)
  for _, record in ipairs(records) do
    if not record.bid.cancelled and record.bid.bidderId == userId then return true end
  end
  return false
end

-- The seq before an input line, and its bidder.
local function inputHead(line)
  local afterSeq, bidderId = string.match(line, '^(%d+) (%S+) ')
  return tonumber(afterSeq), bidderId
end

-- The index of userId's first input line, or with `latestBid` of their
-- last one that is not a raised maximum; nil when they have none.
local function inputLineOf(lines, userId, latestBid)
  local needle = ' ' .. userId .. ' '
  local from, to, step = 1, #lines, 1
  if latestBid then from, to, step = #lines, 1, -1 end
  for index = from, to, step do
    local line = lines[index]
    if string.find(line, needle, 1, true) then
      local _, bidderId, rest = string.match(line, '^(%d+) (%S+) %d+ %S+(.*)$')
      if bidderId == userId and not (latestBid and rest == ' raise') then return index end
    end
  end
  return nil
end

--[[
  Where a withdrawal whose first input line is lines[first] may start its
  replay: {line, afterSeq, state}, the first line with that line's seq
  before it and the state placeBid kept before it; nil (replay from the
  listing) unless the states can be trusted — kept since the auction's
  first bid (`complete`), and brought up to date by the last withdrawal
  (`cancelled` matches the auction's count: a replica of the previous
  release withdraws bids without updating them) — and one is kept there.
]]
local function replayStart(k, a, lines, first)
  if not first then return nil end
  local marks = redis.call('HMGET', k.states, 'complete', 'cancelled')
  if marks[1] ~= '1' or (marks[2] or '0') ~= (a.cancelledBidCount or '0') then return nil end
  local afterSeq = inputHead(lines[first])
  local line = first
  while line > 1 and inputHead(lines[line - 1]) == afterSeq do line = line - 1 end
  local kept = redis.call('HGET', k.states, decimal(afterSeq))
  if not kept then return nil end
  return {line = line, afterSeq = afterSeq, state = parseProxyState(kept)}
end

--[[
  The start and the records for withdrawing every bid of userId: from the
  state kept before their first input line when one can be trusted and
  their bids after it include one that stands (every bid of theirs comes
  after it, once `complete`), else from the listing with every record.
]]
local function withdrawalReading(k, a, lines, userId)
  local start = replayStart(k, a, lines, inputLineOf(lines, userId))
  if start then
    local records = readBidRecords(k.bids, start.afterSeq)
    if hasStandingBid(records, userId) then return start, records end
  end
  return nil, readBidRecords(k.bids)
end

--[[
  Withdraws w.userId's bids: their inputs from the w.fromInput-th line of
  the inputs list on, and their bid records after seq w.fromSeq (1 and 0:
  all of them). The bids of everyone else, and the account's own before
  those, as they were asked (amount, secret maximum, raised maximum: the
  list placeBid keeps), are placed again in order through the same proxy
  rules (resolveBid) on the auction as it was listed; the leader, their
  maximum and the price they reach are the auction's from now on. A bid the
  list does not account for (placed before it was kept, or by a replica of
  the previous release during a rolling update) is placed again as
  recorded, its maximum unknown.

  With `start` (replayStart), the replay begins at its line from the state
  kept there instead: every input before it stays as it was, so only the
  lines from there on are read and rewritten, and `records` need only hold
  the bids after start.afterSeq (readBidRecords): none before is withdrawn,
  and those standing above the new price (automatic answers to bids an
  earlier withdrawal took out) are the last standing before it, read
  backwards from there. Without it, `records` holds them all.

  The withdrawn bids are marked cancelled (and w.mark, when given: `retracted`
  when their bidder took them back, `cancelledBySeller` when the seller
  cancelled them), and so is any bid above the new price:
  an automatic answer to a withdrawn bid. Records keep their seq, so bids
  stay numbered 1, 2, 3… and a page detects a missed withdrawal by
  `cancelledBidCount`. When the last bid that stands is not the leader's at
  the new price, one automatic bid (id w.autoBidId, the next seq) puts it
  there. Nobody left: no leader, the starting price, and Buy It Now offered
  again. The end is not moved back: extensions stand. The states kept for
  later replays are rewritten from the replay.

  lines: the inputs list as read (LRANGE), which a caller may have needed too.
  k: {auction, bids, inputs, states, leadRestored}; the lead-restored stream
  gets the new leader, if the lead changed hands, unless w.streamCap is '0'.
  Returns the ids of the bids cancelled, the bids added, and the auction's
  state after it (the hash as flat fields).
]]
local function withdrawBids(k, a, stored, records, lines, w, start)
  local userId, now = w.userId, w.now
  local function withdrawnRecord(bid) return bid.bidderId == userId and bid.seq > w.fromSeq end
  local firstLine = start and start.line or 1

  -- What to place again. The list loses the withdrawn inputs for good, so
  -- a later withdrawal on this auction does not place them again.
  local logged, kept, covered, names, replaced = {}, {}, {}, {}, {}
  for _, record in ipairs(records) do names[record.bid.bidderId] = record.bid.bidderName end
  for index = firstLine, #lines do
    local line = lines[index]
    local afterSeq, bidderId, amount, max, raise =
      string.match(line, '^(%d+) (%S+) (%d+) (%S+)(.*)$')
    local input = {afterSeq = tonumber(afterSeq), bidderId = bidderId, bidderName = names[bidderId],
      amount = tonumber(amount), max = tonumber(max), maxOnly = raise == ' raise', line = line}
    replaced[#replaced + 1] = afterSeq
    if not input.maxOnly then covered[input.afterSeq + 1] = true end
    if bidderId ~= userId or index < w.fromInput then
      logged[#logged + 1] = input
      kept[#kept + 1] = line
    end
  end
  if firstLine > 1 then
    redis.call('LTRIM', k.inputs, 0, firstLine - 2)
  else
    redis.call('DEL', k.inputs)
  end
  for first = 1, #kept, 1000 do
    redis.call('RPUSH', k.inputs, unpack(kept, first, math.min(first + 999, #kept)))
  end
  -- A bid no input accounts for goes in its place among the others.
  local unlogged = {}
  for _, record in ipairs(records) do
    local bid = record.bid
    if not covered[bid.seq] and not bid.cancelled and not bid.automatic
        and not withdrawnRecord(bid) then
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
  -- changes nothing otherwise. The account's own may be what is withdrawn.
  if a.leaderId ~= userId and num(a.proxyMax) then
    inputs[#inputs + 1] = {bidderId = a.leaderId, bidderName = a.leaderName,
      amount = num(a.proxyMax), max = num(a.proxyMax), maxOnly = true}
  end

  -- The auction as listed (or as it stood at the start), then each bid
  -- placed again by the same rules, keeping the state before each input
  -- line for later replays.
  local from = start and start.state or {currentPrice = a.startingPrice, bidCount = 0,
    leaderId = '', leaderName = '', proxyMax = ''}
  local replay = {startingPrice = a.startingPrice, currentPrice = from.currentPrice,
    minIncrement = a.minIncrement, reservePrice = a.reservePrice, bidCount = tonumber(from.bidCount),
    leaderId = from.leaderId, leaderName = from.leaderName, proxyMax = from.proxyMax}
  local states, statesKept = {}, {}
  for _, input in ipairs(inputs) do
    if input.line and not statesKept[input.afterSeq] then
      statesKept[input.afterSeq] = true
      states[#states + 1] = decimal(input.afterSeq)
      states[#states + 1] = proxyStateLine(replay)
    end
    -- A bidder with no record after the start (only a raised maximum
    -- there) is the leader the replay knows by name.
    local name = input.bidderName or (replay.leaderId == input.bidderId and replay.leaderName) or ''
    local resolved = resolveBid(replay, input.bidderId, name, input.amount, num(input.max),
      input.maxOnly == true)
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
  local function cancel(record)
    local bid = record.bid
    bid.cancelled = true
    if w.mark then bid[w.mark] = true end
    redis.call('ZREM', k.bids, record.member)
    redis.call('ZADD', k.bids, bid.seq, cjson.encode(bid))
    cancelledIds[#cancelledIds + 1] = bid.id
  end
  if start then
    -- The bids before the start were placed while bids an earlier
    -- withdrawal took out still stood: an automatic answer to one may stand
    -- above the new price. Standing bids rise, so those are the last ones
    -- standing before the start; the first at or below the new price is the
    -- last that stands there.
    local before, above = start.afterSeq, {}
    while not last and before > 0 do
      local members = redis.call('ZRANGE', k.bids, decimal(before), '-inf', 'BYSCORE', 'REV',
        'LIMIT', 0, 20)
      if #members == 0 then break end
      for _, member in ipairs(members) do
        local bid = cjson.decode(member)
        before = bid.seq - 1
        if not bid.cancelled then
          if bid.amount <= price then
            last = bid
            break
          end
          table.insert(above, 1, {member = member, bid = bid})
        end
      end
    end
    for _, record in ipairs(above) do cancel(record) end
  end
  for _, record in ipairs(records) do
    local bid = record.bid
    if not bid.cancelled and (withdrawnRecord(bid) or bid.amount > price) then
      cancel(record)
    elseif not bid.cancelled then
      standing = standing + 1
      last = bid
    end
  end
  -- Only the bids after the start were read: those that stand are the
  -- auction's count less the ones cancelled now.
  if start then standing = tonumber(a.bidCount) - #cancelledIds end

  local seq = tonumber(a.seq)
  local added = {}
  if leader and not (last and last.bidderId == leader.id and last.amount == price) then
    seq = seq + 1
    local bid = {id = w.autoBidId, auctionId = a.id, seq = seq, amount = price, bidderId = leader.id,
      bidderName = leader.name, placedAt = now, automatic = true}
    redis.call('ZADD', k.bids, seq, cjson.encode(bid))
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
  redis.call('HSET', k.auction, unpack(changed))

  -- The states for the next withdrawal: the replaced lines' go, the kept
  -- lines' are the replay's, stamped with the new count of cancelled bids.
  if start then
    for first = 1, #replaced, 1000 do
      redis.call('HDEL', k.states, unpack(replaced, first, math.min(first + 999, #replaced)))
    end
  else
    redis.call('DEL', k.states)
    -- Every bid logged: later replays may start anywhere.
    if #unlogged == 0 then states[#states + 1] = 'complete'; states[#states + 1] = '1' end
  end
  states[#states + 1] = 'cancelled'
  states[#states + 1] = cancelledCount
  for first = 1, #states, 1000 do
    redis.call('HSET', k.states, unpack(states, first, math.min(first + 999, #states)))
  end

  if leader and leader.id ~= a.leaderId and w.streamCap ~= '0' then
    local entry = {'auctionId', a.id, 'userId', leader.id, 'cancelled', cancelledCount}
    if w.mark then
      entry[#entry + 1] = w.mark
      entry[#entry + 1] = '1'
    end
    redis.call('XADD', k.leadRestored, 'MAXLEN', '~', w.streamCap, '*', unpack(entry))
  end
  return cancelledIds, added, withFields(stored, changed)
end

-- The one event a withdrawal publishes, to the auction's watchers and its
-- leader's devices (and, with bidderId, the devices of the bidder whose bids
-- someone else withdrew).
local function publishBidsCancelled(channel, state, cancelledIds, added, reason, bidderId)
  local bidder = bidderId and (',"bidderId":' .. cjson.encode(bidderId)) or ''
  redis.call('PUBLISH', channel, '{"type":"bids:cancelled","reason":"' .. reason .. '"' .. bidder ..
    ',"state":' .. cjson.encode(state) .. ',"cancelledBidIds":' .. cjson.encode(cancelledIds) ..
    ',"bids":' .. cjson.encode(added) .. '}')
end
