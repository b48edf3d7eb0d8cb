// Outbid e-mails, end to end through the real scripts and a real SMTP
// conversation: the bid script streams each overtaken leader; the worker
// writes to them while the news holds (the auction open, someone else
// leading), never twice for one overtaking, never to an account that turned
// them off or is gone, and keeps an overtaking it could not send for later.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AuctionStore } from '../../core/redis/auction-store.ts';
import { addressOf, bidders, seller } from './closed-auctions.ts';
import { runWorkerUntil, type LogLine } from './harness.ts';
import { useNoticeTestbed } from './notice-testbed.ts';

const [bruno, carla, davi] = bidders as [
  (typeof bidders)[0],
  (typeof bidders)[0],
  (typeof bidders)[0],
];
const handled = (logs: LogLine[]) =>
  logs.filter((line) => line.msg === 'outbid notice handled').map((line) => line.outcome);

/** An auction open for a minute, R$ 10,00 to start, R$ 1,00 steps. */
function openAuction(store: AuctionStore, title = 'Câmera antiga') {
  return store.create({
    seller,
    title,
    description: 'Funciona.',
    startingPrice: 1000,
    minIncrement: 100,
    softCloseSeconds: 0,
    durationMs: 60_000,
    endingSoonMs: 0,
  });
}

describe('outbid e-mails', () => {
  const { bed, smtp, vars, world } = useNoticeTestbed();

  it('tells each overtaken leader once, with the price, the minimum, the end and the page', async () => {
    const { prefix, store } = await world();
    const auction = await openAuction(store);
    await store.placeBid(auction.id, bruno, 1000);
    await store.placeBid(auction.id, carla, 1100); // Bruno overtaken
    // Davi's bid is answered by Carla's maximum: Davi just read so; Carla still leads.
    await store.placeBid(auction.id, carla, 1200, { maxAmount: 3000 });
    await store.placeBid(auction.id, davi, 1500);
    await store.placeBid(auction.id, davi, 4000); // Carla overtaken
    const workerLogs = await runWorkerUntil(
      bed.redis,
      vars(prefix),
      (logs) => handled(logs).length === 2,
    );
    assert.deepEqual(handled(workerLogs), ['sent', 'sent']);
    assert.deepEqual(
      smtp.accepted.map((mail) => mail.to[0]),
      [addressOf(bruno), addressOf(carla)],
    );
    const [toBruno, toCarla] = smtp.accepted;
    assert.equal(toBruno!.subject, 'Seu lance em "Câmera antiga" foi superado');
    // What the auction says when the worker writes, not when Bruno was overtaken.
    assert.match(toBruno!.text, /^Olá, Bruno,$/m);
    assert.match(
      toBruno!.text,
      /O lance atual é de R\$\s40,00; para voltar à frente, ofereça pelo menos R\$\s41,00 até /,
    );
    assert.match(
      toBruno!.text,
      new RegExp(`^Página do leilão: https://leiloes.example/auctions/${auction.id}$`, 'm'),
    );
    assert.match(toCarla!.text, /^Olá, Carla,$/m);
  });

  it('says nothing stale: the auction ended, the person leads again, or the account is gone', async () => {
    const { prefix, keys, store } = await world();
    const [retaken, ended, deleted] = await Promise.all(
      ['Retomado', 'Encerrado', 'Excluído'].map((title) => openAuction(store, title)),
    );
    await store.placeBid(retaken!.id, bruno, 1000);
    await store.placeBid(retaken!.id, carla, 1100);
    await store.placeBid(retaken!.id, bruno, 1200); // Bruno leads again; Carla overtaken
    await store.placeBid(ended!.id, bruno, 1000);
    await store.placeBid(ended!.id, carla, 1100);
    await bed.client.hset(keys.auction(ended!.id), 'status', 'closed');
    await store.placeBid(deleted!.id, davi, 1000);
    await store.placeBid(deleted!.id, carla, 1100);
    await bed.client.del(keys.user(davi.id));
    const workerLogs = await runWorkerUntil(
      bed.redis,
      vars(prefix),
      (logs) => handled(logs).length === 4,
    );
    assert.deepEqual(handled(workerLogs), ['leading', 'sent', 'ended', 'no_account']);
    assert.deepEqual(
      smtp.accepted.map((mail) => [mail.to[0], mail.subject]),
      [[addressOf(carla), 'Seu lance em "Retomado" foi superado']],
    );
  });

  it('writes to nobody who turned them off, and never twice for one overtaking', async () => {
    const { prefix, keys, store } = await world();
    const auction = await openAuction(store);
    await bed.client.hset(keys.user(bruno.id), 'outbidEmails', '0');
    await store.placeBid(auction.id, bruno, 1000);
    await store.placeBid(auction.id, carla, 1100); // Bruno: turned off
    await store.placeBid(auction.id, davi, 1200); // Carla
    // The same overtaking delivered again (as after a crash between the e-mail and the ack).
    const [last] = await bed.client.xrevrange(keys.outbidStream, '+', '-', 'COUNT', 1);
    await bed.client.xadd(keys.outbidStream, '*', ...last![1]);
    const workerLogs = await runWorkerUntil(
      bed.redis,
      vars(prefix),
      (logs) => handled(logs).length === 3,
    );
    assert.deepEqual(handled(workerLogs), ['turned_off', 'sent', 'already_told']);
    assert.deepEqual(
      smtp.accepted.map((mail) => mail.to[0]),
      [addressOf(carla)],
    );
    // Carla bids again (overtaking Davi, who answers at once) and is overtaken
    // again: a new overtaking, a new e-mail.
    await store.placeBid(auction.id, carla, 1300);
    await store.placeBid(auction.id, davi, 1400);
    const againLogs = await runWorkerUntil(
      bed.redis,
      vars(prefix),
      (logs) => handled(logs).length === 2,
    );
    assert.deepEqual(handled(againLogs), ['leading', 'sent']);
    assert.equal(smtp.accepted.length, 2);
  });

  it('writes nothing to an address its owner has not verified yet', async () => {
    const { prefix, keys, store } = await world();
    const auction = await openAuction(store);
    await bed.client.hset(keys.user(bruno.id), 'emailVerified', '0');
    await store.placeBid(auction.id, bruno, 1000);
    await store.placeBid(auction.id, carla, 1100);
    const workerLogs = await runWorkerUntil(
      bed.redis,
      vars(prefix),
      (logs) => handled(logs).length === 1,
    );
    assert.deepEqual(handled(workerLogs), ['unverified']);
    assert.equal(smtp.accepted.length, 0);
  });

  it('keeps an overtaking it could not send, and sends it once the relay is back', async () => {
    const { prefix, keys, store } = await world();
    const auction = await openAuction(store);
    await store.placeBid(auction.id, bruno, 1000);
    await store.placeBid(auction.id, carla, 1100);
    // Every attempt of the first delivery refused for now (4xx).
    smtp.script(...Array.from({ length: 4 }, () => ({ at: 'rcpt' as const, code: 451 })));
    const logs = await runWorkerUntil(
      bed.redis,
      vars(prefix, { SMTP_MAX_ATTEMPTS: '4' }),
      (lines) => handled(lines).length === 1,
    );
    assert.deepEqual(handled(logs), ['sent']);
    assert.equal(smtp.accepted.length, 1);
    assert.equal(smtp.accepted[0]!.to[0], addressOf(bruno));
    const pending = (await bed.client.xpending(keys.outbidStream, 'report-workers')) as [number];
    assert.equal(pending[0], 0, 'acknowledged');
  });

  it('without SMTP_URL reads the notices and sends nothing', async () => {
    const { prefix, keys, store } = await world();
    const auction = await openAuction(store);
    await store.placeBid(auction.id, bruno, 1000);
    await store.placeBid(auction.id, carla, 1100);
    await runWorkerUntil(bed.redis, bed.vars(prefix), async () => {
      const [group] = (await bed.client.xinfo('GROUPS', keys.outbidStream)) as unknown[][];
      const field = (name: string) => group?.[group.indexOf(name) + 1];
      return group !== undefined && field('last-delivered-id') !== '0-0' && field('pending') === 0;
    });
    assert.equal(smtp.accepted.length, 0);
  });
});
