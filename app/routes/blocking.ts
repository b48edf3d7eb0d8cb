// A seller's blocked users (eBay's blocked bidder list): someone who did not
// pay, or who harasses, may no longer bid on, buy or ask about the seller's
// auctions (403 `BLOCKED_BY_SELLER`). Bids already placed stand.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { BlockedUsers, ErrorBody, MAX_BLOCKED, UserParams } from '../../core/schemas.ts';
import { signedInId } from '../plugins/authenticate.ts';
import type { Services } from '../services.ts';

const secured = { tags: ['blocking'], security: [{ bearer: [] }] };

export const blockingRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { blockList } = services;
  app.addHook('onRequest', app.requireUser);

  app.get(
    '',
    {
      schema: {
        ...secured,
        description: 'The users you blocked from bidding on and asking about your auctions.',
        response: { 200: BlockedUsers, 401: ErrorBody },
      },
    },
    async (request) => ({ items: await blockList.list(signedInId(request)) }),
  );

  app.put(
    '/:id',
    {
      schema: {
        ...secured,
        description: `Blocks a user from bidding on, buying and asking about your auctions (bids already placed stand); at most ${MAX_BLOCKED}. Blocking twice is blocking once.`,
        params: UserParams,
        response: {
          204: Type.Null(),
          400: ErrorBody,
          401: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      await blockList.block(signedInId(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/:id',
    {
      schema: {
        ...secured,
        description: 'Unblocks a user (nothing happens when they were not blocked).',
        params: UserParams,
        response: { 204: Type.Null(), 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request, reply) => {
      await blockList.unblock(signedInId(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
