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
  tells the seller and those it concerns why; a closed one is streamed for
  the worker in any case, which deletes its Discord post (or keeps one from
  being made). Its reports are reviewed: it
  leaves the moderation queue, and where it was waiting there, the decision
  is streamed too, for the reports' authors; the devices of everyone who
  ever reported it hear it at once.

  On appeal: a reporter contested a moderator's decision to keep the
  auction, and another moderator reverses it (ARGV[6], the appeal). The
  appeal is checked and decided in the same step as the removal, so it is
  never decided without the auction coming down, nor the reverse; an auction
  some moderator took down meanwhile stays as it is, and the appeal is
  decided all the same.

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
    On appeal (ARGV[6] not ''):
    KEYS[11] the appeal's hash   KEYS[12] the queue of appeals
    KEYS[13] the appeal decisions stream (the worker's e-mails to the appellant)
    ARGV[6] the appeal's id, '' for none   ARGV[7] the reply (the reasons)
    ARGV[8] '1': only a moderator other than the one who kept the auction decides
    KEYS[14] the takedowns stream (the worker deletes a closed auction's Discord post; always
      written)   ARGV[9] its cap (XADD MAXLEN ~)

  Output:
    {0, eventJson}  removed; {type = 'auction:cancelled' | 'auction:removed', state}, also PUBLISHed
    {0, ''}  on appeal, taken down already: the appeal is decided, nothing else changes
    {-39} not a moderator   {-1} not found   {-52} removed already
    {-2} past its end but not closed yet (it is, within moments: try again)
    On appeal: {-49} no such appeal   {-50} decided already   {-51} this moderator kept it
]]
--@include auction
--@include appeal
--@include reports

if redis.call('HGET', KEYS[1], 'moderator') ~= '1' then return {-39} end
local a = hashToTable(redis.call('HGETALL', KEYS[2]))
if not a.id then return {-1} end
local now = nowMs()
local appeal
local appealKeys = {appeal = KEYS[11], queue = KEYS[12], stream = KEYS[13], log = KEYS[10],
  streamCap = ARGV[4], logCap = ARGV[5], channel = ARGV[3]}
if ARGV[6] ~= '' then
  appeal = hashToTable(redis.call('HGETALL', KEYS[11]))
  local refused = appealRefusal(appeal, ARGV[1], ARGV[8])
  if refused then return {refused} end
  if appeal.kind ~= 'keep' or appeal.auctionId ~= a.id then
    return redis.error_reply('not an appeal of keeping this auction')
  end
  if a.removedBy then
    recordAppealDecision(appealKeys, appeal, ARGV[1], 'reversed', ARGV[7], now)
    return {0, ''}
  end
end
if a.removedBy then return {-52} end
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
if a.status == 'closed' then
  redis.call('XADD', KEYS[14], 'MAXLEN', '~', ARGV[9], '*', 'auctionId', a.id)
end
if ARGV[4] ~= '0' then
  redis.call('XADD', KEYS[8], 'MAXLEN', '~', ARGV[4], '*', 'auctionId', a.id)
  -- A keep reversed on a reporter's appeal also decides, anew, the reports
  -- earlier reviews kept: the entry names the appellant (told by the
  -- appeal's own e-mail), and the worker tells every other author.
  if reported or appeal then
    local review = {'auctionId', a.id, 'decision', 'removed', 'round', round}
    if appeal then
      table.insert(review, 'appellantId')
      table.insert(review, appeal.userId)
    end
    redis.call('XADD', KEYS[9], 'MAXLEN', '~', ARGV[4], '*', unpack(review))
  end
end
-- On notice (it was waiting in the queue, for how long), on a reporter's
-- appeal against keeping it, or on the moderator's own initiative.
local entry = {'action', 'removed', 'moderatorId', ARGV[1], 'auctionId', a.id, 'reason', ARGV[2],
  'notice', reported and '1' or '0'}
if reported then
  table.insert(entry, 'waitedMs')
  table.insert(entry, decimal(now + tonumber(reportedAt)))
end
if appeal then
  table.insert(entry, 'appealId')
  table.insert(entry, appeal.id)
end
redis.call('XADD', KEYS[10], 'MAXLEN', '~', ARGV[5], '*', unpack(entry))
if appeal then recordAppealDecision(appealKeys, appeal, ARGV[1], 'reversed', ARGV[7], now) end
local event = cjson.encode({type = open and 'auction:cancelled' or 'auction:removed',
  state = redis.call('HGETALL', KEYS[2])})
redis.call('PUBLISH', ARGV[3], event)
if reported then
  redis.call('PUBLISH', ARGV[3], cjson.encode({type = 'moderation:queue', auctionId = a.id}))
end
-- Taking it down settles every report ever made of it, kept ones included:
-- each author's devices hear it.
publishReportsDecided(ARGV[3], a.id, {decision = 'removed', at = now, title = a.title},
  reportersOf(KEYS[7], nil))
return {0, event}
