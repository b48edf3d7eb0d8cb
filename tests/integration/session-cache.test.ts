// The in-memory session cache against a real Redis: entries are served from
// memory, and any change Redis makes to a session key — DEL, expiry, FLUSHDB,
// a restart — reaches every cache (two "replicas" here) through client
// tracking, so a revoked token is never honoured for longer than a moment.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { startSessionCache, type SessionCache } from '../../app/auth/session-cache.ts';
import { createRedisFor } from '../../core/redis/connection.ts';
import { eventually } from '../support/api-client.ts';
import { startRedis, type TestRedis } from '../support/redis-server.ts';

const PREFIX = 'cache-test:session:';
const settings = (redis: TestRedis) => ({
  REDIS_URL: undefined,
  REDIS_HOST: '127.0.0.1',
  REDIS_PORT: redis.port,
  REDIS_DB: 0,
});

describe('session cache (client tracking)', () => {
  let redis: TestRedis;
  let admin: Redis;
  const connections: Redis[] = [];
  let caches: SessionCache[];

  before(async () => {
    redis = await startRedis();
    admin = redis.client();
    caches = await Promise.all(
      [0, 1].map(async () => {
        const commands = createRedisFor(settings(redis), 'commands');
        const invalidations = createRedisFor(settings(redis), 'invalidations');
        for (const connection of [commands, invalidations]) {
          connection.on('error', () => {});
          connections.push(connection);
        }
        await Promise.all(
          [commands, invalidations].map((c) => eventually(() => c.status === 'ready')),
        );
        return startSessionCache(commands, invalidations, PREFIX);
      }),
    );
  });

  after(async () => {
    await Promise.all(caches.map((cache) => cache.stop()));
    connections.forEach((connection) => connection.disconnect());
    await redis.stop();
  });

  const stored = async (name: string, ttl: string[] = ['EX', '60']) => {
    const key = `${PREFIX}${name}`;
    await admin.set(key, JSON.stringify({ id: name }), ...(ttl as ['EX', string]));
    return key;
  };
  // The write that stored the key is announced too, and Redis may answer the
  // writer before the announcement reaches a cache: a load it overlaps is
  // rightly not cached, so a cache may need a second load. (Seen in about one
  // run in five with ioredis 6.)
  const loadedEverywhere = async (key: string) => {
    for (const cache of caches)
      await eventually(async () => {
        assert.equal(await cache.load(key), JSON.stringify({ id: key.slice(PREFIX.length) }));
        return cache.get(key) !== undefined;
      }, 2000);
    for (const cache of caches) assert.ok(cache.get(key), 'served from memory after a load');
  };

  it('is on once tracking is set up, and serves a loaded key from memory', async () => {
    assert.deepEqual(
      caches.map((cache) => cache.active),
      [true, true],
    );
    const key = await stored('a');
    await loadedEverywhere(key);
    assert.equal(await caches[0]!.load(`${PREFIX}unknown`), null);
    assert.equal(caches[0]!.get(`${PREFIX}unknown`), undefined, 'a missing key is not cached');
  });

  it('forgets a key on every replica when anyone deletes it', async () => {
    const key = await stored('b');
    await loadedEverywhere(key);
    await admin.del(key);
    await eventually(() => caches.every((cache) => cache.get(key) === undefined), 2000);
  });

  it('forgets a key that is overwritten, and one that expires', async () => {
    const changed = await stored('c');
    const expiring = await stored('d', ['PX', '300']);
    await loadedEverywhere(changed);
    await loadedEverywhere(expiring);
    await admin.set(changed, 'other', 'EX', 60);
    await eventually(() => caches.every((cache) => cache.get(changed) === undefined), 2000);
    // Gone by the entry's own deadline (the session TTL), whenever Redis reports it.
    await new Promise((resolve) => setTimeout(resolve, 320));
    assert.deepEqual(
      caches.map((cache) => cache.get(expiring)),
      [undefined, undefined],
    );
  });

  it('empties on FLUSHDB', async () => {
    const key = await stored('e');
    await loadedEverywhere(key);
    await admin.flushdb();
    await eventually(() => caches.every((cache) => cache.size === 0), 2000);
  });

  it('turns off and empties while Redis is down, and on again after it is back', async () => {
    const key = await stored('f');
    await loadedEverywhere(key);
    await redis.crash();
    await eventually(() => caches.every((cache) => !cache.active && cache.size === 0), 5000);
    assert.equal(caches[0]!.get(key), undefined, 'nothing served while tracking is off');
    await redis.restart();
    await eventually(() => caches.every((cache) => cache.active), 10_000);
    // The restarted Redis kept no data (no persistence): the token is gone.
    assert.equal(await caches[1]!.load(key), null);
    const again = await stored('g');
    await loadedEverywhere(again);
    await admin.del(again);
    await eventually(() => caches.every((cache) => cache.get(again) === undefined), 2000);
  });
});

describe('session cache without client tracking', () => {
  it('stays off where Redis refuses CLIENT, and every read goes to Redis', async () => {
    // Some managed Redis services disable CLIENT; tracking cannot be set up there.
    const redis = await startRedis(['--rename-command', 'CLIENT', '']);
    const commands = createRedisFor(settings(redis), 'commands');
    const invalidations = createRedisFor(settings(redis), 'invalidations');
    for (const connection of [commands, invalidations]) connection.on('error', () => {});
    try {
      await eventually(() => commands.status === 'ready' && invalidations.status === 'ready');
      const errors: unknown[] = [];
      const cache = await startSessionCache(commands, invalidations, PREFIX, {
        onError: (error) => errors.push(error),
      });
      assert.equal(cache.active, false);
      assert.equal(errors.length, 1, 'the reason is reported once');
      const key = `${PREFIX}no-tracking`;
      await redis.client().set(key, 'value', 'EX', 60);
      assert.equal(await cache.load(key), 'value');
      assert.equal(cache.get(key), undefined, 'nothing is kept');
      await cache.stop();
    } finally {
      commands.disconnect();
      invalidations.disconnect();
      await redis.stop();
    }
  });
});
