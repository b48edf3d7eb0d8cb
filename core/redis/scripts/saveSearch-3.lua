--[[
  Saves a search whose new listings its owner is told about, at most
  ARGV[4] per account, each words-and-category once: the count, the
  duplicate check and the writes are one step, so two tabs saving at once
  cannot pass the limit or save the same search twice.

  Input:
    KEYS[1] the account (hash)   KEYS[2] its saved searches (hash: id -> JSON)
    KEYS[3] the index of searches a listing of its category may match (set)
    ARGV[1] id   ARGV[2] the record (JSON, with `fingerprint`; `createdAt` is set here, by Redis's clock)
    ARGV[3] fingerprint (normalized words and category)   ARGV[4] the most searches
    ARGV[5] the index member ("<userId>:<id>")

  Output:
    {0, record}  saved, as stored   {-18} the account was deleted (after its token was checked)
    {-42} ARGV[4] searches saved already   {-43, id} this one is saved already
]]
--@include auction

if redis.call('EXISTS', KEYS[1]) == 0 then return {-18} end
local saved = redis.call('HVALS', KEYS[2])
for _, json in ipairs(saved) do
  local search = cjson.decode(json)
  if search.fingerprint == ARGV[3] then return {-43, search.id} end
end
if #saved >= tonumber(ARGV[4]) then return {-42} end
local record = cjson.decode(ARGV[2])
record.createdAt = nowMs()
local json = cjson.encode(record)
redis.call('HSET', KEYS[2], ARGV[1], json)
redis.call('SADD', KEYS[3], ARGV[5])
return {0, json}
