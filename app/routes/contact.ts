import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errors } from '../../core/errors.ts';
import { AuctionParams, ErrorBody, SaleContact, type PublicUser } from '../../core/schemas.ts';
import type { Services } from '../services.ts';

/**
 * How the two parties of a sale reach each other: the winner's e-mail tells
 * them to expect the seller's contact, and without a mail relay this is the
 * only way it can come. Nobody else ever sees either address.
 */
export const contactRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  app.get(
    '/:id/contact',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['auctions'],
        security: [{ bearer: [] }],
        description:
          'For the seller and the buyer of a sold auction only: the other party’s name and e-mail, to arrange payment and delivery; 410 `ACCOUNT_DELETED` (with their `role` and `name`) when they deleted their account.',
        params: AuctionParams,
        response: {
          200: SaleContact,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
          410: ErrorBody,
        },
      },
    },
    async (request) => {
      const auction = await services.auctions.get(request.params.id);
      if (!auction) throw errors.auctionNotFound();
      const buyer = auction.status === 'closed' ? auction.winner : null;
      if (!buyer) throw errors.notSold();
      const viewer = (request.user as PublicUser).id;
      const role: SaleContact['role'] | null =
        viewer === auction.seller.id ? 'buyer' : viewer === buyer.id ? 'seller' : null;
      if (!role) throw errors.notAParty();
      const other = role === 'buyer' ? buyer : auction.seller;
      const account = await services.accounts.byId(other.id);
      if (!account) throw errors.otherPartyDeleted(role, other.name);
      return { role, name: account.name, email: account.email };
    },
  );
};
