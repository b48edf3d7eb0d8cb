import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errors } from '../../core/errors.ts';
import { AuctionParams, ErrorBody } from '../../core/schemas.ts';
import { signedInId } from '../plugins/authenticate.ts';
import type { Services } from '../services.ts';
import { myAuctionsPageRoute } from './my-auctions-page.ts';

const secured = { tags: ['watchlist'], security: [{ bearer: [] }] };

/** A user's watchlist: its auctions send `auction:ending-soon` to all the user's devices. */
export const watchlistRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { auctions } = services;
  app.addHook('onRequest', app.requireUser);

  myAuctionsPageRoute(
    app,
    '',
    { tag: 'watchlist', order: 'Your watched auctions, the last added first' },
    auctions.watchlist,
  );

  app.put(
    '/:id',
    {
      schema: {
        ...secured,
        params: AuctionParams,
        response: { 204: Type.Null(), 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      if (!(await auctions.watch(signedInId(request), request.params.id)))
        throw errors.auctionNotFound();
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/:id',
    {
      schema: { ...secured, params: AuctionParams, response: { 204: Type.Null(), 401: ErrorBody } },
    },
    async (request, reply) => {
      await auctions.unwatch(signedInId(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
