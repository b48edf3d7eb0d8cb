// The ceilings for our REST bids: a bare Fastify server, started by the
// harness as a child process, answering the same request (POST JSON to the
// bid path, bearer header) with a small JSON reply. Same framework, same
// body parsing, no token lookup, no schema. With BARE_SCRIPT_REDIS_PORT it also runs one
// trivial Lua script per request (EVALSHA of an INCR, through ioredis as our
// replicas do): the least any bid route must do, since a bid is one atomic
// script in Redis.
import Fastify from 'fastify';
import { Redis } from 'ioredis';

type TouchingRedis = Redis & { touch(key: string): Promise<number> };

const redisPort = process.env.BARE_SCRIPT_REDIS_PORT;
const redis = redisPort
  ? (new Redis({ host: '127.0.0.1', port: Number(redisPort) }) as TouchingRedis)
  : undefined;
redis?.defineCommand('touch', { numberOfKeys: 1, lua: "return redis.call('INCR', KEYS[1])" });

const app = Fastify({ logger: false });

app.get('/readyz', async () => ({ status: 'ready' }));

app.post('/api/auctions/:id/bids', async (request, reply) => {
  const { amount } = request.body as { amount: number };
  if (redis) await redis.touch(`bench:bare:${(request.params as { id: string }).id}`);
  return reply.status(201).send({ ok: true, amount });
});

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => void app.close().then(() => (redis?.disconnect(), process.exit(0))));
