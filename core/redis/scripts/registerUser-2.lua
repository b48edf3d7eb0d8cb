--[[
  Creates an account unless the e-mail is taken, atomically, so two sign-ups
  racing for one address cannot both succeed.

  Input:
    KEYS[1] user hash    KEYS[2] e-mail → user id key
    ARGV[1] user id   ARGV[2] name   ARGV[3] e-mail (normalised)   ARGV[4] password hash

  Output:
    {0}   created, its address not verified yet
    {-7}  e-mail taken
]]
if redis.call('SET', KEYS[2], ARGV[1], 'NX') == false then return {-7} end
local time = redis.call('TIME')
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'name', ARGV[2], 'email', ARGV[3],
  'passwordHash', ARGV[4], 'createdAt', tonumber(time[1]) * 1000, 'emailVerified', '0')
return {0}
