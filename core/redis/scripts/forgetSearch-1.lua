--[[
  Deletes a saved search and its index entry, found from the search itself
  (its category names the index), in one step.

  Input:
    KEYS[1] the account's saved searches (hash: id -> JSON)
    ARGV[1] id   ARGV[2] the index key of searches of any category
    ARGV[3] the index keys' prefix for one category (+ category)
    ARGV[4] the index member ("<userId>:<id>")

  Output:
    {0} deleted   {-44} no such saved search
]]
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then return {-44} end
local category = cjson.decode(json).category
local index = ARGV[2]
if type(category) == 'string' then index = ARGV[3] .. category end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('SREM', index, ARGV[4])
return {0}
