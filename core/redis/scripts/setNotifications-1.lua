--[[
  Sets an account's e-mail notification choices, only while the account
  exists: a change racing its deletion must not leave a half account behind.

  Input:
    KEYS[1] the user's account (hash)
    ARGV[1] n, how many choice fields follow, to answer with
    ARGV[2 .. n+1] the choices' fields
    ARGV[n+2 ..] field, value pairs to set: '1' on, '0' off

  Output: {0, value of each choice field (nil: never set)}   {-18} the account was deleted
]]
if redis.call('EXISTS', KEYS[1]) == 0 then return {-18} end
local n = tonumber(ARGV[1])
if #ARGV > n + 1 then redis.call('HSET', KEYS[1], unpack(ARGV, n + 2)) end
return {0, unpack(redis.call('HMGET', KEYS[1], unpack(ARGV, 2, n + 1)))}
