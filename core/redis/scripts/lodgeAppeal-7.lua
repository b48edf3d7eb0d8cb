--[[
  Someone contests a moderator's decision against them (the DSA's art. 20:
  internal complaint handling): the seller of an auction a moderator removed,
  an account a moderator suspended, or one who reported an auction a
  moderator then kept (their report's review round was decided `kept`, and
  the auction is still up). Each decision is appealed once by each appellant,
  within ARGV[5] ms of it; the appeal joins the moderators' queue of appeals,
  the longest waiting first, and the moderators hear of it.

  A removal is remembered on the auction (`appealId`); a suspension on the
  account (`appealedSuspendedAt`: which suspension), so a later suspension
  can be appealed again; a keep in the auction's reports (`a:<userId>`).

  Input:
    KEYS[1] the appeal's hash (new)   KEYS[2] the queue of appeals (sorted set)
    KEYS[3] the appellant's appeals (sorted set)   KEYS[4] the appellant's account (hash)
    KEYS[5] the auction's hash (removal, keep; the account's hash again for a suspension)
    KEYS[7] the auction's reports (hash; keep; the account's hash again otherwise)
    ARGV[1] appeal id   ARGV[2] 'removal' | 'suspension' | 'keep'   ARGV[3] the appellant's id
    ARGV[4] text   ARGV[5] how long after the decision it may be appealed, ms
    ARGV[6] events channel
    KEYS[6] what moderation received (stream: kind, subject; the transparency
      report counts it)   ARGV[7] its cap (XADD MAXLEN ~)

  Output:
    {0, createdAt, reason, decidedAt}  lodged
    {-1} no such auction   {-11} not its seller   {-45} not removed by a moderator
    {-48} the account is not suspended   {-46, appealId} appealed already
    {-47} the window has passed   {-18} the appellant's account is gone
    keep: {-52} taken down since   {-53} no report by the appellant   {-54} not reviewed yet
]]
--@include auction

if redis.call('EXISTS', KEYS[4]) == 0 then return {-18} end
local id, kind, userId = ARGV[1], ARGV[2], ARGV[3]
local now = nowMs()
local reason, decidedAt, decidedBy, auctionId

if kind == 'removal' then
  local a = hashToTable(redis.call('HGETALL', KEYS[5]))
  if not a.id then return {-1} end
  if a.sellerId ~= userId then return {-11} end
  if not a.removedBy then return {-45} end
  if a.appealId then return {-46, a.appealId} end
  -- (Removals before `removedAt` was kept were all of open auctions, which they closed.)
  reason, decidedAt, decidedBy, auctionId = a.removalReason, a.removedAt or a.closedAt, a.removedBy, a.id
elseif kind == 'keep' then
  local a = hashToTable(redis.call('HGETALL', KEYS[5]))
  if not a.id then return {-1} end
  if a.removedBy then return {-52} end
  local json = redis.call('HGET', KEYS[7], 'u:' .. userId)
  if not json then return {-53} end
  local report = cjson.decode(json)
  local round, decision, latestBy, latestAt, review, appealId = unpack(redis.call('HMGET', KEYS[7],
    'round', 'decision', 'reviewedBy', 'reviewedAt', 'review:' .. report.round, 'a:' .. userId))
  if report.round >= tonumber(round or 0) then return {-54} end
  if appealId then return {-46, appealId} end
  if review then
    review = cjson.decode(review)
  else
    -- Keeps from before each round's review was kept: the latest review dates it.
    review = {decision = decision, by = latestBy, at = latestAt}
  end
  reason, decidedAt, decidedBy, auctionId = report.reason, decimal(tonumber(review.at)), review.by, a.id
else
  local suspended, why, since, by, appealedAt, appealId = unpack(redis.call('HMGET', KEYS[4],
    'suspended', 'suspensionReason', 'suspendedAt', 'suspendedBy', 'appealedSuspendedAt',
    'suspensionAppealId'))
  if suspended ~= '1' then return {-48} end
  if appealedAt == since then return {-46, appealId} end
  reason, decidedAt, decidedBy = why, since, by
end
if now - tonumber(decidedAt) > tonumber(ARGV[5]) then return {-47} end

if kind == 'removal' then
  redis.call('HSET', KEYS[5], 'appealId', id)
elseif kind == 'keep' then
  redis.call('HSET', KEYS[7], 'a:' .. userId, id)
else
  redis.call('HSET', KEYS[4], 'appealedSuspendedAt', decidedAt, 'suspensionAppealId', id)
end
redis.call('HSET', KEYS[1], 'id', id, 'kind', kind, 'userId', userId, 'reason', reason,
  'decidedAt', decidedAt, 'decidedBy', decidedBy or '', 'text', ARGV[4], 'createdAt', now,
  'status', 'open')
if auctionId then redis.call('HSET', KEYS[1], 'auctionId', auctionId) end
-- Scored by minus the time, so paging the highest first is the longest waiting first.
redis.call('ZADD', KEYS[2], -now, id)
redis.call('ZADD', KEYS[3], now, id)
redis.call('XADD', KEYS[6], 'MAXLEN', '~', ARGV[7], '*', 'kind', 'appeal', 'subject', kind)
redis.call('PUBLISH', ARGV[6], cjson.encode({type = 'moderation:appeals', appealId = id}))
return {0, now, reason, decidedAt}
