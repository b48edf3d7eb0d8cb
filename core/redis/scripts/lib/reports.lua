--[[
  Shared by the scripts that decide on an auction's reports (dismissFlags,
  removeAuction): who reported it in one review round, so each author's
  devices hear the decision at once. Spliced in where a script says
  `--@include reports`.
]]

-- The ids of the authors of the round's reports (the reports hash: `u:<userId>` JSON).
local function reportersOfRound(reportsKey, round)
  local ids = {}
  local fields = redis.call('HGETALL', reportsKey)
  for i = 1, #fields, 2 do
    if string.sub(fields[i], 1, 2) == 'u:' then
      local report = cjson.decode(fields[i + 1])
      if report.round == round then table.insert(ids, report.reporterId) end
    end
  end
  return ids
end
