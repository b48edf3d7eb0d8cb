--[[
  One page of an auction index, with each auction's hash, in one round trip.
  Keyset pagination on (score, id), so auctions added or closed between pages
  never make a page skip or repeat one.

  Input:
    KEYS[1] index sorted set (open: score = endsAt; closed: score = closedAt)
    ARGV[1] 'asc' (soonest first) or 'desc' (latest first)
    ARGV[2] cursor score, or '' for the first page   ARGV[3] cursor id
    ARGV[4] page size    ARGV[5] auction hash key prefix

  Output:
    a list of {id, score, field1, value1, ...}, at most ARGV[4] + 1 long
    (the extra one tells the caller there is a next page)
]]
local asc = ARGV[1] == 'asc'
local cursorScore = tonumber(ARGV[2])
local cursorId = ARGV[3]
local want = tonumber(ARGV[4]) + 1

local from, to
if cursorScore then from = cursorScore else from = asc and '-inf' or '+inf' end
to = asc and '+inf' or '-inf'

local page = {}
local offset = 0
while #page < want do
  local chunk
  if asc then
    chunk = redis.call('ZRANGE', KEYS[1], from, to, 'BYSCORE', 'LIMIT', offset, want, 'WITHSCORES')
  else
    chunk = redis.call('ZRANGE', KEYS[1], from, to, 'BYSCORE', 'REV', 'LIMIT', offset, want, 'WITHSCORES')
  end
  if #chunk == 0 then break end
  for i = 1, #chunk, 2 do
    local id, score = chunk[i], tonumber(chunk[i + 1])
    -- Skip what the previous page already returned: equal score, id not past the cursor.
    local seen = cursorScore and score == cursorScore and
      ((asc and id <= cursorId) or ((not asc) and id >= cursorId))
    if not seen and #page < want then
      local entry = redis.call('HGETALL', ARGV[5] .. id)
      table.insert(entry, 1, chunk[i + 1])
      table.insert(entry, 1, id)
      table.insert(page, entry)
    end
  end
  offset = offset + #chunk / 2
end
return page
