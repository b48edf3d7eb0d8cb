--[[
  Extends the worker's per-auction lock, only while this worker still holds it.

  Input:
    KEYS[1] lock key (worker:lock:<auctionId>)
    ARGV[1] holder token    ARGV[2] new time to live, ms

  Output:
    1 extended, 0 the lock is gone or held by someone else
]]
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
