--[[
  Ends every session of a user but one, and with a new password hash sets it,
  in one atomic step: a session opened while this runs is either listed here
  and ended, or opened after it and refused by openSession (the password it
  verified is gone). Listing the sessions in the caller and deleting them in
  a MULTI would let one slip in between.

  The session keys are built here from the listed hashes (they cannot be
  known before the list is read), so this script assumes one Redis, not a
  cluster, as the rest of the store does.

  Input:
    KEYS[1] the user's sessions (sorted set)   KEYS[2] user hash
    ARGV[1] session key prefix (the key is prefix .. token hash)
    ARGV[2] token hash of the session that stays
    ARGV[3] the password hash the caller verified, '' for none (no change)
    ARGV[4] the new password hash, '' to keep the password

  Output: {0, hash, hash, ...} the token hashes ended;
          {-15} (PASSWORD_CHANGED) when ARGV[3] is no longer the password
          {-18} (NO_ACCOUNT) the account was deleted (a reset link sent before
          must not leave a password behind)
]]
if redis.call('EXISTS', KEYS[2]) == 0 then return {-18} end
if ARGV[3] ~= '' and redis.call('HGET', KEYS[2], 'passwordHash') ~= ARGV[3] then
  return {-15}
end
local ended = {0}
for _, hash in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  if hash ~= ARGV[2] then
    redis.call('DEL', ARGV[1] .. hash)
    redis.call('ZREM', KEYS[1], hash)
    ended[#ended + 1] = hash
  end
end
if ARGV[4] ~= '' then
  redis.call('HSET', KEYS[2], 'passwordHash', ARGV[4])
end
return ended
