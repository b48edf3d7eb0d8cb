// The operator's moderator command (`app/moderator.ts`), run as a process of
// its own on a test stack's Redis, as an operator would.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { TestRedis } from './redis-server.ts';
import type { Session } from './api-client.ts';

export function moderatorCommand(redis: Pick<TestRedis, 'env'>, ...args: string[]) {
  return spawnSync(process.execPath, ['app/moderator.ts', ...args], {
    env: { ...process.env, ...redis.env },
    encoding: 'utf8',
  });
}

/** Makes each account a moderator. */
export function grantModerators(redis: Pick<TestRedis, 'env'>, ...accounts: Session[]): void {
  for (const account of accounts) {
    const granted = moderatorCommand(redis, 'grant', account.user.email);
    assert.equal(granted.status, 0, granted.stderr);
  }
}
