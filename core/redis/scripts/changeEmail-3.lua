--[[
  Moves an account to another e-mail address, atomically: the new address is
  claimed for it unless taken, the old one is freed for anyone to sign up
  with. Two callers:
  - its owner, with the password (ARGV[4] = the hash they verified): only while
    the password is still that one and the account still has the address they
    read, so a change racing a password change, another address change or the
    account's deletion cannot slip through; the new address starts unverified;
  - the link sent to an address it left (ARGV[4] = ''), putting that address
    back whatever the account's address is now (the caller read it: ARGV[2]);
    the address is verified, since the link reached it.

  Input:
    KEYS[1] the user's account (hash)
    KEYS[2] from e-mail → user id   KEYS[3] to e-mail → user id
    ARGV[1] user id   ARGV[2] from e-mail   ARGV[3] to e-mail (normalised)
    ARGV[4] the password hash the caller verified, or '' (a revert link)

  Output: {0} changed   {-7} the new address has an account
          {-15} the password or the address changed meanwhile   {-18} the account was deleted
]]
if redis.call('EXISTS', KEYS[1]) == 0 then return {-18} end
local passwordHash, email = unpack(redis.call('HMGET', KEYS[1], 'passwordHash', 'email'))
if email ~= ARGV[2] then return {-15} end
if ARGV[4] ~= '' and passwordHash ~= ARGV[4] then return {-15} end
if redis.call('SET', KEYS[3], ARGV[1], 'NX') == false then return {-7} end
redis.call('DEL', KEYS[2])
redis.call('HSET', KEYS[1], 'email', ARGV[3], 'emailVerified', ARGV[4] == '' and '1' or '0')
return {0}
