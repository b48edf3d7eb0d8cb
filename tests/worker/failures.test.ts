// The failure policy, end to end with a real Redis and the stand-ins:
// Discord 400, Discord slower than the timeout, Discord down across deliveries, Gemini down for good, an
// unreadable entry, a cancelled auction, and the crash window left by a dead worker.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import { closedAuctions, seller, startAuction, storeFor } from './closed-auctions.ts';
import {
  deadLetters,
  GEMINI_KEY,
  MODEL,
  pendingCount,
  processed,
  runWorkerUntil,
  storedReport,
  uniquePrefix,
  useTestbed,
} from './harness.ts';

describe('failure policy', () => {
  const bed = useTestbed();

  async function oneClosedAuction() {
    const prefix = uniquePrefix();
    const [auction] = await closedAuctions(storeFor(bed.client, prefix), [{ bids: [[0, 80_000]] }]);
    return { prefix, keys: redisKeys(prefix), auctionId: auction!.id };
  }
  const processedOnce = (logs: Parameters<typeof processed>[0]) => processed(logs).length === 1;
  const deadLettered = (stream: string) => async () =>
    (await deadLetters(bed.client, stream)).length === 1;

  it('Discord 400: not retried, the report stays, the entry is acknowledged and dead-lettered with the reason', async () => {
    const { discord, client } = bed;
    discord.script({ status: 400, code: 50035, message: 'Invalid Form Body' });
    const { prefix, keys, auctionId } = await oneClosedAuction();
    await runWorkerUntil(bed.redis, bed.vars(prefix), processedOnce);

    assert.equal(discord.received.length, 1);
    assert.equal(discord.created.length, 0);
    assert.ok(await storedReport(client, keys.report(auctionId)));
    const job = await client.hgetall(keys.workerJob(auctionId));
    assert.equal(job.discordStatus, 'rejected');
    const [letter] = await deadLetters(client, keys.deadLetterStream);
    assert.equal(letter?.fields.reason, 'DISCORD_REJECTED');
    assert.equal(letter?.fields.detail, 'HTTP 400 code 50035: Invalid Form Body');
    assert.equal(letter?.fields.auctionId, auctionId);
    assert.equal(await pendingCount(client, keys.finishedStream), 0);
  });

  it('Discord slower than the timeout: the post is not sent again, the job says unknown and is dead-lettered', async () => {
    const { discord, client } = bed;
    // Discord creates the message but answers after DISCORD_TIMEOUT_MS.
    discord.script({ answerAfterMs: 1_500 });
    const { prefix, keys, auctionId } = await oneClosedAuction();
    await runWorkerUntil(
      bed.redis,
      { ...bed.vars(prefix), DISCORD_TIMEOUT_MS: '300', WORKER_CLAIM_IDLE_MS: '300' },
      deadLettered(keys.deadLetterStream),
    );

    assert.equal(discord.received.length, 1, 'one request only');
    assert.equal(discord.created.length, 1, 'one message in the channel');
    const job = await client.hgetall(keys.workerJob(auctionId));
    assert.equal(job.discordStatus, 'unknown');
    const [letter] = await deadLetters(client, keys.deadLetterStream);
    assert.equal(letter?.fields.reason, 'DISCORD_OUTCOME_UNKNOWN');
    assert.equal(letter?.fields.detail, 'timeout');
    assert.ok(await storedReport(client, keys.report(auctionId)), 'the report stays');
    assert.equal(await pendingCount(client, keys.finishedStream), 0);
  });

  it('Discord down: redelivered until WORKER_MAX_DELIVERIES, then dead-lettered; the texts are written once', async () => {
    const { discord, gemini, client } = bed;
    discord.script(...Array.from({ length: 10 }, () => ({ status: 503 as const })));
    const { prefix, keys, auctionId } = await oneClosedAuction();
    const logs = await runWorkerUntil(
      bed.redis,
      {
        ...bed.vars(prefix, true),
        DISCORD_MAX_ATTEMPTS: '1',
        WORKER_MAX_DELIVERIES: '2',
        WORKER_CLAIM_IDLE_MS: '300',
      },
      deadLettered(keys.deadLetterStream),
    );

    const [letter] = await deadLetters(client, keys.deadLetterStream);
    assert.equal(letter?.fields.reason, 'DISCORD_UNAVAILABLE');
    assert.equal(letter?.fields.deliveries, '3');
    assert.equal(discord.received.length, 2, 'one post attempt per allowed delivery');
    assert.equal(await pendingCount(client, keys.finishedStream), 0);
    const failures = logs.filter(
      (line) => line.msg === 'job failed; the entry will be redelivered',
    );
    assert.equal(failures.length, 2);
    assert.equal(gemini.requests.length, 1, 'the second delivery reused the stored texts');
    assert.equal((await storedReport(client, keys.report(auctionId)))?.generatedBy, MODEL);
  });

  it('Gemini failing for good: the templates write the texts, the fallback is recorded, no error text leaks', async () => {
    const { gemini, client } = bed;
    gemini.script({ status: 503 }, { status: 429 });
    const { prefix, keys, auctionId } = await oneClosedAuction();
    await runWorkerUntil(
      bed.redis,
      { ...bed.vars(prefix, true), GEMINI_MAX_ATTEMPTS: '2' },
      processedOnce,
    );

    assert.equal(gemini.requests.length, 2);
    const report = await storedReport(client, keys.report(auctionId));
    assert.equal(report?.generatedBy, 'mock');
    assert.match(report!.report, /sem uso de IA/);
    // Only the written texts, without the auction's random id: a UUID such as
    // …-342904900f58 holds "429", and a duration may read "503 milissegundos".
    // What a leaked Gemini error would bring is its status and message.
    const texts = [report!.report, report!.email, report!.post]
      .join('\n')
      .replaceAll(auctionId, '<id>');
    assert.doesNotMatch(
      texts,
      /RESOURCE_EXHAUSTED|UNAVAILABLE|Stand-in|failure|status|\berror\b|\berro\b/i,
    );
    assert.ok(!texts.includes(GEMINI_KEY));
    const job = await client.hgetall(keys.workerJob(auctionId));
    assert.equal(job.textsFallback, 'GEMINI_UNAVAILABLE');
    assert.equal(await pendingCount(client, keys.finishedStream), 0);
  });

  it('an unreadable entry goes to the dead-letter stream at once', async () => {
    const { client } = bed;
    const prefix = uniquePrefix();
    const keys = redisKeys(prefix);
    await client.xadd(
      keys.finishedStream,
      '*',
      'auctionId',
      'x',
      'finished',
      '{"not":"an auction"}',
    );
    await runWorkerUntil(bed.redis, bed.vars(prefix), deadLettered(keys.deadLetterStream));
    const [letter] = await deadLetters(client, keys.deadLetterStream);
    assert.equal(letter?.fields.reason, 'INVALID_ENTRY');
    assert.equal(await pendingCount(client, keys.finishedStream), 0);
  });

  it('a cancelled auction gets no report: its entry, were one written, is dead-lettered at once', async () => {
    const { client, discord } = bed;
    const prefix = uniquePrefix();
    const keys = redisKeys(prefix);
    const store = storeFor(client, prefix);
    const { auction } = await startAuction(store, { title: 'Cancelado' });
    await store.cancel(auction.id, seller);
    const cancelled = await store.get(auction.id);
    assert.equal(cancelled?.outcome, 'CANCELLED');
    // The scripts never stream a cancelled auction; this is what a bug there would write.
    const finished = { auction: cancelled, winner: null, finalPrice: null, bidCount: 0 };
    await client.xadd(
      keys.finishedStream,
      '*',
      'auctionId',
      auction.id,
      'seq',
      '9',
      'finished',
      JSON.stringify(finished),
    );
    await runWorkerUntil(bed.redis, bed.vars(prefix), deadLettered(keys.deadLetterStream));
    const [letter] = await deadLetters(client, keys.deadLetterStream);
    assert.equal(letter?.fields.reason, 'INVALID_ENTRY');
    assert.equal(letter?.fields.detail, 'the auction is cancelled, not closed');
    assert.equal(await storedReport(client, keys.report(auction.id)), null);
    assert.equal(discord.received.length, 0);
    assert.equal(await pendingCount(client, keys.finishedStream), 0);
  });

  it('a post left "sending" by a dead worker is not sent again, and is flagged', async () => {
    const { discord, client } = bed;
    const { prefix, keys, auctionId } = await oneClosedAuction();
    // What a worker killed right after Discord accepted its post leaves behind.
    await client.hset(keys.workerJob(auctionId), 'discordStatus', 'sending');
    await runWorkerUntil(bed.redis, bed.vars(prefix), processedOnce);

    assert.equal(discord.received.length, 0);
    assert.equal((await client.hgetall(keys.workerJob(auctionId))).discordStatus, 'unknown');
    const [letter] = await deadLetters(client, keys.deadLetterStream);
    assert.equal(letter?.fields.reason, 'DISCORD_OUTCOME_UNKNOWN');
    assert.ok(await storedReport(client, keys.report(auctionId)));
  });
});
