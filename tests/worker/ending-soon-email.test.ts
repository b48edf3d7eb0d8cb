// Ending-soon e-mails, end to end through the real scripts and a real SMTP
// conversation: the close monitor's script streams a watched auction the
// window before its end; the worker writes to each watcher once, saying
// where the auction stands for them, never to its seller, to an account that
// turned them off or is gone, nor about an auction that is no longer open,
// and keeps a watcher it could not write to for later.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
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
  logs
    .filter((line) => line.msg === 'ending-soon notice handled')
    .map((line) => [line.userId ?? null, line.outcome]);

const WINDOW_MS = 60_000;
/** The e-mail is due 300 ms after listing; the auction ends a minute later. */
const DUE_MS = 300;

/** An auction whose watchers are due their e-mail in 300 ms, R$ 10,00 to start, R$ 1,00 steps. */
function dueAuction(store: AuctionStore, title = 'Câmera antiga') {
  return store.create({
    seller,
    title,
    description: 'Funciona.',
    startingPrice: 1000,
    minIncrement: 100,
    softCloseSeconds: 0,
    durationMs: WINDOW_MS + DUE_MS,
    endingSoonMs: 0,
    endingSoonEmailMs: WINDOW_MS,
  });
}

describe('ending-soon e-mails', () => {
  const { bed, smtp, vars, world, deliverFirstAgain } = useNoticeTestbed();

  /** What the API's close monitor does once the e-mails are due. */
  async function whenDue(store: AuctionStore) {
    await sleep(DUE_MS + 100);
    await store.closeDue(100);
  }

  it('tells each watcher once where the auction stands for them, with the end and the page', async () => {
    const { prefix, store } = await world();
    const camera = await dueAuction(store);
    const radio = await dueAuction(store, 'Rádio');
    // Carla only bids: she is told too.
    for (const who of [bruno, davi, seller]) await store.watch(who.id, camera.id);
    await store.watch(davi.id, radio.id);
    await store.placeBid(camera.id, carla, 1000);
    await store.placeBid(camera.id, bruno, 1100);
    await whenDue(store);
    const workerLogs = await runWorkerUntil(
      bed.redis,
      vars(prefix),
      (logs) => handled(logs).length === 5,
    );
    assert.deepEqual(
      handled(workerLogs).sort(),
      [
        [bruno.id, 'sent'],
        [carla.id, 'sent'],
        [davi.id, 'sent'],
        [davi.id, 'sent'],
        [seller.id, 'seller'],
      ].sort(),
    );
    const to = (who: typeof bruno, title: string) => {
      const mail = smtp.accepted.find(
        (each) => each.to[0] === addressOf(who) && each.subject === `"${title}" termina em breve`,
      );
      assert.ok(mail, `${who.name}: ${title}`);
      return mail.text;
    };
    const endingSoon = smtp.accepted.filter((mail) => mail.subject.endsWith('termina em breve'));
    assert.equal(endingSoon.length, 4, 'besides, Carla was told she was outbid');
    assert.match(to(bruno, 'Câmera antiga'), /^Olá, Bruno,$/m);
    assert.match(
      to(bruno, 'Câmera antiga'),
      /O leilão "Câmera antiga", que você acompanha, termina em .+\. Você está na frente, com R\$\s11,00\.$/m,
    );
    assert.match(
      to(carla, 'Câmera antiga'),
      /^O leilão "Câmera antiga", em que você deu lance, termina em .+\. O lance atual é de R\$\s11,00; para ficar na frente, ofereça pelo menos R\$\s12,00\.$/m,
    );
    assert.match(to(davi, 'Rádio'), /Ainda não há lances: o primeiro pode ser de R\$\s10,00\.$/m);
    assert.match(
      to(davi, 'Rádio'),
      new RegExp(`^Página do leilão: https://leiloes.example/auctions/${radio.id}$`, 'm'),
    );
  });

  it('writes to nobody who turned them off, is gone or has not verified the address, never twice, nor about an auction that is over', async () => {
    const { prefix, keys, store } = await world();
    const [open, over] = await Promise.all(
      ['Aberto', 'Encerrado'].map((title) => dueAuction(store, title)),
    );
    // Eva signed up and never followed the link sent to her address.
    const eva = { id: 'bidder-4', name: 'Eva' };
    await bed.client.hset(keys.user(eva.id), {
      ...eva,
      email: 'eva@example.com',
      emailVerified: '0',
    });
    for (const who of [bruno, carla, davi, eva]) await store.watch(who.id, open!.id);
    await store.watch(bruno.id, over!.id);
    await bed.client.hset(keys.user(bruno.id), 'endingSoonEmails', '0');
    await bed.client.hset(keys.user(carla.id), 'outbidEmails', '0'); // the other kind: still told
    await bed.client.del(keys.user(davi.id));
    await bed.client.hset(keys.auction(over!.id), 'status', 'closed'); // not even streamed
    await whenDue(store);
    // The same auction delivered again (as after a crash between the e-mails and the ack).
    await deliverFirstAgain(keys.endingSoonStream);
    const workerLogs = await runWorkerUntil(
      bed.redis,
      vars(prefix),
      (logs) => handled(logs).length === 8,
    );
    assert.deepEqual(handled(workerLogs), [
      [bruno.id, 'turned_off'],
      [carla.id, 'sent'],
      [davi.id, 'no_account'],
      [eva.id, 'unverified'],
      [bruno.id, 'turned_off'],
      [carla.id, 'already_told'],
      [davi.id, 'no_account'],
      [eva.id, 'unverified'],
    ]);
    assert.deepEqual(
      smtp.accepted.map((mail) => [mail.to[0], mail.subject]),
      [[addressOf(carla), '"Aberto" termina em breve']],
    );
  });

  it('says nothing about an auction that ended before the worker read it', async () => {
    const { prefix, keys, store } = await world();
    const auction = await dueAuction(store);
    await store.watch(bruno.id, auction.id);
    await whenDue(store);
    await bed.client.hset(keys.auction(auction.id), 'status', 'closed');
    const workerLogs = await runWorkerUntil(
      bed.redis,
      vars(prefix),
      (logs) => handled(logs).length === 1,
    );
    assert.deepEqual(handled(workerLogs), [[null, 'ended']]);
    assert.equal(smtp.accepted.length, 0);
  });

  it('keeps a watcher it could not write to, and writes once the relay takes it', async () => {
    const { prefix, keys, store } = await world();
    const auction = await dueAuction(store);
    for (const who of [bruno, carla]) await store.watch(who.id, auction.id);
    await whenDue(store);
    // Bruno's e-mail goes through; every attempt at Carla's is refused for now (4xx).
    smtp.script(
      { at: 'data', accept: true },
      ...Array.from({ length: 4 }, () => ({ at: 'rcpt' as const, code: 451 })),
    );
    const logs = await runWorkerUntil(
      bed.redis,
      vars(prefix, { SMTP_MAX_ATTEMPTS: '4' }),
      (lines) => handled(lines).length === 2,
    );
    // Logged once acknowledged: the second reading, which told only Carla.
    assert.deepEqual(handled(logs), [
      [bruno.id, 'already_told'],
      [carla.id, 'sent'],
    ]);
    assert.deepEqual(
      smtp.accepted.map((mail) => mail.to[0]),
      [addressOf(bruno), addressOf(carla)],
    );
    const pending = (await bed.client.xpending(keys.endingSoonStream, 'report-workers')) as [
      number,
    ];
    assert.equal(pending[0], 0, 'acknowledged');
  });
});
