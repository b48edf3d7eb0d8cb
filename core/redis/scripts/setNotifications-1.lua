--[[
  Sets an account's e-mail notification choices, only while the account
  exists: a change racing its deletion must not leave a half account behind.

  Input:
    KEYS[1] the user's account (hash)
    ARGV[1] outbid e-mails: '1' on, '0' off

  Output: {0} set   {-18} the account was deleted
]]
if redis.call('EXISTS', KEYS[1]) == 0 then return {-18} end
redis.call('HSET', KEYS[1], 'outbidEmails', ARGV[1])
return {0}
