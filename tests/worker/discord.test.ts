// The Discord client with real fetch against the webhook stand-in: wait=true,
// 429 waits retry_after, 5xx and connections that never opened back off,
// other 4xx fail at once, and a request that may have posted is never repeated.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { pino } from 'pino';
import { buildDiscordPayload } from '../../worker/discord-message.ts';
import { createDiscordClient } from '../../worker/discord.ts';
import { FailureCode, JobFailure } from '../../worker/failures.ts';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-stand-in.ts';
import { freePort as unusedPort } from '../support/redis-server.ts';

const payload = buildDiscordPayload({
  content: 'Leilão encerrado.',
  title: 'Bicicleta',
  description: 'Relatório.',
  fields: [{ name: 'Preço final', value: 'R$ 1.150,00' }],
  footer: 'sem IA',
  timestamp: '2026-11-29T14:05:00.000Z',
});

describe('discord client', () => {
  let discord: DiscordStandIn;
  const client = (over: { attempts?: number; maxRetryWaitMs?: number; timeoutMs?: number } = {}) =>
    createDiscordClient(
      {
        webhookUrl: discord.webhookUrl,
        timeoutMs: 500,
        attempts: 3,
        retryBaseMs: 10,
        maxRetryWaitMs: 5000,
        ...over,
      },
      pino({ level: 'silent' }),
    );
  const failureOf = (promise: Promise<unknown>) =>
    promise.then(
      () => assert.fail('expected a failure'),
      (e: unknown) => e as JobFailure,
    );

  before(async () => {
    discord = await startDiscordStandIn();
  });
  beforeEach(() => discord.reset());
  after(() => discord.close());

  it('posts with wait=true and returns the message id', async () => {
    const id = await client().send(payload, 'a-1');
    assert.match(id, /^\d{19}$/);
    assert.equal(discord.created.length, 1);
    assert.equal(discord.created[0]!.query.get('wait'), 'true');
    assert.deepEqual(discord.created[0]!.body.allowed_mentions, { parse: [] });
  });

  it('on 429 waits retry_after, then posts once', async () => {
    discord.script({ status: 429, retryAfter: 0.4 });
    const started = performance.now();
    await client().send(payload, 'a-1');
    assert.ok(performance.now() - started >= 400, 'waited at least retry_after');
    assert.equal(discord.received.length, 2);
    assert.equal(discord.created.length, 1);
  });

  it('on 429 without a body, honours the Retry-After header', async () => {
    discord.script({ status: 429, retryAfter: 1, headerOnly: true });
    const started = performance.now();
    await client().send(payload, 'a-1');
    assert.ok(performance.now() - started >= 1000, 'waited at least Retry-After');
    assert.equal(discord.created.length, 1);
  });

  it('gives up when 429 asks for longer than allowed', async () => {
    discord.script({ status: 429, retryAfter: 30 });
    const failure = await failureOf(client({ maxRetryWaitMs: 1000 }).send(payload, 'a-1'));
    assert.equal(failure.code, FailureCode.DISCORD_UNAVAILABLE);
    assert.equal(discord.received.length, 1);
  });

  it("a 400 is not retried and carries Discord's code", async () => {
    discord.script({ status: 400, code: 50006, message: 'Cannot send an empty message' });
    const failure = await failureOf(client().send(payload, 'a-1'));
    assert.ok(failure instanceof JobFailure);
    assert.equal(failure.code, FailureCode.DISCORD_REJECTED);
    assert.equal(failure.detail, 'HTTP 400 code 50006: Cannot send an empty message');
    assert.equal(discord.received.length, 1);
  });

  it('retries 5xx with backoff, then succeeds', async () => {
    discord.script({ status: 502 }, { status: 503 });
    await client().send(payload, 'a-1');
    assert.equal(discord.received.length, 3);
    assert.equal(discord.created.length, 1);
  });

  it('never repeats a request that timed out: Discord may have posted it', async () => {
    // Discord creates the message but answers after our timeout.
    discord.script({ answerAfterMs: 600 });
    const failure = await failureOf(client({ timeoutMs: 200 }).send(payload, 'a-1'));
    assert.equal(failure.code, FailureCode.DISCORD_OUTCOME_UNKNOWN);
    assert.equal(failure.detail, 'timeout');
    await new Promise((resolve) => setTimeout(resolve, 700));
    assert.equal(discord.received.length, 1, 'sent once');
    assert.equal(discord.created.length, 1, 'one message, not two');
  });

  it('never repeats a request left hanging either', async () => {
    discord.script({ hang: true });
    const failure = await failureOf(client({ timeoutMs: 200 }).send(payload, 'a-1'));
    assert.equal(failure.code, FailureCode.DISCORD_OUTCOME_UNKNOWN);
    assert.equal(discord.received.length, 1);
  });

  it('retries a connection that never opened (nothing was sent), then gives up as unavailable', async () => {
    const retries: unknown[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void retries.push(line) });
    const closedPort = new URL(discord.webhookUrl);
    closedPort.port = String(await unusedPort());
    const unreachable = createDiscordClient(
      {
        webhookUrl: closedPort.href,
        timeoutMs: 500,
        attempts: 3,
        retryBaseMs: 10,
        maxRetryWaitMs: 5000,
      },
      logger,
    );
    const failure = await failureOf(unreachable.send(payload, 'a-1'));
    assert.equal(failure.code, FailureCode.DISCORD_UNAVAILABLE);
    assert.equal(failure.detail, 'network error ECONNREFUSED');
    assert.equal(retries.length, 2, 'three attempts: two retries logged');
  });

  it('deletes a message it posted; one left hanging is asked again, since deleting twice deletes once', async () => {
    const id = await client().send(payload, 'a-1');
    discord.script({ hang: true });
    assert.equal(await client({ timeoutMs: 200 }).delete(id, 'a-1'), 'deleted');
    assert.deepEqual(discord.deletions, [id, id]);
    assert.deepEqual(discord.deleted, [id]);
    assert.equal(
      new URL(discord.webhookUrl).pathname + `/messages/${id}`,
      discord.deletionPaths[0],
    );
  });

  it('counts a message Discord no longer has as gone; another 4xx is refused, 5xx spent unavailable', async () => {
    assert.equal(await client().delete('1300000000000000999', 'a-1'), 'gone');
    discord.script({ status: 401 });
    const refused = await failureOf(client().delete('1', 'a-1'));
    assert.deepEqual([refused.code, discord.deletions.length], [FailureCode.DISCORD_REJECTED, 2]);
    discord.script({ status: 503 }, { status: 502 });
    const down = await failureOf(client({ attempts: 2 }).delete('1', 'a-1'));
    assert.equal(down.code, FailureCode.DISCORD_UNAVAILABLE);
  });

  it('fails as unavailable once the attempts are spent', async () => {
    discord.script({ status: 503 }, { status: 500 });
    const failure = await failureOf(client({ attempts: 2 }).send(payload, 'a-1'));
    assert.equal(failure.code, FailureCode.DISCORD_UNAVAILABLE);
    assert.equal(failure.detail, 'HTTP 500 code 0: Stand-in error');
  });
});
