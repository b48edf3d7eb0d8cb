--[[
  A moderator takes an open auction down (prohibited item, fraud…): it ends
  at once without a sale, whatever its bids, and says why
  (`outcome = 'REMOVED'`, `removalReason`). Like a cancellation it never
  reaches the finished stream, so no report or post is made, and watchers
  hear `auction:cancelled`. Where the platform sends e-mail, it is streamed
  for the worker, which tells the seller and the bidders why. Its reports
  are reviewed: it leaves the moderation queue, and where it was waiting
  there, the decision is streamed too, for the reports' authors.

  The moderator's flag is read here, in the same atomic step, so a revoked
  moderator is refused at once on every replica; the decision joins the
  moderation log in the same step.

  Input:
    KEYS[1] the moderator's account (hash)   KEYS[2] auction hash
    KEYS[3] open-auctions set   KEYS[4] ending-soon notices set
    KEYS[5] open auctions by listing time   KEYS[6] the moderation queue
    KEYS[7] the auction's reports (hash)   KEYS[8] the removals stream (the worker's e-mails)
    KEYS[9] the decisions stream (the worker tells the reports' authors)
    KEYS[10] the moderation log (stream: every decision, by whom, why)
    ARGV[1] moderator id   ARGV[2] reason   ARGV[3] events channel
    ARGV[4] the removals and decisions streams' cap (XADD MAXLEN ~); '0': queue no e-mail
    ARGV[5] the moderation log's cap (XADD MAXLEN ~)

  Output:
    {0, eventJson}  removed; {type = 'auction:cancelled', state}, also PUBLISHed
    {-39} not a moderator   {-1} not found   {-2} not open (ended, cancelled, removed)
]]
--@include auction

if redis.call('HGET', KEYS[1], 'moderator') ~= '1' then return {-39} end
local a = hashToTable(redis.call('HGETALL', KEYS[2]))
if not a.id then return {-1} end
local now = nowMs()
if a.status ~= 'open' or now >= tonumber(a.endsAt) then return {-2} end

redis.call('HINCRBY', KEYS[2], 'seq', 1)
redis.call('HSET', KEYS[2], 'status', 'cancelled', 'outcome', 'REMOVED', 'closedAt', now,
  'removalReason', ARGV[2], 'removedBy', ARGV[1])
redis.call('ZREM', KEYS[3], a.id)
redis.call('ZREM', KEYS[4], a.id)
redis.call('ZREM', KEYS[5], a.id)
-- Waiting since its first open report, if it was (the log keeps how long).
local reportedAt = redis.call('ZSCORE', KEYS[6], a.id)
local reported = reportedAt ~= false
redis.call('ZREM', KEYS[6], a.id)
local round = redis.call('HINCRBY', KEYS[7], 'round', 1) - 1
redis.call('HSET', KEYS[7], 'decision', 'removed', 'reviewedBy', ARGV[1], 'reviewedAt', now)
if ARGV[4] ~= '0' then
  redis.call('XADD', KEYS[8], 'MAXLEN', '~', ARGV[4], '*', 'auctionId', a.id)
  if reported then
    redis.call('XADD', KEYS[9], 'MAXLEN', '~', ARGV[4], '*', 'auctionId', a.id,
      'decision', 'removed', 'round', round)
  end
end
-- On notice (it was waiting in the queue, for how long) or on the moderator's own initiative.
local entry = {'action', 'removed', 'moderatorId', ARGV[1], 'auctionId', a.id, 'reason', ARGV[2],
  'notice', reported and '1' or '0'}
if reported then
  table.insert(entry, 'waitedMs')
  table.insert(entry, decimal(now + tonumber(reportedAt)))
end
redis.call('XADD', KEYS[10], 'MAXLEN', '~', ARGV[5], '*', unpack(entry))
local event = cjson.encode({type = 'auction:cancelled', state = redis.call('HGETALL', KEYS[2])})
redis.call('PUBLISH', ARGV[3], event)
if reported then
  redis.call('PUBLISH', ARGV[3], cjson.encode({type = 'moderation:queue', auctionId = a.id}))
end
return {0, event}
