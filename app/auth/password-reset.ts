// "Esqueci minha senha": a single-use link by e-mail. The token is 256 random
// bits; Redis keeps only its SHA-256 → the user id, with an expiry, and takes
// it with GETDEL, so a link works once. The link carries the token in its
// fragment (`/reset#token=…`), which browsers never send to a server or in a
// Referer. Asking answers the same whether or not the e-mail has an account,
// and the e-mail goes out after the answer, so neither the answer nor its
// timing tells who has one.
import { AppError, ErrorCode } from '../../core/errors.ts';
import type { RedisKeys } from '../../core/redis/keys.ts';
import type { ScriptedRedis } from '../../core/redis/scripts.ts';
import type { User } from '../../core/schemas.ts';
import type { ApiEnv } from '../config.ts';
import type { Accounts } from './accounts.ts';
import type { LinkMailer, MailLanguage } from './link-mail.ts';
import { issueLinkToken, takeLinkToken } from './link-tokens.ts';

export interface PasswordResetOptions {
  redis: ScriptedRedis;
  keys: RedisKeys;
  accounts: Accounts;
  /** PASSWORD_RESET_TTL_SECONDS. */
  config: ApiEnv;
  /** null: password reset is off (no SMTP_URL or PUBLIC_URL). */
  links: LinkMailer | null;
}

export type PasswordReset = ReturnType<typeof createPasswordReset>;

/** The e-mail, in the language the page asking for it was in. */
const invalidLink = () =>
  new AppError(
    ErrorCode.INVALID_RESET_TOKEN,
    'This link is not valid any more: ask for a new one.',
  );

export function resetMail(user: User, link: string, minutes: number, language: MailLanguage) {
  const english = language === 'en';
  return {
    to: user.email,
    subject: english ? 'Reset your Arremate password' : 'Redefinir sua senha no Arremate',
    text: (english
      ? [
          `Hello ${user.name},`,
          '',
          'Someone (hopefully you) asked to reset the password of your Arremate account.',
          `To choose a new password, open this link within ${minutes} minutes:`,
          '',
          link,
          '',
          'If it was not you, ignore this e-mail: your password stays the same.',
        ]
      : [
          `Olá, ${user.name},`,
          '',
          'Alguém (esperamos que você) pediu para redefinir a senha da sua conta no Arremate.',
          `Para escolher uma nova senha, abra este link em até ${minutes} minutos:`,
          '',
          link,
          '',
          'Se não foi você, ignore este e-mail: sua senha continua a mesma.',
        ]
    ).join('\n'),
  };
}

export function createPasswordReset(options: PasswordResetOptions) {
  const { redis, keys, accounts, config, links } = options;
  const ttlSeconds = config.PASSWORD_RESET_TTL_SECONDS;
  const unavailable = () =>
    new AppError(
      ErrorCode.PASSWORD_RESET_UNAVAILABLE,
      'Password reset by e-mail is not set up on this server.',
    );

  return {
    /** Sends a link when the e-mail has an account; answers the same either way. */
    async request(email: string, language: MailLanguage = 'pt-BR'): Promise<void> {
      if (!links) throw unavailable();
      const user = await accounts.byEmail(email);
      if (!user) return;
      const token = await issueLinkToken(redis, keys.passwordReset, user.id, ttlSeconds);
      const link = `${links.origin}/reset#token=${token}`;
      const mail = resetMail(user, link, Math.round(ttlSeconds / 60), language);
      links.sendLater(mail, { userId: user.id, purpose: 'password-reset' });
    },

    /** Sets the new password and ends every session; returns their token hashes. */
    async confirm(token: string, newPassword: string): Promise<string[]> {
      if (!links) throw unavailable();
      const userId = await takeLinkToken(redis, keys.passwordReset, token);
      if (!userId) throw invalidLink();
      // The account may have been deleted since the link was sent.
      if (!(await accounts.byId(userId))) throw invalidLink();
      return accounts.resetPassword(userId, newPassword);
    },
  };
}
