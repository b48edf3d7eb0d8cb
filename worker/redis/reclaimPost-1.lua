--[[
  The fence before posting again an auction whose takedown was reversed on
  appeal (discord-takedowns.ts). Atomically, from the post's status in the
  job hash:
  - `withdrawn` (taken down before the post was made) while the job has not
    written its report yet: the mark is cleared, so the job posts as usual;
  - `withdrawn` or `deleted` otherwise: the intent to post is recorded
    (`sending`, as claimDelivery does), so nothing else posts it;
  - anything else is returned as it is: no status (the job will post),
    `sending`, `sent`, `rejected`, `unknown`.

  Input:
    KEYS[1] job hash (worker:job:<auctionId>)
    ARGV[1] '1' when the auction's report is written, else '0'

  Output: {'reopened'} | {'claimed', the status it was} | {the status found, '' for none}
]]
local status = redis.call('HGET', KEYS[1], 'discordStatus')
if status ~= 'withdrawn' and status ~= 'deleted' then return {status or ''} end
if status == 'withdrawn' and ARGV[1] ~= '1' then
  redis.call('HDEL', KEYS[1], 'discordStatus')
  return {'reopened'}
end
local time = redis.call('TIME')
redis.call('HSET', KEYS[1], 'discordStatus', 'sending', 'discordSendingSinceMs',
  tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000))
return {'claimed', status}
