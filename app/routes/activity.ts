import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Auction, ErrorBody, type PublicUser } from '../../core/schemas.ts';
import type { Services } from '../services.ts';

const secured = { tags: ['activity'], security: [{ bearer: [] }] };
const AuctionList = Type.Object({ items: Type.Array(Auction) });

/**
 * The signed-in user's own auctions, as eBay's "Buying" and "Selling": the
 * ones they bid on (their standing follows from `leader` and `winner`) and
 * the ones they put up for sale. Indexed by the bid and create scripts.
 */
export const activityRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { auctions } = services;
  app.addHook('onRequest', app.requireUser);
  const userId = (request: { user: PublicUser | null }) => (request.user as PublicUser).id;

  app.get(
    '/buying',
    {
      schema: {
        ...secured,
        description:
          'Auctions you bid on or bought, open and finished, the one you last bid on first (at most 200).',
        response: { 200: AuctionList, 401: ErrorBody },
      },
    },
    async (request) => ({ items: await auctions.buying(userId(request)) }),
  );

  app.get(
    '/selling',
    {
      schema: {
        ...secured,
        description: 'Auctions you put up for sale, open and finished, newest first (at most 200).',
        response: { 200: AuctionList, 401: ErrorBody },
      },
    },
    async (request) => ({ items: await auctions.selling(userId(request)) }),
  );
};
