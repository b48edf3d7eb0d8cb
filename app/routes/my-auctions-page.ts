// The signed-in user's own lists of auctions — bought, sold, watched — share
// one contract: `limit` (≤ MY_AUCTIONS_PAGE_MAX, the default) a page and
// `nextCursor` for the next, read from an index the scripts keep.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AuctionPage,
  ErrorBody,
  MY_AUCTIONS_PAGE_MAX,
  MyAuctionsQuery,
} from '../../core/schemas.ts';
import { signedInId } from '../plugins/authenticate.ts';

type RouteHost = Parameters<FastifyPluginAsyncTypebox>[0];

export function myAuctionsPageRoute(
  app: RouteHost,
  path: string,
  doc: { tag: string; order: string },
  list: (userId: string, limit: number, cursor?: string) => Promise<AuctionPage>,
): void {
  app.get(
    path,
    {
      schema: {
        tags: [doc.tag],
        security: [{ bearer: [] }],
        description: `${doc.order}; \`limit\` (≤ ${MY_AUCTIONS_PAGE_MAX}, default ${MY_AUCTIONS_PAGE_MAX}) per page, \`nextCursor\` for the next.`,
        querystring: MyAuctionsQuery,
        response: { 200: AuctionPage, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => {
      const { limit = MY_AUCTIONS_PAGE_MAX, cursor } = request.query;
      return list(signedInId(request), limit, cursor);
    },
  );
}
