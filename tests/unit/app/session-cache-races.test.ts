// The session cache's ordering rules (app/auth/session-cache.ts), with the two
// Redis connections replaced by scripted stand-ins so that replies and
// invalidations can be made to arrive in exactly the order under test. The
// behaviour against a real Redis is in tests/integration/session-cache.test.ts.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { test } from 'node:test';
import type { Redis } from 'ioredis';
import { startSessionCache } from '../../../app/auth/session-cache.ts';

const CHANNEL = '__redis__:invalidate';
const KEY = 'p:session:abc';

/** A read whose reply the test releases when it wants. */
interface PendingRead {
  key: string;
  answer(value: string | null, ttlMs?: number): void;
}

function standIns() {
  const reads: PendingRead[] = [];
  const commands = Object.assign(new EventEmitter(), {
    status: 'ready',
    call: async () => 'OK',
    pipeline() {
      let key = '';
      const chain = {
        get(k: string) {
          key = k;
          return chain;
        },
        pttl: () => chain,
        exec: () =>
          new Promise((resolve) =>
            reads.push({
              key,
              answer: (value, ttlMs = 60_000) =>
                resolve([
                  [null, value],
                  [null, ttlMs],
                ]),
            }),
          ),
      };
      return chain;
    },
  });
  const invalidations = Object.assign(new EventEmitter(), {
    status: 'ready',
    client: async () => 42,
    subscribe: async () => 1,
    unsubscribe: async () => 0,
  });
  const invalidate = (...keys: string[]) =>
    invalidations.emit(
      'messageBuffer',
      Buffer.from(CHANNEL),
      keys.map((key) => Buffer.from(key)),
    );
  const nextRead = async () => {
    for (let i = 0; i < 100 && reads.length === 0; i++) await new Promise(setImmediate);
    const read = reads.shift();
    assert.ok(read, 'a read was sent');
    return read;
  };
  const start = () =>
    startSessionCache(
      commands as unknown as Redis,
      invalidations as unknown as Redis,
      'p:session:',
    );
  return { commands, invalidations, invalidate, nextRead, start };
}

test('a read answered after an invalidation of its key is returned but not kept', async () => {
  const redis = standIns();
  const cache = await redis.start();
  assert.equal(cache.active, true);
  const loading = cache.load(KEY);
  const read = await redis.nextRead();
  redis.invalidate(KEY); // a logout lands between the GET and its reply reaching us
  read.answer('{"id":"u1"}');
  assert.equal(await loading, '{"id":"u1"}');
  assert.equal(cache.get(KEY), undefined);

  // The next read, with nothing in between, is kept.
  const again = cache.load(KEY);
  (await redis.nextRead()).answer('{"id":"u1"}');
  await again;
  assert.equal(cache.get(KEY), '{"id":"u1"}');
});

test('a read sent before tracking was on is not kept, even if tracking is on by its reply', async () => {
  const redis = standIns();
  redis.commands.status = 'connecting';
  const cache = await redis.start();
  assert.equal(cache.active, false);
  const loading = cache.load(KEY);
  const read = await redis.nextRead();
  redis.commands.status = 'ready';
  redis.commands.emit('ready');
  await new Promise(setImmediate);
  assert.equal(cache.active, true);
  read.answer('{"id":"u1"}');
  await loading;
  assert.equal(cache.get(KEY), undefined);
});

test('a connection closing during a read empties the cache and keeps nothing', async () => {
  const redis = standIns();
  const cache = await redis.start();
  const first = cache.load('p:session:one');
  (await redis.nextRead()).answer('{"id":"one"}');
  await first;
  const loading = cache.load(KEY);
  const read = await redis.nextRead();
  redis.invalidations.emit('close');
  read.answer('{"id":"u1"}');
  await loading;
  assert.equal(cache.active, false);
  assert.equal(cache.size, 0);
});

test('invalidations arriving while tracking is being set up do not keep it off', async () => {
  const redis = standIns();
  let releaseTracking = () => {};
  redis.commands.call = () =>
    new Promise<string>((resolve) => (releaseTracking = () => resolve('OK')));
  const starting = redis.start();
  await new Promise(setImmediate);
  redis.invalidate('p:session:someone-logged-in');
  releaseTracking();
  await new Promise(setImmediate);
  releaseTracking();
  const cache = await starting;
  assert.equal(cache.active, true);
});

test('an entry ends with the session TTL Redis reported', async () => {
  const redis = standIns();
  const cache = await redis.start();
  const loading = cache.load(KEY);
  (await redis.nextRead()).answer('{"id":"u1"}', 30);
  await loading;
  assert.equal(cache.get(KEY), '{"id":"u1"}');
  await new Promise((resolve) => setTimeout(resolve, 40));
  assert.equal(cache.get(KEY), undefined);
});
