import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  ChangePasswordBody,
  ErrorBody,
  LoginBody,
  RegisterBody,
  SessionResponse,
  User,
} from '../../core/schemas.ts';
import { hashToken } from '../auth/accounts.ts';
import { sessionRoom } from '../realtime/rooms.ts';
import type { Services } from '../services.ts';

export const authRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { accounts, rateLimits } = services;

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
      const { name, email, password } = request.body;
      await rateLimits.consume('register', { ip: request.ip });
      return reply.status(201).send(await accounts.register(name, email, password));
    },
  );

  app.post(
    '/login',
    {
      schema: {
        tags: ['auth'],
        body: LoginBody,
        response: { 200: SessionResponse, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request) => {
      const { email, password } = request.body;
      // Per account, so guessing one person's password is slow from any number of IPs.
      await rateLimits.consume('login', { principal: email.trim().toLowerCase(), ip: request.ip });
      return accounts.login(email, password);
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
      if (ended.length > 0) app.io.in(ended.map(sessionRoom)).disconnectSockets(true);
      return reply.status(204).send(null);
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
      await accounts.logout(token);
      // Through the Redis adapter, so the session's sockets on every replica go.
      app.io.in(sessionRoom(hashToken(token))).disconnectSockets(true);
      return reply.status(204).send(null);
    },
  );
};
