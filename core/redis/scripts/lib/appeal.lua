--[[
  Shared by the scripts that decide an appeal: decideAppeal, and
  removeAuction (a keep reversed on appeal takes the auction down in the
  same atomic step). Spliced in after `--@include auction`, whose `decimal`
  it uses.
]]

-- Why this moderator may not decide the appeal (its hash as a table) now, or nil.
local function appealRefusal(appeal, moderatorId, byAnotherModerator)
  if not appeal.id then return -49 end
  if appeal.status ~= 'open' then return -50 end
  if byAnotherModerator == '1' and appeal.decidedBy == moderatorId then return -51 end
  return nil
end

-- Records a moderator's decision of an appeal: on the appeal, out of the
-- queue, streamed for the worker's e-mail to the appellant (unless the cap is
-- '0'), into the moderation log; the moderators and the appellant's devices
-- hear it.
local function recordAppealDecision(k, appeal, moderatorId, outcome, reply, now)
  redis.call('HSET', k.appeal, 'status', outcome, 'reply', reply, 'reviewedBy', moderatorId,
    'reviewedAt', now)
  redis.call('ZREM', k.queue, appeal.id)
  if k.streamCap ~= '0' then
    redis.call('XADD', k.stream, 'MAXLEN', '~', k.streamCap, '*', 'appealId', appeal.id)
  end
  local bySuspension = appeal.kind == 'suspension'
  redis.call('XADD', k.log, 'MAXLEN', '~', k.logCap, '*', 'action', 'appeal_' .. outcome,
    'moderatorId', moderatorId, 'appealId', appeal.id, 'appealKind', appeal.kind,
    bySuspension and 'userId' or 'auctionId', bySuspension and appeal.userId or appeal.auctionId,
    'waitedMs', decimal(now - tonumber(appeal.createdAt)))
  redis.call('PUBLISH', k.channel, cjson.encode({type = 'moderation:appeals', appealId = appeal.id,
    decided = {userId = appeal.userId, auctionId = appeal.auctionId or cjson.null,
      status = outcome}}))
end
