// A closed auction a moderator takes down loses its Discord post: the real
// removal script streams the takedown, and the worker deletes the message
// through the webhook stand-in (DELETE …/messages/{id}, as Discord's API
// has it) — or, when the takedown comes before the post, keeps the post from
// being made; a post being sent is waited for; a failed deletion is tried
// again, and one Discord no longer has counts as gone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import { createAppealStore } from '../../core/redis/appeal-store.ts';
import { createModerationStore } from '../../core/redis/moderation-store.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import { closedAuctions, openListing, seller, storeFor } from './closed-auctions.ts';
import {
  deadLetters,
  pendingCount,
  processed,
  runWorkerUntil,
  startWorker,
  uniquePrefix,
  useTestbed,
  waitFor,
  type LogLine,
} from './harness.ts';

const moderator = { id: 'moderator-1', name: 'Mara' };
/** Another moderator decides the appeals. */
const reviewer = { id: 'moderator-2', name: 'Otto' };
const takedowns = (logs: LogLine[]) =>
  logs.filter((line) => line.msg === 'discord takedown handled').map((line) => line.outcome);

describe('discord takedowns', () => {
  const bed = useTestbed();

  /** A sold auction, closed, with a moderator ready to take it down. */
  async function closedSale(prefix: string) {
    const keys = redisKeys(prefix);
    const store = storeFor(bed.client, prefix);
    await bed.client.hset(keys.user(moderator.id), { ...moderator, moderator: '1' });
    const [auction] = await closedAuctions(store, [
      { title: 'Tênis réplica', startingPrice: 10_000, bids: [[0, 10_000]] },
    ]);
    await bed.client.hset(keys.user(reviewer.id), { ...reviewer, moderator: '1' });
    const scripts = loadScripts(bed.client);
    const moderation = createModerationStore(scripts, keys);
    const takeDown = () => moderation.remove(auction!.id, moderator, 'counterfeit');
    /** Its seller appeals the removal and another moderator reverses it. */
    const reverse = async () => {
      const appeals = createAppealStore(scripts, keys);
      const appeal = await appeals.appealRemoval(auction!.id, seller, 'É original.');
      await appeals.decide(appeal.id, reviewer, 'reversed', 'Nota fiscal conferida.');
    };
    return { keys, auction: auction!, takeDown, reverse };
  }

  it('posts it again when its removal is reversed on appeal, once', async () => {
    const prefix = uniquePrefix();
    const { keys, auction, takeDown, reverse } = await closedSale(prefix);
    await runWorkerUntil(bed.redis, bed.vars(prefix), (logs) => processed(logs).length === 1);
    await takeDown();
    // Discord is down at first: the post is tried again.
    bed.discord.script({ status: 503 });
    await reverse();
    const logs = await runWorkerUntil(
      bed.redis,
      bed.vars(prefix),
      (l) => takedowns(l).length === 2,
    );
    assert.deepEqual(takedowns(logs), ['deleted', 'restored']);
    const [first, again] = bed.discord.created;
    assert.ok(again?.id && again.id !== first?.id, 'a new message');
    assert.deepEqual(again.body, first?.body, 'the same post');
    const job = keys.workerJob(auction.id);
    assert.deepEqual(await bed.client.hmget(job, 'discordStatus', 'discordMessageId'), [
      'sent',
      again.id,
    ]);
    // The reversal delivered again posts nothing more.
    const entries = await bed.client.xrange(keys.takedownStream, '-', '+');
    await bed.client.xadd(keys.takedownStream, '*', ...(entries.at(-1)?.[1] ?? []));
    const more = await runWorkerUntil(
      bed.redis,
      bed.vars(prefix),
      (l) => takedowns(l).length === 1,
    );
    assert.deepEqual(takedowns(more), ['nothing']);
    assert.equal(bed.discord.created.length, 2);
  });

  it('leaves a post never made to the job when the reversal comes before it', async () => {
    const prefix = uniquePrefix();
    const { keys, auction, takeDown, reverse } = await closedSale(prefix);
    const [entry] = await bed.client.xrange(keys.finishedStream, '-', '+');
    await bed.client.del(keys.finishedStream);
    await takeDown();
    await reverse();
    const worker = await startWorker(bed.redis, bed.vars(prefix));
    try {
      await waitFor('both entries', () => takedowns(worker.logs).length === 2);
      assert.deepEqual(takedowns(worker.logs), ['withdrawn', 'reopened']);
      await bed.client.xadd(keys.finishedStream, '*', ...(entry?.[1] ?? []));
      await waitFor('the job', () => processed(worker.logs).length === 1);
    } finally {
      await worker.stop();
    }
    assert.equal(processed(worker.logs)[0]?.discord, 'sent');
    assert.equal(bed.discord.created.length, 1);
    assert.equal(await bed.client.hget(keys.workerJob(auction.id), 'discordStatus'), 'sent');
  });

  it('deletes the post of a closed auction taken down, once', async () => {
    const prefix = uniquePrefix();
    const { keys, auction, takeDown } = await closedSale(prefix);
    await runWorkerUntil(bed.redis, bed.vars(prefix), (logs) => processed(logs).length === 1);
    const [post] = bed.discord.created;
    assert.ok(post?.id, 'posted');

    // A deletion Discord answers with a 500 at first is tried again.
    bed.discord.script({ status: 500 });
    await takeDown();
    const logs = await runWorkerUntil(
      bed.redis,
      bed.vars(prefix),
      (l) => takedowns(l).length === 1,
    );
    assert.deepEqual(takedowns(logs), ['deleted']);
    assert.deepEqual(bed.discord.deletions, [post.id, post.id]);
    assert.deepEqual(bed.discord.deleted, [post.id]);
    const job = keys.workerJob(auction.id);
    assert.equal(await bed.client.hget(job, 'discordStatus'), 'deleted');

    // The job delivered again (as after a crash) does not post it anew.
    await bed.client.del(keys.report(auction.id));
    const redelivered = await bed.client.xrange(keys.finishedStream, '-', '+');
    await bed.client.xadd(keys.finishedStream, '*', ...(redelivered[0]?.[1] ?? []));
    const again = await runWorkerUntil(
      bed.redis,
      bed.vars(prefix),
      (l) => processed(l).length === 1,
    );
    assert.equal(processed(again)[0]?.discord, 'already-sent');
    assert.equal(bed.discord.created.length, 1);
  });

  it('keeps the post from being made when the takedown comes first', async () => {
    const prefix = uniquePrefix();
    const { keys, auction, takeDown } = await closedSale(prefix);
    // The finished entry held back until the takedown is handled.
    const [entry] = await bed.client.xrange(keys.finishedStream, '-', '+');
    await bed.client.del(keys.finishedStream);
    await takeDown();
    const worker = await startWorker(bed.redis, bed.vars(prefix));
    try {
      await waitFor('the takedown', () => takedowns(worker.logs).length === 1);
      assert.deepEqual(takedowns(worker.logs), ['withdrawn']);
      await bed.client.xadd(keys.finishedStream, '*', ...(entry?.[1] ?? []));
      await waitFor('the job', () => processed(worker.logs).length === 1);
    } finally {
      await worker.stop();
    }
    assert.equal(processed(worker.logs)[0]?.discord, 'withdrawn');
    assert.deepEqual(bed.discord.received, [], 'nothing posted');
    assert.ok(await bed.client.get(keys.report(auction.id)), 'the report is still written');
  });

  it('waits for a post being sent, and counts one Discord no longer has as gone', async () => {
    const prefix = uniquePrefix();
    const { keys, auction, takeDown } = await closedSale(prefix);
    await runWorkerUntil(bed.redis, bed.vars(prefix), (logs) => processed(logs).length === 1);
    const job = keys.workerJob(auction.id);
    const messageId = await bed.client.hget(job, 'discordMessageId');
    // As if a job were between claiming the post and recording its answer.
    await bed.client.hset(job, 'discordStatus', 'sending');
    await takeDown();
    const worker = await startWorker(bed.redis, bed.vars(prefix));
    try {
      await waitFor('a first try', () =>
        worker.logs.some((line) => line.msg.startsWith('discord takedown failed')),
      );
      assert.deepEqual(bed.discord.deletions, [], 'nothing deleted while the post is in flight');
      // The post's answer recorded; meanwhile someone in the channel deleted it by hand.
      await bed.client.hset(job, 'discordStatus', 'sent');
      bed.discord.script({ status: 404 });
      await waitFor('the takedown', () => takedowns(worker.logs).length === 1, 15_000);
    } finally {
      await worker.stop();
    }
    assert.deepEqual(takedowns(worker.logs), ['deleted']);
    assert.deepEqual(bed.discord.deletions, [messageId]);
    assert.equal(await bed.client.hget(job, 'discordStatus'), 'deleted');
  });

  it('sets aside a deletion Discord refuses, in the dead-letter stream', async () => {
    const prefix = uniquePrefix();
    const { keys, auction, takeDown } = await closedSale(prefix);
    await runWorkerUntil(bed.redis, bed.vars(prefix), (logs) => processed(logs).length === 1);
    bed.discord.script({ status: 401 });
    await takeDown();
    await runWorkerUntil(bed.redis, bed.vars(prefix), (logs) =>
      logs.some((line) => line.msg === 'discord takedown refused, sent to the dead-letter stream'),
    );
    const [dead] = await deadLetters(bed.client, keys.takedownDeadLetterStream);
    assert.deepEqual(
      [dead?.fields.auctionId, dead?.fields.reason],
      [auction.id, 'DISCORD_REJECTED'],
    );
    assert.equal(await bed.client.hget(keys.workerJob(auction.id), 'discordStatus'), 'sent');
    assert.equal(await pendingCount(bed.client, keys.takedownStream), 0, 'not read again');
  });

  it('streams no takedown for an open auction taken down (it never gets a post)', async () => {
    const prefix = uniquePrefix();
    const keys = redisKeys(prefix);
    const store = storeFor(bed.client, prefix);
    await bed.client.hset(keys.user(moderator.id), { ...moderator, moderator: '1' });
    const open = await openListing(store, 'Aberto');
    await createModerationStore(loadScripts(bed.client), keys).remove(open.id, moderator, 'other');
    assert.equal(await bed.client.exists(keys.takedownStream), 0);
  });
});
