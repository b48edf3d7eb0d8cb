// Verifying an account's address: following the link (`/verify-email` in
// the UI posts its token here) and asking for a new one.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody, MailLanguageBody, User, VerifyEmailBody } from '../../core/schemas.ts';
import type { EmailVerification } from '../auth/email-verification.ts';
import type { Services } from '../services.ts';

export const emailVerificationRoutes: FastifyPluginAsyncTypebox<{
  services: Services;
  verification: EmailVerification;
}> = async (app, { services, verification }) => {
  const { rateLimits } = services;

  app.post(
    '/verify-email',
    {
      schema: {
        tags: ['auth'],
        description:
          'Verifies the address with the token of the link sent to it (once; no session needed, the link may be opened on another device). 400 `INVALID_VERIFICATION_TOKEN` for a used, expired or unknown link, or an account deleted since; 404 `EMAIL_VERIFICATION_UNAVAILABLE` without SMTP_URL and PUBLIC_URL.',
        body: VerifyEmailBody,
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
};
