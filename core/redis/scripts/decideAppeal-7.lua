--[[
  A moderator decides an appeal, once, with the reasons (`reply`): upheld,
  the decision stands; reversed, it is undone in the same step — a removed
  auction stays ended (bidders moved on) but is marked `removalReversed`, so
  its seller may list it again, and its watchers hear the change; a
  suspended account is reinstated, if the suspension appealed is still the
  one in force (a later suspension is a new decision). A reporter's appeal
  of a keep is upheld here; reversing it takes the auction down, which
  removeAuction does (with the appeal, in one step). Where the platform
  sends e-mail, the decision is streamed for the worker, which tells the
  appellant; the appellant's devices hear it at once (`appeal:decided`); it
  joins the moderation log. A closed auction whose removal is reversed is
  streamed for the worker, which posts it to Discord again (its takedown
  deleted the post).


  The moderator's flag is read here, in the same atomic step, so a revoked
  moderator is refused at once on every replica.

  Input:
    KEYS[1] the moderator's account (hash)   KEYS[2] the appeal's hash
    KEYS[3] the queue of appeals   KEYS[4] what the appeal is about: the
      auction's hash (removal, keep) or the appellant's account (suspension)
    KEYS[5] the appeal decisions stream (the worker's e-mails)
    ARGV[1] moderator id   ARGV[2] 'upheld' | 'reversed'   ARGV[3] reply
    ARGV[4] the id of KEYS[4]'s auction or account (checked against the appeal)
    ARGV[5] the decisions stream's cap (XADD MAXLEN ~); '0': queue no e-mail
    ARGV[6] events channel
    ARGV[7] '1': only a moderator other than the one who took the decision decides
    KEYS[6] the moderation log (stream)   ARGV[8] its cap (XADD MAXLEN ~)
    KEYS[7] the takedowns stream (always written)   ARGV[9] its cap (XADD MAXLEN ~)

  Output: {0, reviewedAt} decided   {-39} not a moderator   {-49} no such appeal
          {-50} decided already   {-51} (ARGV[7]) this moderator took the decision
]]
--@include auction
--@include appeal

if redis.call('HGET', KEYS[1], 'moderator') ~= '1' then return {-39} end
local appeal = hashToTable(redis.call('HGETALL', KEYS[2]))
local refused = appealRefusal(appeal, ARGV[1], ARGV[7])
if refused then return {refused} end
local subject = appeal.kind == 'suspension' and appeal.userId or appeal.auctionId
if subject ~= ARGV[4] then return redis.error_reply('the appeal is about ' .. subject) end
if appeal.kind == 'keep' and ARGV[2] == 'reversed' then
  return redis.error_reply('a keep is reversed by removeAuction')
end

local now = nowMs()
if ARGV[2] == 'reversed' then
  if appeal.kind == 'removal' then
    if redis.call('EXISTS', KEYS[4]) == 1 then
      redis.call('HSET', KEYS[4], 'removalReversed', '1')
      if redis.call('HGET', KEYS[4], 'status') == 'closed' then
        redis.call('XADD', KEYS[7], 'MAXLEN', '~', ARGV[9], '*', 'auctionId', appeal.auctionId,
          'restore', '1')
      end
      redis.call('PUBLISH', ARGV[6],
        cjson.encode({type = 'auction:edited', state = redis.call('HGETALL', KEYS[4])}))
    end
  elseif redis.call('HGET', KEYS[4], 'suspendedAt') == appeal.decidedAt then
    redis.call('HDEL', KEYS[4], 'suspended', 'suspensionReason', 'suspendedAt', 'suspendedBy')
  end
end
recordAppealDecision({appeal = KEYS[2], queue = KEYS[3], stream = KEYS[5], log = KEYS[6],
  streamCap = ARGV[5], logCap = ARGV[8], channel = ARGV[6]}, appeal, ARGV[1], ARGV[2], ARGV[3], now)
return {0, now}
