--[[
  A user blocks another from bidding on and asking about their auctions
  (eBay's blocked bidder list); placeBid, buyNow and askQuestion check the
  seller's set. Bids already placed stand. Blocking twice is blocking once.

  Input:
    KEYS[1] the blocker's account (hash)   KEYS[2] the blocker's blocked users (set)
    KEYS[3] the account to block (hash)
    ARGV[1] the id to block   ARGV[2] the most users one may block

  Output:
    {0} blocked (or was)   {-18} the blocker's account was deleted
    {-32} no such account to block   {-33} ARGV[2] users blocked already
]]
if redis.call('EXISTS', KEYS[1]) == 0 then return {-18} end
if redis.call('EXISTS', KEYS[3]) == 0 then return {-32} end
if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then return {0} end
if redis.call('SCARD', KEYS[2]) >= tonumber(ARGV[2]) then return {-33} end
redis.call('SADD', KEYS[2], ARGV[1])
return {0}
