import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errors } from '../../core/errors.ts';
import {
  Auction,
  AuctionPage,
  AuctionParams,
  CreateAuctionBody,
  EditAuctionBody,
  ErrorBody,
  ListAuctionsQuery,
  SearchAuctionsQuery,
  type PublicUser,
} from '../../core/schemas.ts';
import { toNewAuction } from '../auction-input.ts';
import type { Services } from '../services.ts';

const secured = { security: [{ bearer: [] }] };

export const auctionRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { auctions, rateLimits } = services;

  app.post(
    '',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['auctions'],
        ...secured,
        body: CreateAuctionBody,
        response: { 201: Auction, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const seller = request.user as PublicUser;
      await rateLimits.consume('createAuction', { principal: seller.id, ip: request.ip });
      const input = toNewAuction(body, seller, {
        endingSoonMs: services.config.ENDING_SOON_SECONDS * 1000,
        endingSoonEmailMs: services.config.ENDING_SOON_EMAIL_MINUTES * 60_000,
      });
      const auction = await auctions.create(input);
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
      const { status = 'open', sort, limit = 20, cursor } = request.query;
      if (status === 'closed' && sort !== undefined)
        throw errors.validation(
          'sort orders the open auctions; closed ones come latest-closed first.',
        );
      return auctions.list(status, limit, cursor, sort);
    },
  );

  app.get(
    '/search',
    {
      schema: {
        tags: ['auctions'],
        description:
          'Open auctions whose title holds every word of `q` (case and accents ignored), soonest-ending first. Each replica searches its own copy of the open titles, kept by the events it relays. Limited per IP.',
        querystring: SearchAuctionsQuery,
        response: {
          200: Type.Object({ items: Type.Array(Auction) }),
          400: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request) => {
      const { q, limit = 20 } = request.query;
      await services.rateLimits.consume('search', { ip: request.ip });
      const found = await auctions.byIds(services.search.search(q, limit));
      // An auction may close between the search and the read.
      return { items: found.filter((auction) => auction.status === 'open') };
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
    '/:id/cancel',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['auctions'],
        ...secured,
        description:
          'The seller cancels the auction; only before its first bid. No report is made.',
        params: AuctionParams,
        response: { 200: Auction, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => auctions.cancel(request.params.id, request.user as PublicUser),
  );

  app.patch(
    '/:id',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['auctions'],
        ...secured,
        description:
          'The seller corrects the title or the description; only before the first bid (bidders bid on what they read). Watchers get `auction:edited`. Counts against the auction-creation rate limit.',
        params: AuctionParams,
        body: EditAuctionBody,
        response: {
          200: Auction,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request) => {
      const seller = request.user as PublicUser;
      await rateLimits.consume('createAuction', { principal: seller.id, ip: request.ip });
      const title = request.body.title?.trim();
      if (title === '') throw errors.validation('The title cannot be blank.');
      return auctions.edit(request.params.id, seller, { ...request.body, title });
    },
  );
};
