// Verifying the address an account gave: at sign-up (and again on request)
// a single-use link goes to it; following it marks the address verified.
// Until then the worker sends that account no notices (outbid, ending soon),
// so nobody can sign a stranger's address up for them. As with password
// resets, the token is 256 random bits, Redis keeps only its SHA-256 with an
// expiry and takes it with GETDEL, and the link carries it in its fragment
// (`/verify-email#token=…`), which browsers never send to a server.
import { randomBytes } from 'node:crypto';
import { AppError, ErrorCode } from '../../core/errors.ts';
import type { RedisKeys } from '../../core/redis/keys.ts';
import { ScriptCode } from '../../core/redis/script-codes.ts';
import type { ScriptedRedis } from '../../core/redis/scripts.ts';
import type { User } from '../../core/schemas.ts';
import { hashToken, type Accounts } from './accounts.ts';
import type { LinkMailer, MailLanguage } from './link-mail.ts';

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
          `(someone outbid you, an auction you watch is ending), open this link within ${hours} hours:`,
          '',
          link,
          '',
          'If you did not create an Arremate account, ignore this e-mail: nothing will be sent here.',
        ]
      : [
          `Olá, ${user.name},`,
          '',
          'Para confirmar que este endereço é seu e receber os avisos que escolher',
          `(seu lance foi superado, um leilão que acompanha vai terminar), abra este link em até ${hours} horas:`,
          '',
          link,
          '',
          'Se você não criou uma conta no Arremate, ignore este e-mail: nada mais será enviado para cá.',
        ]
    ).join('\n'),
  };
}

export function createEmailVerification(options: EmailVerificationOptions) {
  const { redis, keys, accounts, ttlSeconds, links } = options;
  const unavailable = () =>
    new AppError(
      ErrorCode.EMAIL_VERIFICATION_UNAVAILABLE,
      'E-mail verification is not set up on this server.',
    );

  async function send(user: User, language: MailLanguage): Promise<void> {
    if (!links) throw unavailable();
    const token = randomBytes(32).toString('base64url');
    const key = keys.emailVerification(hashToken(token));
    await redis.set(key, `${user.id} ${user.email}`, 'EX', ttlSeconds);
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

    /** Follows a link (once): the account's address is verified. Returns the account. */
    async verify(token: string): Promise<User> {
      if (!links) throw unavailable();
      const stored = await redis.getdel(keys.emailVerification(hashToken(token)));
      const [userId = '', email = ''] = stored?.split(' ') ?? [];
      if (!userId || !email) throw invalidLink();
      // The account may be gone since the link was sent.
      const [code] = await redis.verifyEmail(keys.user(userId), email);
      if (code !== ScriptCode.OK) throw invalidLink();
      const user = await accounts.byId(userId);
      if (!user) throw invalidLink();
      return user;
    },
  };
}
