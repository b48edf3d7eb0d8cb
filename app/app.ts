// Builds one API replica: HTTP routes, Socket.IO, the event relay and the
// close monitor. It starts nothing listening; app/main.ts does that, and
// tests call buildApp() then inject() or listen() on a free port.
import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Redis } from 'ioredis';
import type { Server } from 'socket.io';
import { fieldOf } from '../core/auction-view.ts';
import { publicOrigin } from '../core/config.ts';
import { whenReady, type RedisRole } from '../core/redis/connection.ts';
import { redisKeys } from '../core/redis/keys.ts';
import type { ApiEnv } from './config.ts';
import { startCloseMonitor, type CloseMonitor } from './monitor/close-monitor.ts';
import { startSessionCache } from './auth/session-cache.ts';
import { registerAuthentication } from './plugins/authenticate.ts';
import {
  answerClientError,
  answerFrameworkError,
  registerErrorHandling,
} from './plugins/errors.ts';
import { registerRequestMetrics } from './plugins/request-metrics.ts';
import { registerOpenApi } from './plugins/openapi.ts';
import { allowedOrigins, registerSecurity } from './plugins/security.ts';
import { validatorCompiler } from './plugins/validation.ts';
import { registerWeb } from './plugins/web.ts';
import { startEventRelay } from './realtime/event-relay.ts';
import { createSocketServer } from './realtime/socket-server.ts';
import { activityRoutes } from './routes/activity.ts';
import { auctionAppealRoutes } from './routes/appeals.ts';
import { auctionRoutes } from './routes/auctions.ts';
import { authRoutes } from './routes/auth.ts';
import { bidRoutes } from './routes/bids.ts';
import { watchlistRoutes } from './routes/watchlist.ts';
import { healthRoutes } from './routes/health.ts';
import { metricsRoutes } from './routes/metrics.ts';
import { blockingRoutes } from './routes/blocking.ts';
import { savedSearchRoutes } from './routes/saved-searches.ts';
import { suspendedAccountRoutes } from './routes/suspended-account.ts';
import { contactRoutes } from './routes/contact.ts';
import { crawlerRoutes } from './routes/crawlers.ts';
import { photoRoutes } from './routes/photos.ts';
import { questionRoutes } from './routes/questions.ts';
import { feedbackRoutes } from './routes/feedback.ts';
import { flagRoutes, moderationRoutes } from './routes/moderation.ts';
import { userRoutes } from './routes/users.ts';
import { reportRoutes } from './routes/reports.ts';
import { keepSearchIndex } from './search/keep-index.ts';
import { createServices, type Services } from './services.ts';

declare module 'fastify' {
  interface FastifyInstance {
    io: Server;
    services: Services;
  }
}

export interface AppDeps {
  config: ApiEnv;
  /** Opens a new Redis connection of a role (core/redis createRedisFor); the app closes each. */
  connectRedis: (role: RedisRole) => Redis;
  /** Run this replica's close monitor. Default true. */
  runMonitor?: boolean;
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: deps.logger ?? {
      level: config.LOG_LEVEL,
      redact: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'],
    },
    bodyLimit: config.BODY_LIMIT_BYTES,
    // A request id from the load balancer is kept, else one is made; it is
    // in every log line of the request and returned as X-Request-Id.
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    trustProxy: config.TRUST_PROXY,
    requestTimeout: 30_000,
    return503OnClosing: true,
    // Errors Node's HTTP parser answers before Fastify runs (431, 400) keep
    // the public error shape too.
    clientErrorHandler: answerClientError,
    frameworkErrors: answerFrameworkError,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);

  const commands = deps.connectRedis('commands');
  const [adapterPub, adapterSub, eventSub] = [1, 2, 3].map(() => deps.connectRedis('pubsub')) as [
    Redis,
    Redis,
    Redis,
  ];
  const invalidationSub = deps.connectRedis('invalidations');
  const connections = [commands, adapterPub, adapterSub, eventSub, invalidationSub];
  for (const connection of connections) {
    connection.on('error', (error: Error) =>
      app.log.warn({ err: error.message }, 'redis connection error'),
    );
  }
  await Promise.all([whenReady(commands), whenReady(invalidationSub)]);
  const keys = redisKeys(config.REDIS_KEY_PREFIX);
  const sessions = await startSessionCache(commands, invalidationSub, keys.session(''), {
    onError: (error) => app.log.warn({ err: error }, 'session cache off: no client tracking'),
  });
  const socketCount = () => (app.hasDecorator('io') ? app.io.engine.clientsCount : 0);
  const services = createServices(config, commands, socketCount, sessions);
  app.decorate('services', services);

  registerErrorHandling(app);
  registerRequestMetrics(app, services.metrics);
  registerAuthentication(app, services.accounts);
  await registerSecurity(app, allowedOrigins(config.CORS_ORIGINS));
  await registerOpenApi(app);

  const sockets = await createSocketServer(app, services, {
    adapterPub,
    adapterSub,
    maxPayloadBytes: config.BODY_LIMIT_BYTES,
  });
  app.decorate('io', sockets);

  let monitor: CloseMonitor | undefined;
  const relay = await startEventRelay(
    sockets,
    eventSub,
    services.keys.eventsChannel,
    (event) => {
      services.search.apply(event);
      services.endedSearch.apply(event);
      if (event.type === 'auction:created' || event.type === 'bids:placed') {
        monitor?.notifyEnd(Number(fieldOf(event.state, 'endsAt')));
      }
    },
    (error) => app.log.error({ err: error }, 'could not relay an event'),
  );
  const stopSearchIndexes = await Promise.all(
    [services.search, services.endedSearch].map((index) =>
      keepSearchIndex(index, eventSub, app.log),
    ),
  );

  await app.register(healthRoutes, { services });
  await app.register(metricsRoutes, { services });
  await app.register(authRoutes, { prefix: '/api/auth', services });
  await app.register(auctionRoutes, { prefix: '/api/auctions', services });
  await app.register(bidRoutes, { prefix: '/api/auctions', services });
  await app.register(reportRoutes, { prefix: '/api/auctions', services });
  await app.register(contactRoutes, { prefix: '/api/auctions', services });
  await app.register(photoRoutes, { prefix: '/api/auctions', services });
  await app.register(questionRoutes, { prefix: '/api/auctions', services });
  await app.register(feedbackRoutes, { prefix: '/api/auctions', services });
  await app.register(flagRoutes, { prefix: '/api/auctions', services });
  await app.register(moderationRoutes, { prefix: '/api/moderation', services });
  await app.register(auctionAppealRoutes, { prefix: '/api/auctions', services });
  await app.register(suspendedAccountRoutes, { prefix: '/api/auth', services });
  await app.register(userRoutes, { prefix: '/api/users', services });
  await app.register(watchlistRoutes, { prefix: '/api/me/watchlist', services });
  await app.register(activityRoutes, { prefix: '/api/me', services });
  await app.register(blockingRoutes, { prefix: '/api/me/blocked', services });
  await app.register(savedSearchRoutes, { prefix: '/api/me/searches', services });
  await app.register(crawlerRoutes, { services });
  await registerWeb(
    app,
    {
      auction: (id) => services.auctions.get(id),
      profile: (id) => services.feedback.profile(id),
      origin: publicOrigin(config),
    },
    config.WEB_DIST_DIR,
  );

  app.addHook('onReady', async () => {
    if (deps.runMonitor === false) return;
    monitor = startCloseMonitor({
      store: services.auctions,
      batchSize: config.MONITOR_BATCH_SIZE,
      maxSleepMs: config.MONITOR_MAX_SLEEP_MS,
      log: app.log,
      onClosed: (lagsMs) => lagsMs.forEach((lag) => services.metrics.closeLag.observe(lag / 1000)),
    });
  });
  // Sockets are told to reconnect (to another replica) before the HTTP
  // server waits for in-flight requests to finish.
  app.addHook('preClose', async () => {
    sockets.local.disconnectSockets(true);
    sockets.engine.close();
  });
  app.addHook('onClose', async () => {
    await monitor?.stop();
    for (const stop of stopSearchIndexes) stop();
    await relay.stop();
    await sessions.stop();
    await Promise.all(connections.map((c) => c.quit().catch(() => c.disconnect())));
  });
  return app;
}
