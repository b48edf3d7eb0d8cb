--[[
  Someone reports an auction to the moderators (prohibited item, fraud…),
  once per person and auction. The reports since the last review put the
  auction in the moderators' queue, the longest waiting first; the
  reporter's own list keeps it for their data export.

  The auction's reports hash: `u:<userId>` each report (JSON, with the
  review round it belongs to), `round` the current round (a review —
  dismissed or removed — starts the next one, so only newer reports bring
  the auction back to the queue).

  Input:
    KEYS[1] auction hash   KEYS[2] the auction's reports (hash)
    KEYS[3] the moderation queue (sorted set, score = -(first open report), ms)
    KEYS[4] the reporter's account (hash)
    KEYS[5] the reporter's reports (sorted set of "<auctionId>:<reporterId>")
    ARGV[1] reporter id   ARGV[2] reason   ARGV[3] details ('' for none)
    ARGV[4] events channel (moderators hear the queue change)
    KEYS[6] what moderation received (stream: kind, reason; the transparency
      report counts it)   ARGV[5] its cap (XADD MAXLEN ~)

  Output:
    {0} reported   {-1} no such auction   {-18} the reporter's account was deleted
    {-3} the reporter is the seller   {-38} cancelled or removed already
    {-37} this person reported it already
]]
--@include auction

local reporterName = redis.call('HGET', KEYS[4], 'name')
if not reporterName then return {-18} end
local a = hashToTable(redis.call('HGETALL', KEYS[1]))
if not a.id then return {-1} end
if a.sellerId == ARGV[1] then return {-3} end
if a.status == 'cancelled' or a.removedBy then return {-38} end
local field = 'u:' .. ARGV[1]
if redis.call('HEXISTS', KEYS[2], field) == 1 then return {-37} end

local now = nowMs()
local round = tonumber(redis.call('HGET', KEYS[2], 'round') or 0)
local details = ARGV[3] ~= '' and ARGV[3] or cjson.null
redis.call('HSET', KEYS[2], field, cjson.encode({reporterId = ARGV[1],
  reporterName = reporterName, reason = ARGV[2], details = details, at = now, round = round}))
-- NX: the auction keeps its place in the queue from its first open report.
redis.call('ZADD', KEYS[3], 'NX', -now, a.id)
redis.call('ZADD', KEYS[5], now, a.id .. ':' .. ARGV[1])
-- Counted, not traced: who reported what stays in the auction's reports.
redis.call('XADD', KEYS[6], 'MAXLEN', '~', ARGV[5], '*', 'kind', 'report', 'reason', ARGV[2])
redis.call('PUBLISH', ARGV[4], cjson.encode({type = 'moderation:queue', auctionId = a.id}))
return {0}
