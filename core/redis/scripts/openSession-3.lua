--[[
  Opens a session: stores it under the SHA-256 of its token with an expiry,
  and lists that hash in the user's sessions (score = when it expires, on
  Redis's clock), dropping the ones already expired, so a password change can
  end every other session of the user.

  Only while the password is still the one the caller checked: a login that
  verified the old password just before a change (scrypt takes tens of
  milliseconds) must not open a session the change never saw.

  Input:
    KEYS[1] session key   KEYS[2] the user's sessions (sorted set)   KEYS[3] user hash
    ARGV[1] stored session (JSON)   ARGV[2] token hash   ARGV[3] lifetime in seconds
    ARGV[4] the password hash the caller verified

  Only while the account is not suspended by a moderator (suspendUser ends
  its sessions; this keeps it from opening new ones).

  Output: {0}, or {-15} (PASSWORD_CHANGED) when the password is no longer that one,
          {-41} (ACCOUNT_SUSPENDED) when a moderator suspended the account
]]
local passwordHash, suspended = unpack(redis.call('HMGET', KEYS[3], 'passwordHash', 'suspended'))
if passwordHash ~= ARGV[4] then
  return {-15}
end
if suspended == '1' then return {-41} end
local ttl = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('SET', KEYS[1], ARGV[1], 'EX', ttl)
redis.call('ZADD', KEYS[2], now + ttl * 1000, ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
-- The list lives as long as its newest session.
redis.call('EXPIRE', KEYS[2], ttl)
return {0}
