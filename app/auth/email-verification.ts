// Verifying the address an account gave: at sign-up (and again on request)
// a single-use link goes to it; following it marks the address verified.
// Until then the worker sends that account no notices (outbid, ending soon),
// so nobody can sign a stranger's address up for them. As with password
// resets, the token is 256 random bits, Redis keeps only its SHA-256 with an
// expiry and takes it with GETDEL, and the link carries it in its fragment
// (`/verify-email#token=…`), which browsers never send to a server.
import { AppError, ErrorCode } from '../../core/errors.ts';
import type { RedisKeys } from '../../core/redis/keys.ts';
import { ScriptCode } from '../../core/redis/script-codes.ts';
import type { ScriptedRedis } from '../../core/redis/scripts.ts';
import type { User } from '../../core/schemas.ts';
import type { Accounts } from './accounts.ts';
import type { LinkMailer, MailLanguage } from './link-mail.ts';
import { issueLinkToken, takeLinkToken, type LinkKey } from './link-tokens.ts';

export interface EmailVerificationOptions {
  redis: ScriptedRedis;
  keys: RedisKeys;
  accounts: Accounts;
  /** How long a link works. */
  ttlSeconds: number;
  /** null: no links can be sent here (no SMTP_URL or PUBLIC_URL). */
  links: LinkMailer | null;
}

export type EmailVerification = ReturnType<typeof createEmailVerification>;

/** What a verification link, or one that puts an address back, is for. */
interface LinkRecord {
  userId: string;
  /** The address it was sent to. */
  email: string;
}

const invalidLink = () =>
  new AppError(
    ErrorCode.INVALID_VERIFICATION_TOKEN,
    'This link is not valid any more: ask for a new one on your account page.',
  );

export function verificationMail(user: User, link: string, hours: number, language: MailLanguage) {
  const english = language === 'en';
  return {
    to: user.email,
    subject: english ? 'Confirm your e-mail on Arremate' : 'Confirme seu e-mail no Arremate',
    text: (english
      ? [
          `Hello ${user.name},`,
          '',
          'To confirm that this address is yours, and receive the notices you choose',
          `(someone outbid you, an auction you watch or bid on is ending), open this link within ${hours} hours:`,
          '',
          link,
          '',
          'If you did not create an Arremate account, ignore this e-mail: nothing will be sent here.',
        ]
      : [
          `Olá, ${user.name},`,
          '',
          'Para confirmar que este endereço é seu e receber os avisos que escolher',
          `(seu lance foi superado, um leilão que acompanha ou em que deu lance vai terminar), abra este link em até ${hours} horas:`,
          '',
          link,
          '',
          'Se você não criou uma conta no Arremate, ignore este e-mail: nada mais será enviado para cá.',
        ]
    ).join('\n'),
  };
}

/** "ana@example.com" → "a***@example.com": enough for the owner to recognise, little for anyone else. */
export function maskedAddress(email: string): string {
  return `${email.slice(0, 1)}***${email.slice(email.lastIndexOf('@'))}`;
}

/**
 * To the address an account left: in case it was not its owner who moved it
 * (someone with the password), a link puts the address back and signs every
 * device out; a password reset then goes to it again.
 */
export function addressChangedMail(
  user: User,
  previousEmail: string,
  link: string,
  days: number,
  language: MailLanguage,
) {
  const english = language === 'en';
  const next = maskedAddress(user.email);
  return {
    to: previousEmail,
    subject: english
      ? 'The e-mail of your Arremate account was changed'
      : 'O e-mail da sua conta no Arremate foi trocado',
    text: (english
      ? [
          `Hello ${user.name},`,
          '',
          `Your Arremate account now uses the address ${next}; this one no longer gets its e-mails.`,
          `If it was not you, open this link within ${days} days: it puts this address back and signs`,
          'every device out. Then choose a new password with "Forgot my password".',
          '',
          link,
          '',
          'If it was you, there is nothing to do.',
        ]
      : [
          `Olá, ${user.name},`,
          '',
          `Sua conta no Arremate agora usa o endereço ${next}; este não recebe mais os e-mails dela.`,
          `Se não foi você, abra este link em até ${days} dias: ele devolve este endereço à conta e`,
          'desconecta todos os dispositivos. Depois, escolha uma nova senha em "Esqueci minha senha".',
          '',
          link,
          '',
          'Se foi você, não é preciso fazer nada.',
        ]
    ).join('\n'),
  };
}

/** How long the link that puts an address back works. */
const REVERT_TTL_SECONDS = 7 * 86_400;

export function createEmailVerification(options: EmailVerificationOptions) {
  const { redis, keys, accounts, ttlSeconds, links } = options;
  const unavailable = () =>
    new AppError(
      ErrorCode.EMAIL_VERIFICATION_UNAVAILABLE,
      'E-mail verification is not set up on this server.',
    );
  /** The record behind a link, taken (once); null for an unknown, used or expired one. */
  const takeRecord = async (keyOf: LinkKey, token: string): Promise<LinkRecord | null> => {
    const stored = await takeLinkToken(redis, keyOf, token);
    return stored ? (JSON.parse(stored) as LinkRecord) : null;
  };

  async function send(user: User, language: MailLanguage): Promise<void> {
    if (!links) throw unavailable();
    const record: LinkRecord = { userId: user.id, email: user.email };
    const token = await issueLinkToken(
      redis,
      keys.emailVerification,
      JSON.stringify(record),
      ttlSeconds,
    );
    const link = `${links.origin}/verify-email#token=${token}`;
    const mail = verificationMail(user, link, Math.round(ttlSeconds / 3600), language);
    links.sendLater(mail, { userId: user.id, purpose: 'email-verification' });
  }

  return {
    /** Whether links can be sent here. */
    available: links !== null,

    /** After sign-up: a link to the new address, when links can be sent here. */
    async welcome(user: User, language: MailLanguage = 'pt-BR'): Promise<void> {
      if (links) await send(user, language);
    },

    /** A new link to a signed-in user's address, unless it is verified already. */
    async resend(userId: string, language: MailLanguage = 'pt-BR'): Promise<void> {
      if (!links) throw unavailable();
      const user = await accounts.byId(userId);
      if (!user) throw invalidLink();
      if (user.emailVerified)
        throw new AppError(ErrorCode.EMAIL_ALREADY_VERIFIED, 'This address is verified already.');
      await send(user, language);
    },

    /**
     * After the owner moved the account to another address: a link to verify
     * the new one, and to the old one a notice with a link that puts it back.
     */
    async addressChanged(
      user: User,
      previousEmail: string,
      language: MailLanguage = 'pt-BR',
    ): Promise<void> {
      if (!links) return;
      await send(user, language);
      const record: LinkRecord = { userId: user.id, email: previousEmail };
      const token = await issueLinkToken(
        redis,
        keys.emailRevert,
        JSON.stringify(record),
        REVERT_TTL_SECONDS,
      );
      const link = `${links.origin}/email-revert#token=${token}`;
      const days = REVERT_TTL_SECONDS / 86_400;
      const mail = addressChangedMail(user, previousEmail, link, days, language);
      links.sendLater(mail, { userId: user.id, purpose: 'email-change-notice' });
    },

    /**
     * Follows the link sent to an address the account left (once): the
     * address is the account's again, verified, and every session ends.
     * Returns their token hashes.
     */
    async revert(token: string): Promise<string[]> {
      if (!links) throw unavailable();
      const record = await takeRecord(keys.emailRevert, token);
      const invalid = () =>
        new AppError(ErrorCode.INVALID_REVERT_TOKEN, 'This link is not valid any more.');
      if (!record) throw invalid();
      const { userId, email } = record;
      const ended = await accounts.revertEmail(userId, email);
      if (ended === null) throw invalid();
      return ended;
    },

    /** Follows a link (once): the account's address is verified. Returns the account. */
    async verify(token: string): Promise<User> {
      if (!links) throw unavailable();
      const record = await takeRecord(keys.emailVerification, token);
      if (!record) throw invalidLink();
      const { userId, email } = record;
      // The account may be gone since the link was sent.
      const [code] = await redis.verifyEmail(keys.user(userId), email);
      if (code !== ScriptCode.OK) throw invalidLink();
      const user = await accounts.byId(userId);
      if (!user) throw invalidLink();
      return user;
    },
  };
}
