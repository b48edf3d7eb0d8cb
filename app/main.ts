// Boots one API replica from environment variables and shuts it down
// gracefully on SIGTERM/SIGINT (stop accepting, finish in-flight work,
// move sockets elsewhere, exit within 10 s).
import { loadEnvOrExit } from '../core/config.ts';
import { createRedisFor } from '../core/redis/connection.ts';
import { buildApp } from './app.ts';
import { ApiEnv } from './config.ts';

const SHUTDOWN_DEADLINE_MS = 10_000;

const config = loadEnvOrExit(ApiEnv);
const app = await buildApp({
  config,
  connectRedis: (role) => createRedisFor(config, role),
});

// A stray rejection (e.g. from a library during a Redis outage) is logged,
// not allowed to take the replica down with every socket on it.
process.on('unhandledRejection', (reason) => app.log.error({ err: reason }, 'unhandled rejection'));

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    setTimeout(() => {
      app.log.error('shutdown deadline passed; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

try {
  await app.listen({ port: config.PORT, host: config.HOST });
} catch (error) {
  app.log.fatal({ err: error }, 'could not start');
  process.exit(1);
}
