import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errors } from '../../core/errors.ts';
import {
  AuctionParams,
  BidPage,
  BidResult,
  ErrorBody,
  IdempotencyKey,
  ListBidsQuery,
  MaximumResult,
  OwnMaximum,
  PlaceBidBody,
  RaiseMaximumBody,
  RetractionResult,
  SellerCancelBody,
  SellerCancelResult,
  StandingBidders,
  type PublicUser,
} from '../../core/schemas.ts';
import type { Services } from '../services.ts';

const secured = { security: [{ bearer: [] }] };

/** `Idempotency-Key`: a retried bid with the same key returns the first result. */
const BidHeaders = Type.Object({ 'idempotency-key': Type.Optional(IdempotencyKey) });

const refusals = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
  429: ErrorBody,
};

export const bidRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { auctions, bidding } = services;

  app.post(
    '/:id/bids',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['bids'],
        ...secured,
        description:
          'A bid. With `maxAmount` (secret, ≥ amount) the system bids for you, one increment above anyone else, up to it.',
        params: AuctionParams,
        headers: BidHeaders,
        body: PlaceBidBody,
        response: { 201: BidResult, ...refusals },
      },
    },
    async (request, reply) => {
      const result = await bidding.place({
        auctionId: request.params.id,
        bidder: request.user as PublicUser,
        amount: request.body.amount,
        maxAmount: request.body.maxAmount,
        ip: request.ip,
        idempotencyKey: request.headers['idempotency-key'],
      });
      return reply.status(201).send(result);
    },
  );

  app.put(
    '/:id/max-bid',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['bids'],
        ...secured,
        description:
          'The leading bidder raises their secret maximum without bidding (never lowers it). The price moves only if the new maximum reaches a hidden reserve: then it bids up to the reserve by itself.',
        params: AuctionParams,
        body: RaiseMaximumBody,
        response: { 200: MaximumResult, ...refusals },
      },
    },
    async (request) =>
      bidding.raiseMaximum({
        auctionId: request.params.id,
        leader: request.user as PublicUser,
        maxAmount: request.body.maxAmount,
        ip: request.ip,
      }),
  );

  app.get(
    '/:id/max-bid',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['bids'],
        ...secured,
        description:
          'Your own secret maximum on this auction while you lead, so any of your devices can show it; nobody else can read it.',
        params: AuctionParams,
        response: { 200: OwnMaximum, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const auctionId = request.params.id;
      const maxAmount = await auctions.ownMaximum(auctionId, (request.user as PublicUser).id);
      if (maxAmount === undefined) throw errors.auctionNotFound();
      return { auctionId, maxAmount };
    },
  );

  app.post(
    '/:id/buy-now',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['bids'],
        ...secured,
        description:
          'Buy It Now: closes the auction at once with you as winner, while it is offered (before the first bid, or until the reserve is met).',
        params: AuctionParams,
        response: { 201: BidResult, ...refusals },
      },
    },
    async (request, reply) => {
      const result = await bidding.buyNow({
        auctionId: request.params.id,
        buyer: request.user as PublicUser,
        ip: request.ip,
      });
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/:id/bids/retract',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['bids'],
        ...secured,
        description:
          'Takes your bid back (eBay’s bid retraction: an amount typed wrong). More than 12 hours before the end, every bid of yours on the auction goes; in its last 12 hours, only your latest bid (and any maximum you raised after it), within an hour of placing it. The auction is worked out again without it; the bids stay in the history marked `cancelled` and `retracted`, watchers and the leader’s devices hear `bids:cancelled` (reason `retraction`), and your public profile counts the retraction. 409 `NO_BID_TO_RETRACT`, `RETRACTION_WINDOW_CLOSED`, `AUCTION_CLOSED`.',
        params: AuctionParams,
        response: { 200: RetractionResult, ...refusals },
      },
    },
    async (request) =>
      bidding.retract({
        auctionId: request.params.id,
        bidder: request.user as PublicUser,
        ip: request.ip,
      }),
  );

  app.post(
    '/:id/bids/cancel',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['bids'],
        ...secured,
        description:
          'The seller cancels every bid of one bidder on their open auction (eBay’s bid cancellation), for one of eBay’s reasons: the bidder asked, the listing was wrong, the item is no longer available (cancel every bidder’s, then the auction) or the bidder may be a fraud. The auction is worked out again without them; their bids stay in the history marked `cancelled` and `cancelledBySeller`; watchers, the leader’s and the bidder’s devices hear `bids:cancelled` (reason `seller`, with `bidderId`); the bidder is e-mailed why where the platform sends e-mail. They may bid again unless also blocked. Counts against the retraction limits (`RATE_LIMIT_RETRACT_*`). 403 `NOT_SELLER`, 409 `NO_BID_TO_CANCEL`, `AUCTION_CLOSED`.',
        params: AuctionParams,
        body: SellerCancelBody,
        response: { 200: SellerCancelResult, ...refusals },
      },
    },
    async (request) =>
      bidding.cancelAsSeller({
        auctionId: request.params.id,
        seller: request.user as PublicUser,
        bidderId: request.body.bidderId,
        reason: request.body.reason,
        ip: request.ip,
      }),
  );

  app.get(
    '/:id/bidders',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['bids'],
        ...secured,
        description:
          'For the seller only: every bidder with a bid standing on their auction, how many stand and the highest, the latest to bid first — whom `…/bids/cancel` can reach, however long the history. `seq` is the last bid counted. 403 `NOT_SELLER`.',
        params: AuctionParams,
        response: {
          200: StandingBidders,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request) => {
      const auctionId = request.params.id;
      const auction = await auctions.get(auctionId);
      if (!auction) throw errors.auctionNotFound();
      if (auction.seller.id !== (request.user as PublicUser).id) throw errors.notSeller();
      return services.countBidders(auction);
    },
  );

  app.get(
    '/:id/bids',
    {
      schema: {
        tags: ['bids'],
        params: AuctionParams,
        querystring: ListBidsQuery,
        response: { 200: BidPage, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const { afterSeq = 0, limit = 100 } = request.query;
      const items = await auctions.bids(request.params.id, afterSeq, limit);
      if (items.length === 0 && !(await auctions.get(request.params.id))) {
        throw errors.auctionNotFound();
      }
      return { items };
    },
  );
};
