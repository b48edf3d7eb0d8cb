--[[
  How many members of a sorted set scored by time (ms) fall within the last
  ARGV[1] ms by Redis's clock, the platform's one clock: read in the same
  round trip as what sits beside it (a profile's retractions beside its
  account), where reading TIME first would cost a round trip of its own.

  Input: KEYS[1] the sorted set (score = ms since the epoch)   ARGV[1] the window, ms
  Output: the count
]]
--@include auction

return redis.call('ZCOUNT', KEYS[1], nowMs() - tonumber(ARGV[1]), '+inf')
