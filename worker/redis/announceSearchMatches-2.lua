--[[
  Tells, on their devices, everyone a new listing matches a saved search of:
  one `search:matched` event per chunk of matches, with the auction's state,
  once per listing — the mark and the publications are one step, so a
  redelivered entry (the mail relay was down) announces nothing twice, and
  a crash cannot leave the listing marked but unannounced. Nothing for an
  auction no longer open (removed or cancelled since).

  Input:
    KEYS[1] the listing's "announced" mark   KEYS[2] the auction (hash)
    ARGV[1] events channel   ARGV[2] the matches (JSON list of {userId, searchId, query, category})
    ARGV[3] the mark's lifetime, s   ARGV[4] matches per event

  Output: how many matches were announced (0: announced before, or not open)
]]
local stored = redis.call('HGETALL', KEYS[2])
local status
for i = 1, #stored, 2 do
  if stored[i] == 'status' then status = stored[i + 1] end
end
if status ~= 'open' then return 0 end
if not redis.call('SET', KEYS[1], '1', 'EX', ARGV[3], 'NX') then return 0 end
local matches = cjson.decode(ARGV[2])
local state = cjson.encode(stored)
local size = tonumber(ARGV[4])
for first = 1, #matches, size do
  local chunk = {}
  for i = first, math.min(first + size - 1, #matches) do chunk[#chunk + 1] = matches[i] end
  redis.call('PUBLISH', ARGV[1], '{"type":"search:matched","state":' .. state .. ',"matches":' ..
    cjson.encode(chunk) .. '}')
end
return #matches
