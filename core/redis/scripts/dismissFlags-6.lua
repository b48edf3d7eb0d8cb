--[[
  A moderator reviewed an auction's reports and keeps it: it leaves the
  moderation queue, and only reports made after this review bring it back.
  Dismissing twice (two moderators at once) is dismissing once. Where the
  platform sends e-mail, the decision is streamed for the worker, which
  tells the reports' authors (as the DSA asks of a notice-and-action channel).
  A review that decided something joins the moderation log. Each keep is
  kept per round (`review:<round>`: who, when), so the reports' authors may
  appeal it, dated from it. The round's reports' authors' devices hear the
  decision at once, on every replica (`reports:decided`).

  Input:
    KEYS[1] the moderator's account (hash)   KEYS[2] the auction's reports (hash)
    KEYS[3] the moderation queue   KEYS[4] the decisions stream (the worker's e-mails)
    ARGV[1] auction id   ARGV[2] moderator id
    ARGV[3] the decisions stream's cap (XADD MAXLEN ~); '0': queue no e-mail
    ARGV[4] events channel (moderators hear the queue change)
    KEYS[5] the moderation log (stream)   ARGV[5] its cap (XADD MAXLEN ~)
    KEYS[6] the auction's hash (its title, for the authors' devices)

  Output: {0} reviewed (or nothing was waiting)   {-39} not a moderator
]]
--@include auction
--@include reports

if redis.call('HGET', KEYS[1], 'moderator') ~= '1' then return {-39} end
-- Score: minus the time of its first open report.
local reportedAt = redis.call('ZSCORE', KEYS[3], ARGV[1])
if not reportedAt then return {0} end
redis.call('ZREM', KEYS[3], ARGV[1])
local now = nowMs()
local round = redis.call('HINCRBY', KEYS[2], 'round', 1) - 1
redis.call('HSET', KEYS[2], 'decision', 'kept', 'reviewedBy', ARGV[2], 'reviewedAt', now,
  'review:' .. round, cjson.encode({decision = 'kept', by = ARGV[2], at = now}))
if ARGV[3] ~= '0' then
  redis.call('XADD', KEYS[4], 'MAXLEN', '~', ARGV[3], '*', 'auctionId', ARGV[1],
    'decision', 'kept', 'round', round)
end
redis.call('XADD', KEYS[5], 'MAXLEN', '~', ARGV[5], '*', 'action', 'kept',
  'moderatorId', ARGV[2], 'auctionId', ARGV[1], 'waitedMs', decimal(now + tonumber(reportedAt)))
redis.call('PUBLISH', ARGV[4], cjson.encode({type = 'moderation:queue', auctionId = ARGV[1]}))
publishReportsDecided(ARGV[4], ARGV[1],
  {decision = 'kept', at = now, title = redis.call('HGET', KEYS[6], 'title') or ''},
  reportersOf(KEYS[2], round))
return {0}
