// Question e-mails, end to end through the real scripts and a real SMTP
// conversation: a question asked streams an entry the worker turns into an
// e-mail to the seller, an answer one to the asker; nobody who turned them
// off, is gone or has not verified the address is written to, a redelivered
// entry writes nothing twice, and a relay that is down keeps the entry.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createQuestionStore } from '../../core/redis/question-store.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import type { Auction } from '../../core/schemas.ts';
import { addressOf, bidders, SELLER_ADDRESS, seller } from './closed-auctions.ts';
import { runWorkerUntil, type LogLine } from './harness.ts';
import { useNoticeTestbed } from './notice-testbed.ts';

const [bruno, carla] = bidders as [(typeof bidders)[0], (typeof bidders)[0]];
const handled = (logs: LogLine[]) =>
  logs
    .filter((line) => line.msg === 'question notice handled')
    .map((line) => [line.kind, line.number, line.outcome]);

describe('question e-mails', () => {
  const { bed, smtp, vars, world, deliverFirstAgain } = useNoticeTestbed();

  async function questionsWorld() {
    const { prefix, keys, store } = await world();
    const questions = createQuestionStore(loadScripts(bed.client), keys, { mailNotices: true });
    const auction: Auction = await store.create({
      seller,
      title: 'Bicicleta',
      description: 'Aro 29.',
      startingPrice: 1000,
      minIncrement: 100,
      softCloseSeconds: 0,
      durationMs: 60_000,
      endingSoonMs: 0,
    });
    return { prefix, keys, questions, auction };
  }

  it('tells the seller of a question and the asker of its answer, with the texts and the page', async () => {
    const { prefix, questions, auction } = await questionsWorld();
    await questions.ask(auction.id, bruno, 'Tem nota fiscal?');
    await questions.answer(auction.id, seller, 1, 'Tem, e garantia.');
    const logs = await runWorkerUntil(bed.redis, vars(prefix), (l) => handled(l).length === 2);
    assert.deepEqual(handled(logs), [
      ['asked', '1', 'sent'],
      ['answered', '1', 'sent'],
    ]);
    const [toSeller, toAsker] = smtp.accepted;
    assert.deepEqual(
      [toSeller?.to[0], toSeller?.subject],
      [SELLER_ADDRESS, 'Nova pergunta sobre "Bicicleta"'],
    );
    assert.match(toSeller!.text, /^Olá, Ana Vendedora,$/m);
    assert.match(
      toSeller!.text,
      /^Bruno perguntou sobre o seu leilão "Bicicleta":\n\n"Tem nota fiscal\?"$/m,
    );
    assert.match(
      toSeller!.text,
      new RegExp(`^Página do leilão: https://leiloes.example/auctions/${auction.id}$`, 'm'),
    );
    assert.deepEqual(
      [toAsker?.to[0], toAsker?.subject],
      [addressOf(bruno), 'Sua pergunta sobre "Bicicleta" foi respondida'],
    );
    assert.match(
      toAsker!.text,
      /"Tem nota fiscal\?"\n\nQuem vende respondeu:\n"Tem, e garantia\."/,
    );
  });

  it('writes to nobody who turned them off, is gone or unverified, and never twice', async () => {
    const { prefix, keys, questions, auction } = await questionsWorld();
    await questions.ask(auction.id, bruno, 'Primeira?');
    await questions.ask(auction.id, carla, 'Segunda?');
    await questions.answer(auction.id, seller, 1, 'Sim.');
    await questions.answer(auction.id, seller, 2, 'Não.');
    // The seller turned these off; Bruno has not verified his address; Carla's account is gone.
    await bed.client.hset(keys.user(seller.id), 'questionEmails', '0');
    await bed.client.hset(keys.user(bruno.id), 'emailVerified', '0');
    await bed.client.del(keys.user(carla.id));
    // The first entry delivered again (as after a crash between the e-mail and the ack).
    const [first] = await bed.client.xrange(keys.questionStream, '-', '+');
    await bed.client.xadd(keys.questionStream, '*', ...first![1]);
    const logs = await runWorkerUntil(bed.redis, vars(prefix), (l) => handled(l).length === 5);
    assert.deepEqual(handled(logs), [
      ['asked', '1', 'turned_off'],
      ['asked', '2', 'turned_off'],
      ['answered', '1', 'unverified'],
      ['answered', '2', 'no_account'],
      ['asked', '1', 'turned_off'],
    ]);
    assert.equal(smtp.accepted.length, 0);
  });

  it('sends a redelivered entry once, and keeps one the relay refused for later', async () => {
    const { prefix, keys, questions, auction } = await questionsWorld();
    await questions.ask(auction.id, bruno, 'Entrega?');
    await deliverFirstAgain(keys.questionStream);
    // The first attempt is refused for now (4xx), every later one goes through.
    smtp.script({ at: 'rcpt', code: 451 });
    const logs = await runWorkerUntil(
      bed.redis,
      vars(prefix, { SMTP_MAX_ATTEMPTS: '1' }),
      (l) => handled(l).length === 2,
    );
    assert.deepEqual(handled(logs).sort(), [
      ['asked', '1', 'already_told'],
      ['asked', '1', 'sent'],
    ]);
    assert.deepEqual(
      smtp.accepted.map((mail) => mail.to[0]),
      [SELLER_ADDRESS],
      'one e-mail for two entries',
    );
    const pending = (await bed.client.xpending(keys.questionStream, 'report-workers')) as [number];
    assert.equal(pending[0], 0, 'acknowledged');
  });
});
