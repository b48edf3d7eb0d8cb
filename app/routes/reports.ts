import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError, ErrorCode, errors } from '../../core/errors.ts';
import { AuctionParams, AuctionReport, ErrorBody } from '../../core/schemas.ts';
import { takenDown } from '../../core/taken-down.ts';
import type { Services } from '../services.ts';

/**
 * The worker's texts for a finished auction (issue 3), stored as JSON; not
 * served while the moderators hold the auction taken down (its Discord post
 * is deleted then too).
 */
export const reportRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  app.get(
    '/:id/report',
    {
      schema: {
        tags: ['auctions'],
        params: AuctionParams,
        response: { 200: AuctionReport, 404: ErrorBody, 410: ErrorBody },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const [stored, auction] = await Promise.all([
        services.redis.get(services.keys.report(id)),
        services.auctions.get(id),
      ]);
      if (!auction) throw errors.auctionNotFound();
      if (takenDown(auction))
        throw new AppError(
          ErrorCode.REPORT_WITHDRAWN,
          'The moderators took this auction down: its report is withdrawn.',
        );
      if (stored) return reply.send(JSON.parse(stored) as AuctionReport);
      throw new AppError(ErrorCode.REPORT_NOT_READY, 'The report is not ready yet.');
    },
  );
};
