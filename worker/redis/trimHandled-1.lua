--[[
  Trims the finished-auctions stream of what is handled: entries that every
  consumer group has had delivered and acknowledged, and that are older than
  the retention. The stream is the worker's durable queue, not an archive
  (reports, auctions and bids are kept elsewhere), and without this it grows
  by one entry per closed auction forever. Nothing a group still owes is ever
  removed: with no group yet (no worker has read the stream) nothing at all.

  Input:
    KEYS[1] the stream
    ARGV[1] retention, ms: entries younger than this stay (Redis's clock)

  Output:
    the number of entries removed
]]
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local groups = redis.call('XINFO', 'GROUPS', KEYS[1])
if #groups == 0 then return 0 end

local function parts(id)
  local ms, seq = string.match(id, '^(%d+)-(%d+)$')
  return tonumber(ms), tonumber(seq)
end
local function before(a, b)
  local am, as = parts(a)
  local bm, bs = parts(b)
  return am < bm or (am == bm and as < bs)
end

local time = redis.call('TIME')
local nowMs = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
-- XTRIM MINID removes the entries before `keep`.
local keep = math.max(0, nowMs - tonumber(ARGV[1])) .. '-0'
for _, flat in ipairs(groups) do
  local group = {}
  for i = 1, #flat, 2 do group[flat[i]] = flat[i + 1] end
  -- Entries after the last one delivered to the group are still owed to it.
  if before(group['last-delivered-id'], keep) then keep = group['last-delivered-id'] end
  -- Delivered but not acknowledged: the oldest of them stays, and all after it.
  local pending = redis.call('XPENDING', KEYS[1], group['name'])
  if pending[1] > 0 and before(pending[2], keep) then keep = pending[2] end
end
return redis.call('XTRIM', KEYS[1], 'MINID', keep)
