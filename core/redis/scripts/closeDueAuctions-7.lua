--[[
  Closes every auction whose end has passed (by Redis's clock), at most
  ARGV[2] per call, and sends the ending-soon notices that are due. Each
  replica's monitor calls it; because the script is atomic, an auction is
  claimed, closed and announced exactly once however many monitors race.
  The status change, the durable stream entry and both publications happen
  in this one step (lib/auction.lua closeAuction), so no crash can separate them.

  Input:
    KEYS[1] open-auctions sorted set (score = endsAt ms)
    KEYS[2] closed-auctions sorted set (score = closedAt ms)
    KEYS[3] finished-auctions stream (durable, read by the worker)
    KEYS[4] ending-soon notices sorted set (score = when to notify, ms)
    KEYS[5] open auctions by listing time (score = createdAt ms)
    KEYS[6] ending-soon e-mails sorted set (score = when to e-mail watchers and bidders, ms)
    KEYS[7] ending-soon stream (the worker e-mails each watcher and bidder)
    ARGV[1] auction key prefix (hash: ARGV[1] .. id; watchers: ARGV[1] .. id .. ':watchers')
    ARGV[2] batch size    ARGV[3] events channel
    ARGV[4] public finished channel ('leiloes_finalizados')
    ARGV[5] the ending-soon stream's cap (XADD MAXLEN ~); '0': no e-mail is
            sent here (no SMTP_URL), so the due e-mails are dropped

  Output:
    {closedCount, msUntilNextDue, lag1, lag2, ...}
      msUntilNextDue is -1 when nothing is scheduled; lagN is how many ms
      after its end each closed auction was closed (for the close-lag metric)
]]
--@include auction

local openKey, closedKey, streamKey, endingSoonKey = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local listedKey = KEYS[5]
local prefix, batch = ARGV[1], tonumber(ARGV[2])
local now = nowMs()

local notices = redis.call('ZRANGE', endingSoonKey, '-inf', now, 'BYSCORE', 'LIMIT', 0, batch)
for _, id in ipairs(notices) do
  redis.call('ZREM', endingSoonKey, id)
  local status, endsAt = unpack(redis.call('HMGET', prefix .. id, 'status', 'endsAt'))
  if status == 'open' and tonumber(endsAt) > now then
    redis.call('PUBLISH', ARGV[3], cjson.encode({type = 'auction:ending-soon', auctionId = id,
      endsAt = iso(endsAt), state = redis.call('HGETALL', prefix .. id),
      watcherIds = redis.call('SMEMBERS', prefix .. id .. ':watchers')}))
  end
end

-- Watchers and bidders of an auction still open are e-mailed by the worker,
-- which reads who they are when it writes: one entry per auction, not per person.
local mailKey, mailStream = KEYS[6], KEYS[7]
local mails = redis.call('ZRANGE', mailKey, '-inf', now, 'BYSCORE', 'LIMIT', 0, batch)
for _, id in ipairs(mails) do
  redis.call('ZREM', mailKey, id)
  if ARGV[5] ~= '0' then
    local status, endsAt, bidCount = unpack(redis.call('HMGET', prefix .. id, 'status', 'endsAt',
      'bidCount'))
    local anyone = tonumber(bidCount or 0) > 0 or redis.call('SCARD', prefix .. id .. ':watchers') > 0
    if status == 'open' and tonumber(endsAt) > now and anyone then
      redis.call('XADD', mailStream, 'MAXLEN', '~', ARGV[5], '*', 'auctionId', id)
    end
  end
end

local due = redis.call('ZRANGE', openKey, '-inf', now, 'BYSCORE', 'LIMIT', 0, batch)
local closed = 0
local lags = {}
for _, id in ipairs(due) do
  redis.call('ZREM', openKey, id)
  redis.call('ZREM', listedKey, id)
  local a = hashToTable(redis.call('HGETALL', prefix .. id))
  if a.status == 'open' then
    closeAuction(prefix .. id, a, now, outcomeAtEnd(a), {openKey, closedKey, streamKey, listedKey},
      {ARGV[3], ARGV[4]})
    closed = closed + 1
    lags[closed] = now - tonumber(a.endsAt)
  end
end

local nextDue = -1
for _, key in ipairs({openKey, endingSoonKey, mailKey}) do
  local head = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  if head[2] then
    local wait = math.max(0, tonumber(head[2]) - now)
    if nextDue < 0 or wait < nextDue then nextDue = wait end
  end
end
return {closed, nextDue, unpack(lags)}
