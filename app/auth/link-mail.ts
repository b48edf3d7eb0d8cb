// The API's own e-mails carry a single-use link to one of its pages (a
// password reset, an address confirmation): both need a relay (SMTP_URL) and
// the address people open the UI at (PUBLIC_URL, never a request's Host).
// They go out after the request is answered, so neither the answer nor its
// timing depends on the relay; a failure is logged, and the person can ask again.
import type { FastifyBaseLogger } from 'fastify';
import { publicOrigin } from '../../core/config.ts';
import { createMailer, MailFailure, type Mail } from '../../core/mail/mailer.ts';
import type { ApiEnv } from '../config.ts';

export type MailLanguage = 'pt-BR' | 'en';

export interface LinkMailer {
  /** Where the links point, e.g. https://leiloes.example.com. */
  origin: string;
  /** Sends in the background; `purpose` names it in the log lines. */
  sendLater(mail: Mail, context: { userId: string; purpose: string }): void;
}

/** null without SMTP_URL or PUBLIC_URL: the features that need it answer that they are off. */
export function createLinkMailer(config: ApiEnv, log: FastifyBaseLogger): LinkMailer | null {
  const origin = publicOrigin(config);
  if (!config.SMTP_URL || !origin) return null;
  const mailer = createMailer(
    {
      url: config.SMTP_URL,
      from: config.MAIL_FROM,
      timeoutMs: 10_000,
      attempts: 3,
      retryBaseMs: 1_000,
    },
    log,
  );
  return {
    origin,
    sendLater(mail, context) {
      const { userId, purpose } = context;
      mailer.send(mail, context).then(
        () => log.info({ userId }, `${purpose} e-mail sent`),
        (error: unknown) => {
          const kind = error instanceof MailFailure ? error.kind : 'error';
          log.warn({ userId, kind }, `${purpose} e-mail not sent`);
        },
      );
    },
  };
}
