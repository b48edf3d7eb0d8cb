--[[
  A moderator reviewed an auction's reports and keeps it: it leaves the
  moderation queue, and only reports made after this review bring it back.
  Dismissing twice (two moderators at once) is dismissing once.

  Input:
    KEYS[1] the moderator's account (hash)   KEYS[2] the auction's reports (hash)
    KEYS[3] the moderation queue
    ARGV[1] auction id   ARGV[2] moderator id

  Output: {0} reviewed (or nothing was waiting)   {-39} not a moderator
]]
if redis.call('HGET', KEYS[1], 'moderator') ~= '1' then return {-39} end
if redis.call('ZREM', KEYS[3], ARGV[1]) == 0 then return {0} end
local time = redis.call('TIME')
redis.call('HINCRBY', KEYS[2], 'round', 1)
redis.call('HSET', KEYS[2], 'decision', 'kept', 'reviewedBy', ARGV[2],
  'reviewedAt', tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000))
return {0}
