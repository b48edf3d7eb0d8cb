// The ceilings for our REST bids: a bare Fastify server, started by the
// harness as a child process, answering the same request (POST JSON to the
// bid path, bearer header) with a small JSON reply. Same framework, same
// body parsing, no token lookup, no schema. With BARE_SCRIPT_REDIS_PORT it
// also runs one trivial Lua script per request (EVALSHA of an INCR, through
// ioredis as our replicas do): the least any bid route must do, since a bid
// is one atomic script in Redis. With BARE_BID_USERS (a JSON file of
// {token, id, name}) as well, it runs our real bid script instead, with the
// arguments our store sends, and answers the script's raw reply: everything
// Redis does for a bid and nothing our replica adds (session check,
// validation, the public view, the event relay). The script publishes to a
// channel nobody reads, so no replica pays for the event.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { Redis } from 'ioredis';
import { placeBidArguments } from '../core/redis/auction-store.ts';
import { redisKeys } from '../core/redis/keys.ts';
import { loadScripts } from '../core/redis/scripts.ts';

type TouchingRedis = Redis & { touch(key: string): Promise<number> };
interface BenchUser {
  token: string;
  id: string;
  name: string;
}

const redisPort = process.env.BARE_SCRIPT_REDIS_PORT;
const redis = redisPort
  ? (new Redis({ host: '127.0.0.1', port: Number(redisPort) }) as TouchingRedis)
  : undefined;
redis?.defineCommand('touch', { numberOfKeys: 1, lua: "return redis.call('INCR', KEYS[1])" });
const usersFile = process.env.BARE_BID_USERS;
const users = new Map(
  usersFile
    ? (JSON.parse(readFileSync(usersFile, 'utf8')) as BenchUser[]).map((u) => [u.token, u])
    : [],
);
const scripted = redis && usersFile ? loadScripts(redis) : undefined;
const keys = redisKeys();

const app = Fastify({ logger: false });

app.get('/readyz', async () => ({ status: 'ready' }));

app.post('/api/auctions/:id/bids', async (request, reply) => {
  const { amount } = request.body as { amount: number };
  const { id } = request.params as { id: string };
  if (scripted) {
    const token = request.headers.authorization?.slice('Bearer '.length) ?? '';
    const bidder = users.get(token) as BenchUser;
    const result = await scripted.placeBid(
      ...placeBidArguments(keys, id, bidder, amount, { eventsChannel: 'bench:nowhere' }),
    );
    return reply.status(result[0] === 0 ? 201 : 409).send(result);
  }
  if (redis) await redis.touch(`bench:bare:${id}`);
  return reply.status(201).send({ ok: true, amount });
});

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => void app.close().then(() => (redis?.disconnect(), process.exit(0))));
