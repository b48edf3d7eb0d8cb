import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  ChangePasswordBody,
  ConfirmPasswordResetBody,
  DeleteAccountBody,
  ErrorBody,
  LoginBody,
  PasswordResetBody,
  RegisterBody,
  SessionResponse,
  User,
} from '../../core/schemas.ts';
import type { ErrorDetails } from '../../core/errors.ts';
import { hashToken } from '../auth/accounts.ts';
import { createEmailVerification } from '../auth/email-verification.ts';
import { createLinkMailer } from '../auth/link-mail.ts';
import { createPasswordReset } from '../auth/password-reset.ts';
import { disconnectSessions as disconnectAll } from '../realtime/rooms.ts';
import type { Services } from '../services.ts';
import { emailAddressRoutes } from './email-address.ts';

export const authRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { accounts, rateLimits } = services;
  const links = createLinkMailer(services.config, app.log);
  const passwordReset = createPasswordReset({ ...services, links });
  const verification = createEmailVerification({
    ...services,
    ttlSeconds: services.config.EMAIL_VERIFICATION_TTL_SECONDS,
    links,
  });

  const disconnectSessions = (tokenHashes: string[]) => disconnectAll(app.io, tokenHashes);
  await app.register(emailAddressRoutes, { services, verification, disconnectSessions });

  app.post(
    '/register',
    {
      schema: {
        tags: ['auth'],
        body: RegisterBody,
        response: { 201: SessionResponse, 400: ErrorBody, 409: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const { name, email, password, language } = request.body;
      await rateLimits.consume('register', { ip: request.ip });
      const session = await accounts.register(name, email, password);
      await verification.welcome(session.user, language);
      return reply.status(201).send(session);
    },
  );

  app.post(
    '/login',
    {
      schema: {
        tags: ['auth'],
        body: LoginBody,
        description:
          'Opens a session. 403 `ACCOUNT_SUSPENDED` for the right password of an account a moderator suspended, with its `appeal` of that suspension when it made one (`POST /api/auth/suspension-appeal`).',
        response: { 200: SessionResponse, 401: ErrorBody, 403: ErrorBody, 429: ErrorBody },
      },
    },
    async (request) => {
      const { email, password } = request.body;
      // Per account, so guessing one person's password is slow from any number of IPs.
      await rateLimits.consume('login', { principal: email.trim().toLowerCase(), ip: request.ip });
      // A suspended account's refusal carries its appeal of that suspension, if
      // any, so one who cannot sign in reads the answer.
      return accounts.login(email, password, async (userId): Promise<ErrorDetails> => {
        const appeal = await services.appeals.ofSuspension(userId);
        return appeal ? { appeal } : {};
      });
    },
  );

  app.get(
    '/me',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['auth'],
        security: [{ bearer: [] }],
        response: { 200: Type.Object({ user: User }), 401: ErrorBody },
      },
    },
    async (request) => {
      const user = await accounts.profile((request.user as { id: string }).id);
      if (!user) throw new Error('session of a deleted user');
      return { user };
    },
  );

  app.post(
    '/password',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['auth'],
        security: [{ bearer: [] }],
        description:
          'Changes the password and ends every other session of the account (this one stays); their sockets are disconnected.',
        body: ChangePasswordBody,
        response: {
          204: Type.Null(),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const userId = (request.user as { id: string }).id;
      const { currentPassword, newPassword } = request.body;
      // Guessing the current password is as slow as guessing it at login.
      await rateLimits.consume('login', { principal: `account:${userId}`, ip: request.ip });
      const ended = await accounts.changePassword(
        userId,
        request.token as string,
        currentPassword,
        newPassword,
      );
      disconnectSessions(ended);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/me',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['auth'],
        security: [{ bearer: [] }],
        description:
          'Deletes the account, asking for its password: its name, e-mail and password, every session (their sockets are disconnected), its watchlist and activity lists. Past bids and auctions keep the name everyone saw. Refused while the account sells an open auction (409 `SELLING_OPEN_AUCTION`) or leads one (409 `LEADING_OPEN_AUCTION`), with the `auctionId`; and, after it sold or won an auction, for `ACCOUNT_DELETION_HOLD_DAYS` (30 by default), so the other party can still reach it (409 `SALE_IN_PROGRESS`, with the `auctionId` and `availableAt`). The e-mail can sign up again afterwards.',
        body: DeleteAccountBody,
        response: {
          204: Type.Null(),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          409: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const userId = (request.user as { id: string }).id;
      // Guessing the password is as slow as guessing it at login.
      await rateLimits.consume('login', { principal: `account:${userId}`, ip: request.ip });
      const ended = await accounts.deleteAccount(userId, request.body.password);
      disconnectSessions(ended);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/password-reset',
    {
      schema: {
        tags: ['auth'],
        description:
          'Sends a single-use link to choose a new password, when the e-mail has an account; the answer is the same either way. 404 PASSWORD_RESET_UNAVAILABLE without SMTP_URL and PUBLIC_URL.',
        body: PasswordResetBody,
        response: { 202: Type.Null(), 400: ErrorBody, 404: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const { email, language } = request.body;
      // Per account (whoever asks), so nobody's inbox gets flooded, and per IP.
      const principal = email.trim().toLowerCase();
      await rateLimits.consume('passwordReset', { principal, ip: request.ip });
      await passwordReset.request(email, language);
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/password-reset/confirm',
    {
      schema: {
        tags: ['auth'],
        description:
          'Sets a new password with the token of a reset link (once); every session of the account ends.',
        body: ConfirmPasswordResetBody,
        response: { 204: Type.Null(), 400: ErrorBody, 404: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      await rateLimits.consume('login', { ip: request.ip });
      const { token, newPassword } = request.body;
      disconnectSessions(await passwordReset.confirm(token, newPassword));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/logout-others',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['auth'],
        security: [{ bearer: [] }],
        description:
          'Signs out every other device of the account (this session stays); their sockets are disconnected.',
        response: { 200: Type.Object({ ended: Type.Integer({ minimum: 0 }) }), 401: ErrorBody },
      },
    },
    async (request) => {
      const userId = (request.user as { id: string }).id;
      const ended = await accounts.logoutOthers(userId, request.token as string);
      disconnectSessions(ended);
      return { ended: ended.length };
    },
  );

  app.post(
    '/logout',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['auth'],
        security: [{ bearer: [] }],
        response: { 204: Type.Null(), 401: ErrorBody },
      },
    },
    async (request, reply) => {
      const token = request.token as string;
      await accounts.logout((request.user as { id: string }).id, token);
      disconnectSessions([hashToken(token)]);
      return reply.status(204).send(null);
    },
  );
};
