// Bearer-token authentication. `request.user` is set for a valid token;
// routes that need a user declare `onRequest: app.requireUser`, so an
// anonymous caller hears 401 before any body validation.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errors } from '../../core/errors.ts';
import type { PublicUser } from '../../core/schemas.ts';
import type { Accounts } from '../auth/accounts.ts';

declare module 'fastify' {
  interface FastifyRequest {
    user: PublicUser | null;
    token: string | null;
  }
  interface FastifyInstance {
    requireUser: (request: FastifyRequest) => Promise<void>;
  }
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(header ?? '');
  return match ? (match[1] as string) : null;
}

/** The signed-in user's id, in a route behind `app.requireUser`. */
export function signedInId(request: { user: PublicUser | null }): string {
  return (request.user as PublicUser).id;
}

export function registerAuthentication(app: FastifyInstance, accounts: Accounts): void {
  app.decorateRequest('user', null);
  app.decorateRequest('token', null);
  app.decorate('requireUser', async (request: FastifyRequest) => {
    const token = bearerToken(request.headers.authorization);
    const user = token ? await accounts.resolve(token) : null;
    if (!user) throw errors.unauthorized();
    request.user = user;
    request.token = token;
  });
}
