--[[
  Closes every auction whose end has passed (by Redis's clock), at most
  ARGV[2] per call. Each replica's monitor calls it; because the script is
  atomic, an auction is claimed, closed and announced exactly once however
  many monitors race. The status change, the durable stream entry and both
  publications happen in this one step, so no crash can separate them.

  Input:
    KEYS[1] open-auctions sorted set (score = endsAt ms)
    KEYS[2] closed-auctions sorted set (score = closedAt ms)
    KEYS[3] finished-auctions stream (durable, read by the worker)
    ARGV[1] auction hash key prefix (the hash is ARGV[1] .. id)
    ARGV[2] batch size    ARGV[3] events channel
    ARGV[4] public finished channel ('leiloes_finalizados')

  Output:
    {closedCount, msUntilNextDue, lag1, lag2, ...}
      msUntilNextDue is -1 when nothing is open; lagN is how many ms after
      its end each closed auction was closed (for the close-lag metric)
]]
local openKey, closedKey, streamKey = KEYS[1], KEYS[2], KEYS[3]

local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

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

-- The public Auction shape (core/schemas.ts); a test keeps it equal to the
-- API's own view of the closed auction.
local function publicAuction(a)
  local bidCount = tonumber(a.bidCount)
  local minimumBid = tonumber(a.startingPrice)
  if bidCount > 0 then minimumBid = tonumber(a.currentPrice) + tonumber(a.minIncrement) end
  return {
    id = a.id, title = a.title, description = a.description,
    seller = person(a.sellerId, a.sellerName), status = a.status,
    startingPrice = tonumber(a.startingPrice), currentPrice = tonumber(a.currentPrice),
    minimumBid = minimumBid, minIncrement = tonumber(a.minIncrement),
    softCloseSeconds = tonumber(a.softCloseSeconds), bidCount = bidCount,
    leader = person(a.leaderId, a.leaderName), endsAt = iso(a.endsAt),
    createdAt = iso(a.createdAt), closedAt = iso(a.closedAt),
    winner = person(a.leaderId, a.leaderName), seq = tonumber(a.seq),
  }
end

local due = redis.call('ZRANGE', openKey, '-inf', now, 'BYSCORE', 'LIMIT', 0, tonumber(ARGV[2]))
local closed = 0
local lags = {}
for _, id in ipairs(due) do
  local auctionKey = ARGV[1] .. id
  redis.call('ZREM', openKey, id)
  if redis.call('HGET', auctionKey, 'status') == 'open' then
    local seq = redis.call('HINCRBY', auctionKey, 'seq', 1)
    redis.call('HSET', auctionKey, 'status', 'closed', 'closedAt', now)
    redis.call('ZADD', closedKey, now, id)

    local flat = redis.call('HGETALL', auctionKey)
    local a = {}
    for i = 1, #flat, 2 do a[flat[i]] = flat[i + 1] end
    local auction = publicAuction(a)
    local finalPrice = cjson.null
    if tonumber(a.bidCount) > 0 then finalPrice = auction.currentPrice end
    local finished = cjson.encode({auction = auction, winner = auction.winner,
      finalPrice = finalPrice, bidCount = auction.bidCount})

    redis.call('XADD', streamKey, '*', 'auctionId', id, 'seq', seq, 'finished', finished)
    redis.call('PUBLISH', ARGV[4], finished)
    redis.call('PUBLISH', ARGV[3], cjson.encode({type = 'auction:closed', state = flat}))
    closed = closed + 1
    lags[closed] = now - tonumber(a.endsAt)
  end
end

local nextDue = redis.call('ZRANGE', openKey, 0, 0, 'WITHSCORES')
local msUntilNextDue = -1
if nextDue[2] then msUntilNextDue = math.max(0, tonumber(nextDue[2]) - now) end
return {closed, msUntilNextDue, unpack(lags)}
