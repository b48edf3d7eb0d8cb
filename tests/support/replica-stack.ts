// What most integration test files need, registered at their top level (as
// useBrowserSuite does for the browser tests): a real Redis and a few API
// replicas on it, started before the file's tests and stopped after them,
// with the sockets the tests opened closed first. A file's own preparation
// (signing users up) goes in `setup`, run once the stack is up: node:test
// does not wait for one top-level before() to finish before starting the next.
import { after, before } from 'node:test';
import type { Socket } from 'socket.io-client';
import { startRedis, type TestRedis } from './redis-server.ts';
import { startReplicas, type Replica } from './replicas.ts';

export interface ReplicaStack {
  /** Set once the file's first `before` ran. */
  readonly redis: TestRedis;
  readonly replicas: Replica[];
  /** Replica i's base URL, round-robin over the replicas. */
  url(i?: number): string;
  /** Sockets the tests opened: closed when the file ends. */
  readonly sockets: Socket[];
}

export interface ReplicaStackOptions {
  /** Settings for every replica, over the test defaults. */
  env?: Record<string, string>;
  /** Extra redis-server arguments. */
  redisArgs?: string[];
  /** The file's own preparation, once Redis and the replicas are up. */
  setup?: () => Promise<void>;
}

export function useReplicaStack(
  count: number,
  { env = {}, redisArgs = [], setup }: ReplicaStackOptions = {},
): ReplicaStack {
  let redis: TestRedis | undefined;
  let replicas: Replica[] = [];
  const sockets: Socket[] = [];

  before(async () => {
    redis = await startRedis(redisArgs);
    replicas = await startReplicas(redis, count, env);
    await setup?.();
  });

  after(async () => {
    for (const socket of sockets) socket.close();
    await Promise.all(replicas.map((replica) => replica.close()));
    await redis?.stop();
  });

  return {
    get redis() {
      if (!redis) throw new Error('the stack starts in before(): use it inside a test or hook');
      return redis;
    },
    get replicas() {
      return replicas;
    },
    url: (i = 0) => (replicas[i % replicas.length] as Replica).url,
    sockets,
  };
}
