--[[
  Shared by the auction scripts: spliced in where a script says
  `--@include auction` (core/redis/scripts.ts), because Redis scripts cannot
  import each other. Keep the rules here equal to core/rules.ts and the view
  equal to core/auction-view.ts; tests compare them.
]]

-- Whether the auction's seller blocked this user from bidding on and asking
-- about their auctions (the set prefix .. sellerId .. ':blocked').
local function blockedBySeller(a, userId, userPrefix)
  return redis.call('SISMEMBER', userPrefix .. a.sellerId .. ':blocked', userId) == 1
end

-- Redis's clock in ms: the one clock every replica shares.
local function nowMs()
  local time = redis.call('TIME')
  return tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end

-- How many people keep the auction on their watchlist, told to those on its
-- page (the relay's `auction:watchers`) after a change. It carries the count,
-- not the change: publications arrive in the order the scripts ran, so the
-- last one heard is right, and a page that missed some reads the count again.
local function announceWatchers(watchersKey, auctionId, channel)
  redis.call('PUBLISH', channel, cjson.encode({type = 'auction:watchers', auctionId = auctionId,
    count = redis.call('SCARD', watchersKey)}))
end

local function hashToTable(flat)
  local t = {}
  for i = 1, #flat, 2 do t[flat[i]] = flat[i + 1] end
  return t
end

-- An integer as HSET stores a Lua number: plain decimal digits.
local function decimal(n)
  return string.format('%d', n)
end

-- A flat HGETALL reply with some fields set to new values (a flat list of
-- name, value pairs), as HGETALL would return it after HSET: fields are
-- read by name, so a new one may simply go last.
local function withFields(flat, changes)
  local at = {}
  for i = 1, #flat, 2 do at[flat[i]] = i + 1 end
  for i = 1, #changes, 2 do
    local position = at[changes[i]]
    if position then
      flat[position] = changes[i + 1]
    else
      flat[#flat + 1] = changes[i]
      flat[#flat + 1] = changes[i + 1]
    end
  end
  return flat
end

local function num(value)
  if value == nil or value == '' then return nil end
  return tonumber(value)
end

-- Default increments by price band, in centavos (core/rules.ts INCREMENT_TABLE).
local INCREMENT_BANDS = {
  {100, 5}, {500, 25}, {2500, 50}, {10000, 100}, {25000, 250},
  {50000, 500}, {100000, 1000}, {250000, 2500}, {500000, 5000},
}
local function increment(a)
  local fixed = num(a.minIncrement)
  if fixed then return fixed end
  local price = tonumber(a.currentPrice)
  for _, band in ipairs(INCREMENT_BANDS) do
    if price < band[1] then return band[2] end
  end
  return 10000
end

local function minimumBid(a)
  if tonumber(a.bidCount) == 0 then return tonumber(a.startingPrice) end
  return tonumber(a.currentPrice) + increment(a)
end

local function reserveMet(a)
  local reserve = num(a.reservePrice)
  if not reserve then return cjson.null end
  return tonumber(a.bidCount) > 0 and tonumber(a.currentPrice) >= reserve
end

-- Buy It Now is offered until the first bid, or until the reserve is met.
local function buyNowAvailable(a)
  if a.status ~= 'open' or not num(a.buyNowPrice) then return false end
  if tonumber(a.bidCount) == 0 then return true end
  return num(a.reservePrice) ~= nil and not reserveMet(a)
end

-- Same output as JavaScript's Date.prototype.toISOString (days-from-civil
-- inverse, after H. Hinnant's date algorithms).
local function iso(ms)
  ms = tonumber(ms)
  local secs = math.floor(ms / 1000)
  local millis = ms - secs * 1000
  local days = math.floor(secs / 86400)
  local rem = secs - days * 86400
  local z = days + 719468
  local era = math.floor(z / 146097)
  local doe = z - era * 146097
  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524)
    - math.floor(doe / 146096)) / 365)
  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
  local mp = math.floor((5 * doy + 2) / 153)
  local day = doy - math.floor((153 * mp + 2) / 5) + 1
  local month = mp < 10 and mp + 3 or mp - 9
  local year = yoe + era * 400 + (month <= 2 and 1 or 0)
  return string.format('%04d-%02d-%02dT%02d:%02d:%02d.%03dZ', year, month, day,
    math.floor(rem / 3600), math.floor((rem % 3600) / 60), rem % 60, millis)
end

local function person(id, name)
  if not id or id == '' then return cjson.null end
  return {id = id, name = name}
end

local function isoOrNull(ms)
  if not num(ms) then return cjson.null end
  return iso(ms)
end

local function orNull(value)
  local n = num(value)
  if n == nil then return cjson.null end
  return n
end

-- The auction's photos as their public JSON list (the hash keeps it so).
local function photosJson(a)
  if a.photos and a.photos ~= '' then return a.photos end
  return '[]'
end

-- The public Auction shape (core/schemas.ts) but `photos` (see photosJson).
-- Never the reserve or a proxy maximum.
local function publicAuction(a)
  return {
    id = a.id, title = a.title, description = a.description,
    seller = person(a.sellerId, a.sellerName), status = a.status,
    startingPrice = tonumber(a.startingPrice), currentPrice = tonumber(a.currentPrice),
    minimumBid = minimumBid(a), minIncrement = increment(a),
    softCloseSeconds = tonumber(a.softCloseSeconds), bidCount = tonumber(a.bidCount),
    cancelledBidCount = tonumber(a.cancelledBidCount or 0),
    leader = person(a.leaderId, a.leaderName), startsAt = iso(a.startsAt or a.createdAt),
    endsAt = iso(a.endsAt), originalEndsAt = isoOrNull(a.originalEndsAt),
    maxEndsAt = isoOrNull(a.maxEndsAt),
    createdAt = iso(a.createdAt), closedAt = isoOrNull(a.closedAt),
    winner = person(a.winnerId, a.winnerName), hasReserve = num(a.reservePrice) ~= nil,
    reserveMet = reserveMet(a), buyNowPrice = orNull(a.buyNowPrice),
    buyNowAvailable = buyNowAvailable(a),
    outcome = (a.outcome and a.outcome ~= '') and a.outcome or cjson.null,
    seq = tonumber(a.seq),
    category = (a.category and a.category ~= '') and a.category or 'other',
  }
end

--[[
  Closes one open auction at `now` and announces it: status, winner,
  outcome, seq, the closed index, the durable stream entry for the worker
  and both publications, in the calling script's atomic step.
  keys = {open, closed, stream, open by listing time}; channels = {events, finished}.
]]
local function closeAuction(auctionKey, a, now, outcome, keys, channels)
  local winnerId, winnerName = '', ''
  if outcome == 'SOLD' or outcome == 'BOUGHT_NOW' then
    winnerId, winnerName = a.leaderId, a.leaderName
  end
  local seq = redis.call('HINCRBY', auctionKey, 'seq', 1)
  redis.call('HSET', auctionKey, 'status', 'closed', 'closedAt', now, 'outcome', outcome,
    'winnerId', winnerId, 'winnerName', winnerName)
  redis.call('ZREM', keys[1], a.id)
  redis.call('ZREM', keys[4], a.id)
  redis.call('ZADD', keys[2], now, a.id)
  -- What its bids asked, and the states before them, served withdrawals,
  -- which only work on open auctions. (Built from the auction's key, as
  -- keys.ts's auctionBidInputs and auctionBidStates.)
  redis.call('DEL', auctionKey .. ':bid-inputs', auctionKey .. ':bid-states')

  local flat = redis.call('HGETALL', auctionKey)
  local state = hashToTable(flat)
  local auction = publicAuction(state)
  local finalPrice = cjson.null
  if winnerId ~= '' then finalPrice = auction.currentPrice end
  -- The photos field holds the public list as JSON already; cjson would
  -- encode an empty one as {}, so it is spliced in as stored.
  local auctionJson = cjson.encode(auction)
  auctionJson = auctionJson:sub(1, -2) .. ',"photos":' .. photosJson(state) .. '}'
  local finished = '{"auction":' .. auctionJson .. ',"winner":' .. cjson.encode(auction.winner) ..
    ',"finalPrice":' .. cjson.encode(finalPrice) .. ',"bidCount":' .. auction.bidCount .. '}'
  redis.call('XADD', keys[3], '*', 'auctionId', a.id, 'seq', seq, 'finished', finished)
  redis.call('PUBLISH', channels[2], finished)
  redis.call('PUBLISH', channels[1], cjson.encode({type = 'auction:closed', state = flat}))
  return seq
end

-- The outcome of an auction that reached its end.
local function outcomeAtEnd(a)
  if tonumber(a.bidCount) == 0 then return 'NO_BIDS' end
  if reserveMet(a) == false then return 'RESERVE_NOT_MET' end
  return 'SOLD'
end
