import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiEnv } from '../../app/config.ts';
import { ConfigError, parseEnv } from '../../core/config.ts';

describe('configuration', () => {
  it('applies documented defaults', () => {
    const config = parseEnv(ApiEnv, {});
    assert.equal(config.PORT, 5000);
    assert.equal(config.REDIS_HOST, '127.0.0.1');
    assert.equal(config.REDIS_PORT, 6379);
    assert.equal(config.REDIS_DB, 0);
    assert.equal(config.LOG_LEVEL, 'info');
  });

  it('converts numbers from text', () => {
    assert.equal(parseEnv(ApiEnv, { PORT: '8080', REDIS_DB: '3' }).REDIS_DB, 3);
  });

  it('names the bad variable and its value', () => {
    assert.throws(
      () => parseEnv(ApiEnv, { REDIS_PORT: 'abc' }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /REDIS_PORT="abc"/);
        return true;
      },
    );
    assert.throws(() => parseEnv(ApiEnv, { PORT: '70000' }), /PORT="70000"/);
    assert.throws(() => parseEnv(ApiEnv, { LOG_LEVEL: 'loud' }), /LOG_LEVEL="loud"/);
    assert.throws(() => parseEnv(ApiEnv, { REDIS_URL: 'http://x' }), /REDIS_URL/);
  });

  it('takes a Redis URL over TCP, TLS or a Unix socket', () => {
    for (const url of ['redis://h:6379/2', 'rediss://h:6380', 'unix:///run/redis.sock?db=1'])
      assert.equal(parseEnv(ApiEnv, { REDIS_URL: url }).REDIS_URL, url);
  });
});
