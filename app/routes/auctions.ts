import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errors } from '../../core/errors.ts';
import {
  Auction,
  AuctionPage,
  AuctionParams,
  AuctionWatchers,
  CreateAuctionBody,
  EditAuctionBody,
  ErrorBody,
  ListAuctionsQuery,
  SearchAuctionsQuery,
  type PublicUser,
} from '../../core/schemas.ts';
import { decodeCursor, encodeCursor } from '../../core/redis/index-page.ts';
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
          'Open auctions whose title holds every word of `q` (case and accents ignored) and of the given `category` — one or both —, soonest-ending first or newest listed first; with `status=closed`, those that closed in the last 90 days instead, sold or not (what did such an item sell for?), latest ended first; `limit` (≤ 50, default 20) per page, `nextCursor` for the next. Each replica searches its own copy of those auctions, kept by the events it relays. Limited per IP.',
        querystring: SearchAuctionsQuery,
        response: {
          200: AuctionPage,
          400: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request) => {
      const { q, category, status = 'open', sort, limit = 20, cursor } = request.query;
      if (q === undefined && category === undefined)
        throw errors.validation('Give the words to search for (q), a category, or both.');
      if (status === 'closed' && sort !== undefined)
        throw errors.validation('sort orders the open auctions; ended ones come latest first.');
      // Both latest-first orders make the same kind of cursor.
      const newest = status === 'closed' || sort === 'newest';
      const after = cursor === undefined ? undefined : decodeCursor(cursor, newest);
      await services.rateLimits.consume('search', { ip: request.ip });
      const { ids, next } =
        status === 'closed'
          ? services.endedSearch.search({ q, category }, limit, after)
          : services.search.search({ q, category, sort }, limit, after);
      const found = await auctions.byIds(ids);
      return {
        // An auction may close between the search and the read.
        items: found.filter((auction) => auction.status === status),
        nextCursor: next ? encodeCursor(next.score, next.id, newest) : null,
      };
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

  app.get(
    '/:id/watchers',
    {
      schema: {
        tags: ['auctions'],
        description:
          'How many people keep the auction on their watchlist (eBay’s “watchers”): a count, never who.',
        params: AuctionParams,
        response: { 200: AuctionWatchers, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const count = await auctions.watcherCount(request.params.id);
      if (count === undefined) throw errors.auctionNotFound();
      return { auctionId: request.params.id, count };
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
          'The seller corrects the title, the description or the category; only before the first bid (bidders bid on what they read). Watchers get `auction:edited`. Counts against the auction-creation rate limit.',
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
