import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError, ErrorCode, errors } from '../../core/errors.ts';
import { AuctionParams, AuctionReport, ErrorBody } from '../../core/schemas.ts';
import type { Services } from '../services.ts';

/** The worker's texts for a finished auction (issue 3), stored as JSON. */
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
        response: { 200: AuctionReport, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const stored = await services.redis.get(services.keys.report(request.params.id));
      if (stored) return reply.send(JSON.parse(stored) as AuctionReport);
      if (!(await services.auctions.get(request.params.id))) throw errors.auctionNotFound();
      throw new AppError(ErrorCode.REPORT_NOT_READY, 'The report is not ready yet.');
    },
  );
};
