--[[
  A moderator suspends an account (a fraudster, a seller of prohibited
  items), or reinstates it. Suspended, every session ends at once — listed
  and deleted here, so a login racing this is either ended by it or refused
  by openSession, which reads the mark — and it cannot sign in again until
  reinstated. Its listings and feedback stand; the caller removes its open
  auctions and cancels its bids on open auctions when asked. Moderators are not suspended: their moderation
  is revoked first. Where the platform sends e-mail, a suspension is
  streamed for the worker, which tells the account why. Each change (not a
  repeat) joins the moderation log.

  The session keys are built from the listed hashes (one Redis, not a
  cluster, as endSessions does).

  Input:
    KEYS[1] the moderator's account (hash)   KEYS[2] the account (hash)
    KEYS[3] the account's sessions (sorted set)   KEYS[4] the suspensions stream
    ARGV[1] moderator id   ARGV[2] '1' suspend, '0' reinstate   ARGV[3] reason
    ARGV[4] session key prefix (prefix .. token hash)   ARGV[5] user id
    ARGV[6] the suspensions stream's cap (XADD MAXLEN ~); '0': queue no e-mail
    KEYS[5] the moderation log (stream)   ARGV[7] its cap (XADD MAXLEN ~)
    ARGV[8] '1' when the caller cancels its bids on open auctions next (the
            e-mail says so), else '0' or none

  Output: {0, hash, hash, ...} done, with the token hashes of the sessions ended
          {-39} not a moderator   {-32} no such account   {-40} a moderator's account
]]
if redis.call('HGET', KEYS[1], 'moderator') ~= '1' then return {-39} end
if redis.call('EXISTS', KEYS[2]) == 0 then return {-32} end
if ARGV[2] == '0' then
  if redis.call('HDEL', KEYS[2], 'suspended', 'suspensionReason', 'suspendedAt', 'suspendedBy') > 0 then
    redis.call('XADD', KEYS[5], 'MAXLEN', '~', ARGV[7], '*', 'action', 'reinstated',
      'moderatorId', ARGV[1], 'userId', ARGV[5])
  end
  return {0}
end
if redis.call('HGET', KEYS[2], 'moderator') == '1' then return {-40} end
-- Suspending a suspended account changes nothing (no second e-mail); its
-- sessions are ended again below all the same.
if redis.call('HGET', KEYS[2], 'suspended') ~= '1' then
  local time = redis.call('TIME')
  redis.call('HSET', KEYS[2], 'suspended', '1', 'suspensionReason', ARGV[3],
    'suspendedAt', tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000),
    'suspendedBy', ARGV[1])
  if ARGV[6] ~= '0' then
    redis.call('XADD', KEYS[4], 'MAXLEN', '~', ARGV[6], '*', 'userId', ARGV[5],
      'bidsCancelled', ARGV[8] == '1' and '1' or '0')
  end
  redis.call('XADD', KEYS[5], 'MAXLEN', '~', ARGV[7], '*', 'action', 'suspended',
    'moderatorId', ARGV[1], 'userId', ARGV[5], 'reason', ARGV[3])
end
local ended = {0}
for _, hash in ipairs(redis.call('ZRANGE', KEYS[3], 0, -1)) do
  redis.call('DEL', ARGV[4] .. hash)
  ended[#ended + 1] = hash
end
redis.call('DEL', KEYS[3])
return ended
