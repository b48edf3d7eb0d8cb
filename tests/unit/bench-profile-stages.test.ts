// The profile tool's stage attribution: a sample belongs to the first stage
// found anywhere on its call stack, and idle time is not busy time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stageShares, type ProfileNode } from '../../bench/profile-stages.ts';

const node = (
  id: number,
  functionName: string,
  url: string,
  hitCount = 0,
  children: number[] = [],
) => ({ id, callFrame: { functionName, url, lineNumber: 0 }, hitCount, children }) as ProfileNode;

describe('bench profile stages', () => {
  it('counts each sample for the first stage on its stack, idle left out', () => {
    const ioredis = 'file:///x/node_modules/ioredis/built/Redis.js';
    const shares = stageShares([
      node(1, '(root)', '', 0, [2, 4, 5, 6, 8]),
      node(2, 'sendCommand', ioredis, 0, [3]),
      node(3, 'writeUtf8String', '', 3),
      node(4, '(idle)', '', 50),
      node(5, 'bidOutcome', 'file:///x/core/redis/auction-store.ts', 1),
      node(
        6,
        'handleSubscriberReply',
        'file:///x/node_modules/ioredis/built/DataHandler.js',
        0,
        [7],
      ),
      node(7, 'parse', '', 2),
      node(8, 'somethingElse', 'file:///x/core/y.ts', 4),
    ]);
    assert.deepEqual(shares, [
      ['other', 0.4],
      ['Redis command written (ioredis sendCommand)', 0.3],
      // Under DataHandler too, but the relay stage comes first.
      ['event relay (events read back from Redis)', 0.2],
      ['script reply parsed into the public view', 0.1],
    ]);
  });
});
