// Accounts and sessions in Redis. Session tokens are 256-bit random values
// given to the client once; Redis keeps only their SHA-256, with an expiry,
// so a leaked database dump holds no usable token, and logout is a DEL.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AppError, ErrorCode, type ErrorDetails } from '../../core/errors.ts';
import type { RedisKeys } from '../../core/redis/keys.ts';
import { scriptError, ScriptCode } from '../../core/redis/script-codes.ts';
import type { ScriptedRedis } from '../../core/redis/scripts.ts';
import type {
  NotificationChanges,
  NotificationSettings,
  PublicUser,
  User,
} from '../../core/schemas.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import type { SessionCache } from './session-cache.ts';

export interface Session {
  token: string;
  user: User;
}

export type Accounts = ReturnType<typeof createAccounts>;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * An account as stored. Accounts made before addresses were verified have no
 * `emailVerified` field: they count as verified, so their notices go on.
 */
function userFrom(stored: Record<string, string | null | undefined>): User {
  return {
    id: stored.id ?? '',
    name: stored.name ?? '',
    email: stored.email ?? '',
    emailVerified: stored.emailVerified !== '0',
  };
}

/** The account hash's fields that turn each kind of e-mail off ('0'); absent means on. */
const NOTIFICATION_FIELDS = [
  'outbidEmails',
  'endingSoonEmails',
  'questionEmails',
  'feedbackEmails',
  'searchEmails',
] as const;

function choicesFrom(stored: readonly (string | null | undefined)[]): NotificationSettings {
  const [outbid, endingSoon, questions, feedback, searches] = stored;
  return {
    outbidEmails: outbid !== '0',
    endingSoonEmails: endingSoon !== '0',
    questionEmails: questions !== '0',
    feedbackEmails: feedback !== '0',
    searchEmails: searches !== '0',
  };
}

const invalidCredentials = () =>
  new AppError(ErrorCode.INVALID_CREDENTIALS, 'E-mail or password is incorrect.');

const wrongPassword = () =>
  new AppError(ErrorCode.WRONG_PASSWORD, 'The current password is not right.');

export interface AccountSettings {
  tokenTtlSeconds: number;
  /** How long after a sale its buyer and seller must wait to delete their accounts (0: no wait). */
  saleHoldMs: number;
}

export function createAccounts(
  redis: ScriptedRedis,
  keys: RedisKeys,
  { tokenTtlSeconds, saleHoldMs }: AccountSettings,
  /** Resolved tokens kept in memory, evicted by Redis (see session-cache.ts). */
  sessions?: SessionCache,
) {
  // Verifying against this when the e-mail is unknown makes a failed login
  // take as long either way, so timing does not reveal which e-mails exist.
  const decoyHash = hashPassword(randomUUID());

  /**
   * Opens a session for a user whose password hash the caller just verified;
   * refused (INVALID_CREDENTIALS) when the password changed meanwhile.
   */
  async function openSession(user: User, verifiedHash: string): Promise<Session> {
    const token = randomBytes(32).toString('base64url');
    const hash = hashToken(token);
    const stored: PublicUser = { id: user.id, name: user.name };
    const [code] = await redis.openSession(
      keys.session(hash),
      keys.userSessions(user.id),
      keys.user(user.id),
      JSON.stringify(stored),
      hash,
      String(tokenTtlSeconds),
      verifiedHash,
    );
    if (code === ScriptCode.PASSWORD_CHANGED) throw invalidCredentials();
    if (code !== ScriptCode.OK) throw scriptError([code]);
    return { token, user };
  }

  /**
   * Ends every session of the user but the one of `token` (all with null), and with
   * `password` sets the new hash if the old one is still `verified` — one
   * atomic script (endSessions-2.lua). Returns the token hashes ended.
   */
  async function endOtherSessions(
    userId: string,
    /** null: end every session. */
    token: string | null,
    password?: { verified: string; next: string },
  ): Promise<string[]> {
    const [code, ...ended] = await redis.endSessions(
      keys.userSessions(userId),
      keys.user(userId),
      keys.session(''),
      token === null ? '' : hashToken(token),
      password?.verified ?? '',
      password?.next ?? '',
    );
    if (code === ScriptCode.PASSWORD_CHANGED) throw wrongPassword();
    if (code !== ScriptCode.OK) throw scriptError([code]);
    return forgotten(ended);
  }

  /** Drops ended sessions from this replica's cache at once; the others hear of it from Redis. */
  function forgotten(tokenHashes: string[]): string[] {
    for (const hash of tokenHashes) sessions?.forget(keys.session(hash));
    return tokenHashes;
  }

  /**
   * The account's password hash and e-mail when `password` is its password;
   * WRONG_PASSWORD otherwise. The hash goes to the script that acts, which
   * checks it is still the account's (a change may race).
   */
  async function checkPassword(userId: string, password: string) {
    const [passwordHash, email] = await redis.hmget(keys.user(userId), 'passwordHash', 'email');
    if (!passwordHash || !(await verifyPassword(password, passwordHash))) throw wrongPassword();
    return { passwordHash, email: email ?? '' };
  }

  /** The account's fields when these are its e-mail and password; INVALID_CREDENTIALS otherwise. */
  async function identify(
    email: string,
    password: string,
  ): Promise<Record<string, string> & { id: string; passwordHash: string }> {
    const userId = await redis.get(keys.userByEmail(normaliseEmail(email)));
    const fields: Record<string, string> = userId ? await redis.hgetall(keys.user(userId)) : {};
    const valid = await verifyPassword(password, fields.passwordHash ?? (await decoyHash));
    if (!valid || !fields.id || !fields.passwordHash) throw invalidCredentials();
    return { ...fields, id: fields.id, passwordHash: fields.passwordHash };
  }

  async function profile(userId: string): Promise<User | null> {
    const [id, name, email, verified, moderator] = await redis.hmget(
      keys.user(userId),
      'id',
      'name',
      'email',
      'emailVerified',
      'moderator',
    );
    if (!id) return null;
    const user = userFrom({ id, name, email, emailVerified: verified });
    return moderator === '1' ? { ...user, moderator: true } : user;
  }

  return {
    async register(name: string, email: string, password: string): Promise<Session> {
      const user: User = {
        id: randomUUID(),
        name: name.trim(),
        email: normaliseEmail(email),
        emailVerified: false,
      };
      if (user.name === '')
        throw new AppError(ErrorCode.VALIDATION_FAILED, 'The name cannot be blank.');
      const passwordHash = await hashPassword(password);
      const reply = await redis.registerUser(
        keys.user(user.id),
        keys.userByEmail(user.email),
        user.id,
        user.name,
        user.email,
        passwordHash,
      );
      if (reply[0] !== ScriptCode.OK) throw scriptError(reply);
      return openSession(user, passwordHash);
    },

    /**
     * Opens a session for the right password. `aboutSuspension` adds to the
     * ACCOUNT_SUSPENDED refusal what the suspended account may read (said only
     * to one who typed its password).
     */
    async login(
      email: string,
      password: string,
      aboutSuspension?: (userId: string) => Promise<ErrorDetails>,
    ): Promise<Session> {
      const fields = await identify(email, password);
      try {
        return await openSession(userFrom(fields), fields.passwordHash);
      } catch (error) {
        if (!aboutSuspension || !(error instanceof AppError)) throw error;
        if (error.code !== ErrorCode.ACCOUNT_SUSPENDED) throw error;
        throw new AppError(error.code, error.message, await aboutSuspension(fields.id));
      }
    },

    /**
     * The account these are the e-mail and password of, and whether it is
     * suspended, without opening a session (what a suspended account may still do).
     */
    async identified(email: string, password: string): Promise<{ id: string; suspended: boolean }> {
      const fields = await identify(email, password);
      return { id: fields.id, suspended: fields.suspended === '1' };
    },

    /** The user a token belongs to, or null when unknown, expired or revoked. */
    async resolve(token: string): Promise<PublicUser | null> {
      if (token.length < 20 || token.length > 100) return null;
      const key = keys.session(hashToken(token));
      const stored = sessions
        ? (sessions.get(key) ?? (await sessions.load(key)))
        : await redis.get(key);
      return stored ? (JSON.parse(stored) as PublicUser) : null;
    },

    profile,

    /**
     * Changes the password when `currentPassword` is right, and ends every
     * other session of the user (this one stays). Returns the token hashes of
     * the sessions ended, so their sockets can be closed too.
     */
    async changePassword(
      userId: string,
      token: string,
      currentPassword: string,
      newPassword: string,
    ): Promise<string[]> {
      const { passwordHash } = await checkPassword(userId, currentPassword);
      const next = await hashPassword(newPassword);
      return endOtherSessions(userId, token, { verified: passwordHash, next });
    },

    /**
     * Moves the account to a new address, asking for its password: the old
     * address is freed, the new one starts unverified. Returns the account as
     * it now is and the address it had.
     */
    async changeEmail(
      userId: string,
      password: string,
      newEmail: string,
    ): Promise<{ user: User; previousEmail: string }> {
      const email = normaliseEmail(newEmail);
      const { passwordHash, email: previousEmail } = await checkPassword(userId, password);
      if (email === previousEmail)
        throw new AppError(ErrorCode.VALIDATION_FAILED, 'This is already your address.', {
          field: 'newEmail',
        });
      const [code] = await redis.changeEmail(
        keys.user(userId),
        keys.userByEmail(previousEmail),
        keys.userByEmail(email),
        userId,
        previousEmail,
        email,
        passwordHash,
      );
      if (code === ScriptCode.PASSWORD_CHANGED) throw wrongPassword();
      if (code !== ScriptCode.OK) throw scriptError([code]);
      const user = await profile(userId);
      if (!user) throw scriptError([ScriptCode.NO_ACCOUNT]);
      return { user, previousEmail };
    },

    /**
     * Puts back an address the account was moved away from (the link sent to
     * it was followed), whatever the account's address is now: verified,
     * since the link reached it; every session ends. Returns their token
     * hashes; null when the account is gone.
     */
    async revertEmail(userId: string, address: string): Promise<string[] | null> {
      for (let attempt = 0; attempt < 3; attempt++) {
        const current = await redis.hget(keys.user(userId), 'email');
        if (current === null) return null;
        if (current === address) {
          // Put back already (an earlier click): it is verified all the same.
          const [verified] = await redis.verifyEmail(keys.user(userId), address);
          if (verified !== ScriptCode.OK) continue;
          return endOtherSessions(userId, null);
        }
        const [code] = await redis.changeEmail(
          keys.user(userId),
          keys.userByEmail(current),
          keys.userByEmail(address),
          userId,
          current,
          address,
          '',
        );
        // Another change between the read and the script: read again.
        if (code === ScriptCode.PASSWORD_CHANGED) continue;
        if (code === ScriptCode.NO_ACCOUNT) return null;
        if (code !== ScriptCode.OK) throw scriptError([code]);
        return endOtherSessions(userId, null);
      }
      throw new AppError(ErrorCode.EMAIL_TAKEN, 'The address is changing right now: try again.');
    },

    /** An account's name and e-mail, if it exists. */
    byId: profile,

    /** What the account is told by e-mail: every kind unless turned off. */
    async notifications(userId: string): Promise<NotificationSettings> {
      const stored = await redis.hmget(keys.user(userId), ...NOTIFICATION_FIELDS);
      return choicesFrom(stored);
    },

    /** Turns the given kinds on or off; returns all of them as they now are. */
    async setNotifications(
      userId: string,
      changes: NotificationChanges,
    ): Promise<NotificationSettings> {
      const pairs = Object.entries(changes).flatMap(([field, on]) => [field, on ? '1' : '0']);
      const [code, ...stored] = await redis.setNotifications(
        keys.user(userId),
        String(NOTIFICATION_FIELDS.length),
        ...NOTIFICATION_FIELDS,
        ...pairs,
      );
      if (code !== ScriptCode.OK) throw scriptError([code]);
      return choicesFrom(stored);
    },

    /** The account an e-mail belongs to, if any. */
    async byEmail(email: string): Promise<User | null> {
      const userId = await redis.get(keys.userByEmail(normaliseEmail(email)));
      return userId ? profile(userId) : null;
    },

    /**
     * A new password without the old one (a reset link was followed): every
     * session of the account ends. Returns the token hashes ended.
     */
    async resetPassword(userId: string, newPassword: string): Promise<string[]> {
      return endOtherSessions(userId, null, {
        verified: '',
        next: await hashPassword(newPassword),
      });
    },

    /** Ends every session of the user but this one; returns the token hashes ended. */
    logoutOthers(userId: string, token: string): Promise<string[]> {
      return endOtherSessions(userId, token);
    },

    /**
     * Deletes the account when `password` is right and it has no part left in
     * an open auction or a recent sale (deleteAccount-15.lua). Returns the token hashes of the
     * sessions it ended, so their sockets can be closed too.
     */
    async deleteAccount(userId: string, password: string): Promise<string[]> {
      const { passwordHash, email } = await checkPassword(userId, password);
      const [code, ...rest] = await redis.deleteAccount(
        ...deleteAccountArgs(keys, { userId, email, passwordHash, saleHoldMs }),
      );
      if (code === ScriptCode.PASSWORD_CHANGED) throw wrongPassword();
      if (code !== ScriptCode.OK) throw scriptError([code, ...rest]);
      return forgotten(rest);
    },

    async logout(userId: string, token: string): Promise<void> {
      const hash = hashToken(token);
      const key = keys.session(hash);
      await redis.multi().del(key).zrem(keys.userSessions(userId), hash).exec();
      // The other replicas hear of it from Redis (and so would this one, a moment later).
      sessions?.forget(key);
    },
  };
}

/** deleteAccount-15.lua's keys and arguments, as the script's header lists them. */
export function deleteAccountArgs(
  keys: RedisKeys,
  account: { userId: string; email: string; passwordHash: string; saleHoldMs: number },
): string[] {
  const { userId } = account;
  return [
    keys.user(userId),
    keys.userSessions(userId),
    keys.userBuying(userId),
    keys.userSelling(userId),
    keys.watchlist(userId),
    keys.userByEmail(account.email),
    keys.userQuestions(userId),
    keys.userFeedback(userId),
    keys.userFeedbackGiven(userId),
    keys.userBlocked(userId),
    keys.userFlags(userId),
    keys.userSearches(userId),
    keys.userAppeals(userId),
    keys.appealQueue,
    keys.userRetractions(userId),
    userId,
    keys.session(''),
    keys.auctionPrefix,
    account.passwordHash,
    String(account.saleHoldMs),
    keys.savedSearchIndex(null),
    keys.savedSearchCategoryPrefix,
    keys.appeal(''),
    keys.eventsChannel,
  ];
}
