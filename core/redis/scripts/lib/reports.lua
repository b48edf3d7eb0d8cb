--[[
  Shared by the scripts that decide on an auction's reports (dismissFlags,
  removeAuction): who reported it, in one review round or ever, so each
  author's devices hear the decision at once. Spliced in where a script says
  `--@include reports`.
]]

-- The ids of the authors of the round's reports, or of every report when
-- `round` is nil (the reports hash: `u:<userId>` JSON).
local function reportersOf(reportsKey, round)
  local ids = {}
  local fields = redis.call('HGETALL', reportsKey)
  for i = 1, #fields, 2 do
    if string.sub(fields[i], 1, 2) == 'u:' then
      local report = cjson.decode(fields[i + 1])
      if round == nil or report.round == round then table.insert(ids, report.reporterId) end
    end
  end
  return ids
end

-- Tells the authors' devices what became of their reports (the relay sends
-- each `report:decided`); nothing when there is nobody to tell.
local function publishReportsDecided(channel, auctionId, decided, reporterIds)
  if #reporterIds == 0 then return end
  decided.reporterIds = reporterIds
  redis.call('PUBLISH', channel, cjson.encode({type = 'reports:decided', auctionId = auctionId,
    decided = decided}))
end
