// Security headers, CORS, request ids and the Prometheus metrics.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAuction, eventually, placeBid, register } from '../support/api-client.ts';
import { startRedis, type TestRedis } from '../support/redis-server.ts';
import { startReplica, type Replica } from '../support/replicas.ts';

let redis: TestRedis;
let api: Replica;

before(async () => {
  redis = await startRedis();
  api = await startReplica(redis, { CORS_ORIGINS: 'https://partner.example' });
});
after(async () => {
  await api.close();
  await redis.stop();
});

describe('HTTP hardening', () => {
  it('sends security headers with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${api.url}/healthz`);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'(;|$)/, 'no inline or remote scripts');
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('x-powered-by'), null);
  });

  it('answers the API with the headers an API response needs, errors included', async () => {
    for (const response of [
      await fetch(`${api.url}/api/auctions`),
      await fetch(`${api.url}/api/auctions/x/bids`, { method: 'POST' }), // 401
    ]) {
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.equal(
        response.headers.get('content-security-policy'),
        "default-src 'none'; frame-ancestors 'none'",
      );
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('x-frame-options'), 'DENY');
      // Only documents need the rest of helmet's set.
      assert.equal(response.headers.get('x-dns-prefetch-control'), null);
      assert.equal(response.headers.get('x-powered-by'), null);
    }
  });

  it('allows only configured origins, never *', async () => {
    const allowed = await fetch(`${api.url}/api/auctions`, {
      headers: { origin: 'https://partner.example' },
    });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://partner.example');
    const other = await fetch(`${api.url}/api/auctions`, {
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  it('lets a configured origin use every method the API has (preflight)', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const preflight = await fetch(`${api.url}/api/auctions/some-id`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://partner.example',
          'access-control-request-method': method,
          'access-control-request-headers': 'authorization, content-type',
        },
      });
      assert.equal(preflight.status, 204);
      assert.match(preflight.headers.get('access-control-allow-methods') ?? '', new RegExp(method));
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /authorization/i);
    }
  });

  it('keeps or makes a request id and returns it', async () => {
    const given = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'trace-123' } });
    assert.equal(given.headers.get('x-request-id'), 'trace-123');
    const made = await fetch(`${api.url}/healthz`);
    assert.match(made.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  });

  it('never shows a stack trace or internal message', async () => {
    const response = await fetch(`${api.url}/api/auctions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer x' },
      body: '{"a":',
    });
    const text = await response.text();
    assert.doesNotMatch(text, /at .*\.(ts|js):\d+|node_modules/);
  });
});

describe('metrics', () => {
  it('exposes latency by route, bids by outcome, sockets, close lag and the worker backlog', async () => {
    const [seller, bidder] = [await register(api.url, 'Seller'), await register(api.url, 'Bidder')];
    const auction = await createAuction(api.url, seller.token, { durationSeconds: 1 });
    await placeBid(api.url, bidder.token, auction.id, 1000);
    await placeBid(api.url, bidder.token, auction.id, 1000);
    const text = await eventually(
      async () => {
        const body = await (await fetch(`${api.url}/metrics`)).text();
        return /arremate_close_lag_seconds_count 1/.test(body) ? body : '';
      },
      5000,
      100,
    );
    assert.match(
      text,
      /http_request_duration_seconds_bucket\{.*route="\/api\/auctions\/:id\/bids".*status_code="201"/,
    );
    assert.match(text, /arremate_bids_total\{outcome="ACCEPTED"\} 1/);
    assert.match(text, /arremate_bids_total\{outcome="BID_TOO_LOW"\} 1/);
    assert.match(text, /arremate_sockets_connected 0/);
    assert.match(text, /arremate_finished_stream_backlog 1/, 'one finished auction, no worker yet');
    assert.match(text, /arremate_dead_letters 0/);
    assert.match(text, /process_resident_memory_bytes/);
  });
});
