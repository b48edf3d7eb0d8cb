import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errors } from '../../core/errors.ts';
import { DEFAULT_MIN_INCREMENT } from '../../core/rules.ts';
import {
  Auction,
  AuctionPage,
  AuctionParams,
  BidPage,
  BidResult,
  CreateAuctionBody,
  ErrorBody,
  IdempotencyKey,
  ListAuctionsQuery,
  ListBidsQuery,
  PlaceBidBody,
  type PublicUser,
} from '../../core/schemas.ts';
import type { Services } from '../services.ts';

const secured = { security: [{ bearer: [] }] };

/** `Idempotency-Key`: a retried bid with the same key returns the first result. */
const BidHeaders = Type.Object({ 'idempotency-key': Type.Optional(IdempotencyKey) });

export const auctionRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { auctions, rateLimits, bidding } = services;

  app.post(
    '',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['auctions'],
        ...secured,
        body: CreateAuctionBody,
        response: { 201: Auction, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const seller = request.user as PublicUser;
      await rateLimits.consume('createAuction', { principal: seller.id, ip: request.ip });
      const title = body.title.trim();
      if (title === '') throw errors.validation('The title cannot be blank.');
      if ((body.durationSeconds === undefined) === (body.endsAt === undefined)) {
        throw errors.validation('Give exactly one of durationSeconds or endsAt.');
      }
      const auction = await auctions.create({
        seller,
        title,
        description: body.description ?? '',
        startingPrice: body.startingPrice,
        minIncrement: body.minIncrement ?? DEFAULT_MIN_INCREMENT,
        softCloseSeconds: body.softCloseSeconds ?? 0,
        // The end is checked against the server's clock inside the script.
        ...(body.durationSeconds !== undefined
          ? { durationMs: body.durationSeconds * 1000 }
          : { endsAtMs: Date.parse(body.endsAt as string) }),
      });
      return reply.status(201).send(auction);
    },
  );

  app.get(
    '',
    {
      schema: {
        tags: ['auctions'],
        querystring: ListAuctionsQuery,
        response: { 200: AuctionPage, 400: ErrorBody },
      },
    },
    async (request) => {
      const { status = 'open', limit = 20, cursor } = request.query;
      return auctions.list(status, limit, cursor);
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags: ['auctions'],
        params: AuctionParams,
        response: { 200: Auction, 404: ErrorBody },
      },
    },
    async (request) => {
      const auction = await auctions.get(request.params.id);
      if (!auction) throw errors.auctionNotFound();
      return auction;
    },
  );

  app.post(
    '/:id/bids',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['bids'],
        ...secured,
        params: AuctionParams,
        headers: BidHeaders,
        body: PlaceBidBody,
        response: {
          201: BidResult,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
          422: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const result = await bidding.place({
        auctionId: request.params.id,
        bidder: request.user as PublicUser,
        amount: request.body.amount,
        ip: request.ip,
        idempotencyKey: request.headers['idempotency-key'],
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/:id/bids',
    {
      schema: {
        tags: ['bids'],
        params: AuctionParams,
        querystring: ListBidsQuery,
        response: { 200: BidPage, 404: ErrorBody },
      },
    },
    async (request) => {
      const { afterSeq = 0, limit = 100 } = request.query;
      const items = await auctions.bids(request.params.id, afterSeq, limit);
      if (items.length === 0 && !(await auctions.get(request.params.id)))
        throw errors.auctionNotFound();
      return { items };
    },
  );
};
