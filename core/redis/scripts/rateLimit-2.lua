--[[
  Two GCRA rate limits checked together (e.g. per user and per IP): the
  request passes only if both allow it, and only then is it counted against
  both. GCRA keeps one timestamp per subject (the "theoretical arrival
  time"), so a limit costs one small key and no sweeping. Redis's clock.

  Input:
    KEYS[1], KEYS[2]  state keys of the two limits
    ARGV[1], ARGV[3]  emission interval in ms (period / rate); 0 disables that limit
    ARGV[2], ARGV[4]  burst: how many requests may arrive at once

  Output:
    {1, 0}             allowed
    {0, retryAfterMs}  refused; the earliest retry that can pass
]]
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

local function check(key, interval, burst)
  if interval <= 0 then return nil, 0 end
  local tat = tonumber(redis.call('GET', key)) or now
  if tat < now then tat = now end
  local newTat = tat + interval
  local allowAt = newTat - interval * burst
  if now < allowAt then return false, math.ceil(allowAt - now) end
  return newTat, 0
end

local tat1, wait1 = check(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]))
local tat2, wait2 = check(KEYS[2], tonumber(ARGV[3]), tonumber(ARGV[4]))
if tat1 == false or tat2 == false then return {0, math.max(wait1, wait2)} end

-- PX takes whole ms; an interval such as 60000/7 is fractional.
if tat1 then redis.call('SET', KEYS[1], tat1, 'PX', math.ceil(tat1 - now) + 1) end
if tat2 then redis.call('SET', KEYS[2], tat2, 'PX', math.ceil(tat2 - now) + 1) end
return {1, 0}
