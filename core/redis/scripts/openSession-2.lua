--[[
  Opens a session: stores it under the SHA-256 of its token with an expiry,
  and lists that hash in the user's sessions (score = when it expires, on
  Redis's clock), dropping the ones already expired, so a password change can
  end every other session of the user.

  Input:
    KEYS[1] session key   KEYS[2] the user's sessions (sorted set)
    ARGV[1] stored session (JSON)   ARGV[2] token hash   ARGV[3] lifetime in seconds

  Output: {0}
]]
local ttl = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('SET', KEYS[1], ARGV[1], 'EX', ttl)
redis.call('ZADD', KEYS[2], now + ttl * 1000, ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
-- The list lives as long as its newest session.
redis.call('EXPIRE', KEYS[2], ttl)
return {0}
