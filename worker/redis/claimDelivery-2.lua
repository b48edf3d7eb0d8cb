--[[
  The fence before a delivery that must not happen twice: a Discord post,
  the e-mail to the winner or the one to the seller. Atomically: if this worker still holds the
  auction's lock and nothing was ever sent on this channel for the auction,
  it records the intent to send ("sending") and says so; otherwise it returns
  what is known. A "sending" left behind means a worker died between sending
  and recording the answer: the message may exist, so it is not sent again.

  Input:
    KEYS[1] lock key (worker:lock:<auctionId>)
    KEYS[2] job hash (worker:job:<auctionId>)
    ARGV[1] holder token
    ARGV[2] channel: 'discord', 'email' or 'sellerEmail' (fields <channel>Status, <channel>SendingSinceMs)

  Output:
    'claimed'   intent recorded, send now
    'lost-lock' the lock expired or moved: do not send
    or the recorded status: 'sending' | 'sent' | 'rejected' | 'unknown', and for a post
    'withdrawn' (a moderator took the auction down before it was made) or 'deleted'
]]
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 'lost-lock' end
local status = redis.call('HGET', KEYS[2], ARGV[2] .. 'Status')
if status then return status end
local time = redis.call('TIME')
local nowMs = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('HSET', KEYS[2], ARGV[2] .. 'Status', 'sending', ARGV[2] .. 'SendingSinceMs', nowMs)
return 'claimed'
