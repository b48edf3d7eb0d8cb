// Boots one worker: configuration, logger, Redis, then the consumer loop.
// SIGTERM/SIGINT stop reading, let the current job finish (or abandon it to
// another worker after WORKER_SHUTDOWN_GRACE_MS) and exit.
import { pino } from 'pino';
import { loadEnvOrExit } from '../core/config.ts';
import { createRedis, whenReady } from '../core/redis/connection.ts';
import { WorkerEnv } from './config.ts';
import { startMetricsServer } from './metrics.ts';
import { createFormatters } from './texts/format.ts';
import { createWorker } from './worker.ts';

const env = loadEnvOrExit(WorkerEnv);
try {
  createFormatters(env.REPORT_LANGUAGE, env.REPORT_TIME_ZONE);
} catch {
  process.stderr.write(
    `Invalid configuration:\n  REPORT_TIME_ZONE=${JSON.stringify(env.REPORT_TIME_ZONE)}: unknown time zone\n`,
  );
  process.exit(78); // EX_CONFIG
}

const log = pino({ level: env.LOG_LEVEL, base: { service: 'worker' } });
const redis = createRedis(env, { connectionName: 'worker' });
// A blocked XREADGROUP must not be cut short by a per-request retry limit.
const blocking = createRedis(env, {
  connectionName: 'worker-blocking',
  maxRetriesPerRequest: null,
});
for (const client of [redis, blocking]) {
  client.on('error', (error) => log.warn({ cause: error.message }, 'redis connection error'));
}
await Promise.all([whenReady(redis), whenReady(blocking)]);

const worker = createWorker(env, log, { redis, blocking });
const metricsServer =
  env.WORKER_METRICS_PORT === 0
    ? null
    : await startMetricsServer(worker.metrics.registry, env.WORKER_METRICS_PORT, log);
const running = worker.start().catch((error: Error) => {
  log.fatal({ cause: error.message }, 'worker loop crashed');
  process.exitCode = 1;
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  await worker.stop();
  await running;
  await metricsServer?.close();
  await redis.quit().catch(() => redis.disconnect());
  process.exit();
}
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
