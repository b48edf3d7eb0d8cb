import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { redisNowMs } from '../../core/redis/clock.ts';
import type { Services } from '../services.ts';

const Health = Type.Object({ status: Type.String() });

/** Liveness (the process answers) and readiness (Redis answers within 1 s). */
export const healthRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  app.get('/healthz', { schema: { tags: ['health'], response: { 200: Health } } }, async () => ({
    status: 'ok',
  }));

  app.get(
    '/readyz',
    { schema: { tags: ['health'], response: { 200: Health, 503: Health } } },
    async (_request, reply) => {
      const ping = services.redis.ping().then(
        () => true,
        () => false,
      );
      const timeout = new Promise<false>((resolve) => setTimeout(resolve, 1000, false).unref());
      const ready = services.redis.status === 'ready' && (await Promise.race([ping, timeout]));
      return reply
        .status(ready ? 200 : 503)
        .send({ status: ready ? 'ready' : 'redis unavailable' });
    },
  );

  app.get(
    '/api/time',
    {
      schema: {
        tags: ['health'],
        response: { 200: Type.Object({ now: Type.String({ format: 'date-time' }) }) },
      },
    },
    // Redis's clock decides when bids are too late, so it is the one clients sync to.
    async () => {
      return { now: new Date(await redisNowMs(services.redis)).toISOString() };
    },
  );
};
