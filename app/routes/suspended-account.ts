// What a suspended account may still do, though it cannot sign in: appeal
// the suspension (the DSA's art. 20) and download its data (the LGPD's and
// GDPR's right of access does not lapse with a suspension). It proves itself
// with its e-mail and password, under the login's rate limit; a wrong pair is
// the login's 401, and an account in good standing is told to sign in (409
// NOT_SUSPENDED). Deleting itself stays closed to it: what it did may still
// be needed against fraud (the GDPR's art. 17(3)(e)).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { AppError, ErrorCode } from '../../core/errors.ts';
import {
  AccountExport,
  APPEAL_WINDOW_DAYS,
  AppealResponse,
  failures,
  LoginBody,
  SuspensionAppealBody,
} from '../../core/schemas.ts';
import { exportAccount } from '../account-export.ts';
import type { Services } from '../services.ts';
import { shownText } from './shown-text.ts';

/** `POST /api/auth/suspension-appeal`, `POST /api/auth/suspended-export`. */
export const suspendedAccountRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { accounts, appeals, rateLimits, metrics } = services;

  /** The account of these credentials, when a moderator suspended it. */
  async function suspendedAccount(request: FastifyRequest, email: string, password: string) {
    await rateLimits.consume('login', { principal: email.trim().toLowerCase(), ip: request.ip });
    const account = await accounts.identified(email, password);
    if (!account.suspended)
      throw new AppError(ErrorCode.NOT_SUSPENDED, 'This account is not suspended: sign in.');
    return account.id;
  }

  app.post(
    '/suspension-appeal',
    {
      schema: {
        tags: ['appeals'],
        description: `A suspended account, which cannot sign in, appeals its suspension with its e-mail and password, once per suspension, within ${APPEAL_WINDOW_DAYS} days; reversed, it is reinstated at once. 401 \`INVALID_CREDENTIALS\` as at login (and under its rate limit); 409 \`NOT_SUSPENDED\`, \`APPEAL_WINDOW_CLOSED\`, \`ALREADY_APPEALED\` with the \`appeal\` and what became of it.`,
        body: SuspensionAppealBody,
        response: { 201: AppealResponse, ...failures(400, 401, 409, 429) },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const text = shownText(request.body.text, 'appeal', 'text');
      const userId = await suspendedAccount(request, email, password);
      const appeal = await appeals.appealSuspension(userId, text);
      metrics.moderation.inc({ action: 'appealed' });
      return reply.status(201).send({ appeal });
    },
  );

  app.post(
    '/suspended-export',
    {
      schema: {
        tags: ['auth'],
        description:
          'A suspended account, which cannot sign in, downloads everything kept about it (as `GET /api/me/export`) with its e-mail and password. 401 `INVALID_CREDENTIALS` as at login (and under its rate limit); 409 `NOT_SUSPENDED` for an account that can sign in.',
        body: LoginBody,
        response: { 200: AccountExport, ...failures(400, 401, 409, 429) },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const data = await exportAccount(services, await suspendedAccount(request, email, password));
      const day = data.exportedAt.slice(0, 10);
      return reply
        .header('content-disposition', `attachment; filename="arremate-${day}.json"`)
        .send(data);
    },
  );
};
