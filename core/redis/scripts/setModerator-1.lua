--[[
  Grants or revokes moderation to the account with an e-mail address, in one
  step, so an account deleted meanwhile is not brought back as a hash that
  holds nothing but the flag. The key is built from the index's value (one
  Redis, not a cluster, as the rest of the store).

  Input:
    KEYS[1] the e-mail's index key (→ user id)
    ARGV[1] user key prefix (prefix .. id)   ARGV[2] '1' grant, '0' revoke
    ARGV[3] events channel: every replica moves the account's sockets in or
            out of the moderators' room at once

  Output: {0, userId, name}   {-32} no account with that e-mail
]]
local userId = redis.call('GET', KEYS[1])
if not userId then return {-32} end
local userKey = ARGV[1] .. userId
local name = redis.call('HGET', userKey, 'name')
if not name then return {-32} end
if ARGV[2] == '1' then
  redis.call('HSET', userKey, 'moderator', '1')
else
  redis.call('HDEL', userKey, 'moderator')
end
redis.call('PUBLISH', ARGV[3], cjson.encode({type = 'moderator:changed', userId = userId,
  moderator = ARGV[2] == '1'}))
return {0, userId, name}
