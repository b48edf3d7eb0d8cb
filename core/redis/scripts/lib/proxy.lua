--[[
  The proxy bidding rules (eBay's), shared by placeBid, which applies them
  to each bid as it comes, and cancelBids, which applies them again to the
  bids of those who stay when a suspended account's bids are cancelled:
  the same rules, so the same outcome. Spliced in after `auction`.
]]

--[[
  One bid on an auction as it stands (a: currentPrice, leaderId,
  leaderName, proxyMax, minIncrement, reservePrice, bidCount, as the hash
  holds them). `stated` is the bidder's secret maximum or nil; `maxOnly`,
  the leader only raising theirs. Returns nil and the refusal's code (and
  its detail), or what it does: `entries`, the bids it places in order
  ({own = true} the bidder's own, else an automatic answer), and the new
  leaderId, leaderName, proxyMax and price.
]]
local function resolveBid(a, bidderId, bidderName, amount, stated, maxOnly)
  if maxOnly then
    if a.leaderId ~= bidderId then return nil, -13 end
    local currentMax = num(a.proxyMax) or tonumber(a.currentPrice)
    if amount < currentMax then return nil, -14, currentMax end
  else
    local minBid = minimumBid(a)
    if amount < minBid then return nil, -4, minBid end
  end

  local maxAmount = math.max(amount, stated or amount)
  local leaderMax = num(a.proxyMax) or tonumber(a.currentPrice)
  local entries = {}
  local function record(own, userId, userName, value, automatic)
    table.insert(entries, {own = own, userId = userId, userName = userName, amount = value,
      automatic = automatic})
  end

  local leaderId, leaderName, proxyMax, price
  if maxOnly then
    leaderId, leaderName, proxyMax, price = bidderId, bidderName, maxAmount, tonumber(a.currentPrice)
  elseif a.leaderId == '' then
    record(true, bidderId, bidderName, amount, false)
    leaderId, leaderName, proxyMax, price = bidderId, bidderName, maxAmount, amount
  elseif a.leaderId == bidderId then
    -- The leader raises the price (e.g. towards the reserve) and keeps the higher maximum.
    record(true, bidderId, bidderName, amount, false)
    leaderId, leaderName, proxyMax, price = bidderId, bidderName, math.max(leaderMax, maxAmount), amount
  elseif maxAmount > leaderMax then
    -- The challenger's maximum beats the leader's: one increment above it, capped at their own.
    price = math.max(amount, math.min(maxAmount,
      leaderMax + increment({currentPrice = leaderMax, minIncrement = a.minIncrement})))
    record(true, bidderId, bidderName, price, price ~= amount)
    leaderId, leaderName, proxyMax = bidderId, bidderName, maxAmount
  else
    -- The leader's maximum answers; for equal maxima the earlier (the leader) wins.
    record(true, bidderId, bidderName, amount, false)
    price = math.min(leaderMax, maxAmount + increment({currentPrice = maxAmount, minIncrement = a.minIncrement}))
    record(false, a.leaderId, a.leaderName, price, true)
    leaderId, leaderName, proxyMax = a.leaderId, a.leaderName, leaderMax
  end

  -- A maximum at or above a hidden reserve bids up to the reserve by itself.
  local reserve = num(a.reservePrice)
  if reserve and price < reserve and proxyMax >= reserve then
    price = reserve
    local last = entries[#entries]
    if last and last.userId == leaderId then
      last.amount, last.automatic = reserve, true
    else
      record(false, leaderId, leaderName, reserve, true)
    end
  end
  return {entries = entries, leaderId = leaderId, leaderName = leaderName, proxyMax = proxyMax,
    price = price}
end

--[[
  What the proxy rules read of an auction, as one line: price, whether any
  bid stands ('1' or '0': minimumBid asks no more of the count, and a
  replay's count differs from the auction's once bids were withdrawn), the
  leader's maximum and the leader ('-' for none). placeBid keeps the state
  before each input it logs (a hash, auction key .. ':bid-states', field:
  the seq before the input), so that a withdrawal (lib/withdraw.lua) can
  replay from just before the first bid it withdraws instead of from the
  listing. Numbers may be Lua numbers (a replay) or the hash's strings.
]]
local function proxyStateLine(s)
  local max = num(s.proxyMax)
  return decimal(tonumber(s.currentPrice)) .. ' ' .. (tonumber(s.bidCount) > 0 and '1' or '0') ..
    ' ' .. (max and decimal(max) or '-') .. ' ' .. (s.leaderId ~= '' and s.leaderId or '-') .. ' ' ..
    (s.leaderName or '')
end

local function parseProxyState(line)
  local price, hasBids, max, leaderId, leaderName =
    string.match(line, '^(%d+) ([01]) (%S+) (%S+) (.*)$')
  return {currentPrice = price, bidCount = hasBids, proxyMax = max == '-' and '' or max,
    leaderId = leaderId == '-' and '' or leaderId, leaderName = leaderName}
end
