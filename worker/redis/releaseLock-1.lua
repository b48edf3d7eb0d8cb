--[[
  Releases the worker's per-auction lock, only when this worker holds it, so a
  lock that expired and was taken by another worker is never deleted.

  Input:
    KEYS[1] lock key    ARGV[1] holder token

  Output:
    1 released, 0 not held by this token
]]
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
