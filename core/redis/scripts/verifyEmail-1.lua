--[[
  Marks an account's e-mail address verified, only while the account exists
  and still has the address the link was sent to: a verification racing the
  account's deletion must not leave a half account behind.

  Input:
    KEYS[1] the user's account (hash)
    ARGV[1] the address the link was sent to

  Output: {0} verified   {-18} the account is gone (or no longer has that address)
]]
if redis.call('HGET', KEYS[1], 'email') ~= ARGV[1] then return {-18} end
redis.call('HSET', KEYS[1], 'emailVerified', '1')
return {0}
