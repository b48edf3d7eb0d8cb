--[[
  A moderator takes an auction down (prohibited item, fraud…). An open one
  ends at once without a sale, whatever its bids, and says why
  (`outcome = 'REMOVED'`, `removalReason`); like a cancellation it never
  reaches the finished stream, so no report or post is made, and watchers
  hear `auction:cancelled`. One that had ended — closed, or cancelled by its
  seller — keeps its result (a sale stands between its parties: the platform
  holds no money to undo it) and is marked removed the same way
  (`removalReason`, `removedBy`, `removedAt`), published as
  `auction:removed`: it leaves the ended-auctions search, and its page says
  why. Where the platform sends e-mail, it is streamed for the worker, which
  tells the seller and those it concerns why. Its reports are reviewed: it
  leaves the moderation queue, and where it was waiting there, the decision
  is streamed too, for the reports' authors.

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
    {0, eventJson}  removed; {type = 'auction:cancelled' | 'auction:removed', state}, also PUBLISHed
    {-39} not a moderator   {-1} not found   {-52} removed already
    {-2} past its end but not closed yet (it is, within moments: try again)
]]
--@include auction

if redis.call('HGET', KEYS[1], 'moderator') ~= '1' then return {-39} end
local a = hashToTable(redis.call('HGETALL', KEYS[2]))
if not a.id then return {-1} end
if a.removedBy then return {-52} end
local now = nowMs()
local open = a.status == 'open'
if open and now >= tonumber(a.endsAt) then return {-2} end

if open then
  redis.call('HINCRBY', KEYS[2], 'seq', 1)
  redis.call('HSET', KEYS[2], 'status', 'cancelled', 'outcome', 'REMOVED', 'closedAt', now)
  redis.call('ZREM', KEYS[3], a.id)
  redis.call('ZREM', KEYS[4], a.id)
  redis.call('ZREM', KEYS[5], a.id)
end
redis.call('HSET', KEYS[2], 'removalReason', ARGV[2], 'removedBy', ARGV[1], 'removedAt', now)
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
local event = cjson.encode({type = open and 'auction:cancelled' or 'auction:removed',
  state = redis.call('HGETALL', KEYS[2])})
redis.call('PUBLISH', ARGV[3], event)
if reported then
  redis.call('PUBLISH', ARGV[3], cjson.encode({type = 'moderation:queue', auctionId = a.id}))
end
return {0, event}
