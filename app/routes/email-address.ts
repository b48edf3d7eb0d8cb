// The account's e-mail address: verifying it (`/verify-email` in the UI
// posts the link's token here), asking for a new link, moving to another one.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  ChangeEmailBody,
  ErrorBody,
  MailLanguageBody,
  User,
  LinkTokenBody,
} from '../../core/schemas.ts';
import type { EmailVerification } from '../auth/email-verification.ts';
import type { Services } from '../services.ts';

export const emailAddressRoutes: FastifyPluginAsyncTypebox<{
  services: Services;
  verification: EmailVerification;
  /** Ends those sessions' sockets on every replica. */
  disconnectSessions(tokenHashes: string[]): void;
}> = async (app, { services, verification, disconnectSessions }) => {
  const { rateLimits } = services;

  app.post(
    '/verify-email',
    {
      schema: {
        tags: ['auth'],
        description:
          'Verifies the address with the token of the link sent to it (once; no session needed, the link may be opened on another device). 400 `INVALID_VERIFICATION_TOKEN` for a used, expired or unknown link, or an account deleted since; 404 `EMAIL_VERIFICATION_UNAVAILABLE` without SMTP_URL and PUBLIC_URL.',
        body: LinkTokenBody,
        response: {
          200: Type.Object({ user: User }),
          400: ErrorBody,
          404: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request) => {
      // Guessing tokens is as slow as guessing passwords.
      await rateLimits.consume('login', { ip: request.ip });
      return { user: await verification.verify(request.body.token) };
    },
  );

  app.post(
    '/verify-email/resend',
    {
      onRequest: app.requireUser,
      // A bodiless POST asks for the default language.
      preValidation: (request, _reply, done) => {
        request.body ??= {};
        done();
      },
      schema: {
        tags: ['auth'],
        security: [{ bearer: [] }],
        description:
          'Sends a new verification link to your address (after the answer). 409 `EMAIL_ALREADY_VERIFIED`; 404 `EMAIL_VERIFICATION_UNAVAILABLE` without SMTP_URL and PUBLIC_URL.',
        body: MailLanguageBody,
        response: {
          202: Type.Null(),
          400: ErrorBody,
          401: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const userId = (request.user as { id: string }).id;
      await rateLimits.consume('verificationEmail', { principal: userId, ip: request.ip });
      await verification.resend(userId, request.body.language);
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/email',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['auth'],
        security: [{ bearer: [] }],
        description:
          'Moves the account to another address, asking for the password: the old address is freed (anyone may sign up with it), the new one starts unverified and gets a link, and the old one is told of the change (with SMTP_URL and PUBLIC_URL). Sessions stay. 403 `WRONG_PASSWORD`; 409 `EMAIL_TAKEN`; 400 when it is already the address.',
        body: ChangeEmailBody,
        response: {
          200: Type.Object({
            user: User,
            /** Whether this server sent the link and the notice (SMTP_URL and PUBLIC_URL). */
            emailsSent: Type.Boolean(),
          }),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          409: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request) => {
      const userId = (request.user as { id: string }).id;
      const { newEmail, password, language } = request.body;
      // Guessing the password is as slow as guessing it at login.
      await rateLimits.consume('login', { principal: `account:${userId}`, ip: request.ip });
      const { user, previousEmail } = await services.accounts.changeEmail(
        userId,
        password,
        newEmail,
      );
      await verification.addressChanged(user, previousEmail, language);
      return { user, emailsSent: verification.available };
    },
  );

  app.post(
    '/email/revert',
    {
      schema: {
        tags: ['auth'],
        description:
          "Follows the link sent to an address the account left (once, 7 days): the address is the account's again, verified, and every session ends (their sockets are disconnected); then a password reset reaches it. 400 `INVALID_REVERT_TOKEN`; 409 `EMAIL_TAKEN` when someone signed up with it meanwhile; 404 `EMAIL_VERIFICATION_UNAVAILABLE` without SMTP_URL and PUBLIC_URL.",
        body: LinkTokenBody,
        response: {
          204: Type.Null(),
          400: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      await rateLimits.consume('login', { ip: request.ip });
      disconnectSessions(await verification.revert(request.body.token));
      return reply.status(204).send(null);
    },
  );
};
