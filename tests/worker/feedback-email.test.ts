// Feedback e-mails, end to end through the real scripts and a real SMTP
// conversation: a rating left after a sale streams an entry the worker turns
// into an e-mail to the rated person; nobody who turned them off, is gone or
// has not verified the address is written to, and a redelivered entry
// writes nothing twice.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createFeedbackStore } from '../../core/redis/feedback-store.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import { addressOf, bidders, SELLER_ADDRESS, seller } from './closed-auctions.ts';
import { runWorkerUntil, type LogLine } from './harness.ts';
import { useNoticeTestbed } from './notice-testbed.ts';

const [bruno] = bidders as [(typeof bidders)[0]];
/** The e-mails about ratings (the sale itself sends the winner's and the seller's too). */
const ratingMails = <T extends { subject: string }>(accepted: T[]) =>
  accepted.filter((mail) => / avaliou você: /.test(mail.subject));
const handled = (logs: LogLine[]) =>
  logs
    .filter((line) => line.msg === 'feedback notice handled')
    .map((line) => [line.kind, line.role, line.outcome]);

describe('feedback e-mails', () => {
  const { bed, smtp, vars, world } = useNoticeTestbed();

  /** A sale: Bruno bought the seller's item with Buy It Now. */
  async function saleWorld() {
    const { prefix, keys, store } = await world();
    const feedback = createFeedbackStore(loadScripts(bed.client), keys, { mailNotices: true });
    const listed = await store.create({
      seller,
      title: 'Vitrola',
      description: 'Funciona.',
      startingPrice: 1000,
      minIncrement: 100,
      softCloseSeconds: 0,
      durationMs: 60_000,
      endingSoonMs: 0,
      buyNowPrice: 5000,
    });
    await store.buyNow(listed.id, bruno);
    return { prefix, keys, feedback, auction: listed };
  }

  it('tells the rated person, with the rating, the comment and the page', async () => {
    const { prefix, feedback, auction } = await saleWorld();
    await feedback.leave(auction.id, bruno, 'positive', 'Chegou bem embalada.');
    await feedback.leave(auction.id, seller, 'neutral', '');
    const logs = await runWorkerUntil(bed.redis, vars(prefix), (l) => handled(l).length === 2);
    assert.deepEqual(handled(logs), [
      ['left', 'buyer', 'sent'],
      ['left', 'seller', 'sent'],
    ]);
    const [toSeller, toBuyer] = ratingMails(smtp.accepted);
    assert.deepEqual(
      [toSeller?.to[0], toSeller?.subject],
      [SELLER_ADDRESS, 'Bruno avaliou você: positiva'],
    );
    assert.match(toSeller!.text, /^Olá, Ana Vendedora,$/m);
    assert.match(
      toSeller!.text,
      /^Bruno, quem comprou "Vitrola", deixou uma avaliação positiva para você:\n\n"Chegou bem embalada\."$/m,
    );
    assert.match(
      toSeller!.text,
      new RegExp(`^Página do leilão: https://leiloes.example/auctions/${auction.id}$`, 'm'),
    );
    assert.deepEqual(
      [toBuyer?.to[0], toBuyer?.subject],
      [addressOf(bruno), 'Ana Vendedora avaliou você: neutra'],
    );
    assert.match(
      toBuyer!.text,
      /^Ana Vendedora, quem vendeu "Vitrola", deixou uma avaliação neutra para você\.$/m,
    );
  });

  it('writes to nobody who turned them off, is gone or unverified, and never twice', async () => {
    const turnedOff = await saleWorld();
    await turnedOff.feedback.leave(turnedOff.auction.id, bruno, 'negative', 'Demorou.');
    await bed.client.hset(turnedOff.keys.user(seller.id), 'feedbackEmails', '0');
    // The entry delivered again (as after a crash between the e-mail and the ack).
    const [entry] = await bed.client.xrange(turnedOff.keys.feedbackStream, '-', '+');
    await bed.client.xadd(turnedOff.keys.feedbackStream, '*', ...entry![1]);
    let logs = await runWorkerUntil(
      bed.redis,
      vars(turnedOff.prefix),
      (l) => handled(l).length === 2,
    );
    assert.deepEqual(handled(logs), [
      ['left', 'buyer', 'turned_off'],
      ['left', 'buyer', 'turned_off'],
    ]);

    const unverified = await saleWorld();
    await unverified.feedback.leave(unverified.auction.id, seller, 'positive', '');
    await bed.client.hset(unverified.keys.user(bruno.id), 'emailVerified', '0');
    const [rated] = await bed.client.xrange(unverified.keys.feedbackStream, '-', '+');
    await bed.client.xadd(unverified.keys.feedbackStream, '*', ...rated![1]);
    logs = await runWorkerUntil(bed.redis, vars(unverified.prefix), (l) => handled(l).length === 2);
    assert.deepEqual(handled(logs), [
      ['left', 'seller', 'unverified'],
      ['left', 'seller', 'unverified'],
    ]);
    // Verified now: the redelivery of a sent one writes nothing more.
    await bed.client.hset(unverified.keys.user(bruno.id), 'emailVerified', '1');
    await bed.client.xadd(unverified.keys.feedbackStream, '*', ...rated![1]);
    await bed.client.xadd(unverified.keys.feedbackStream, '*', ...rated![1]);
    logs = await runWorkerUntil(bed.redis, vars(unverified.prefix), (l) => handled(l).length === 2);
    assert.deepEqual(handled(logs).sort(), [
      ['left', 'seller', 'already_told'],
      ['left', 'seller', 'sent'],
    ]);
    assert.deepEqual(
      ratingMails(smtp.accepted).map((mail) => mail.to[0]),
      [addressOf(bruno)],
      'one e-mail, to the verified address',
    );

    const gone = await saleWorld();
    await gone.feedback.leave(gone.auction.id, bruno, 'positive', '');
    await bed.client.del(gone.keys.user(seller.id));
    logs = await runWorkerUntil(bed.redis, vars(gone.prefix), (l) => handled(l).length === 1);
    assert.deepEqual(handled(logs), [['left', 'buyer', 'no_account']]);
  });

  it('tells the author of a rating its answer, once', async () => {
    const { prefix, keys, feedback, auction } = await saleWorld();
    await feedback.leave(auction.id, bruno, 'negative', 'Demorou.');
    await feedback.reply(auction.id, 'buyer', seller, 'Os Correios atrasaram.');
    // The answer's entry delivered again.
    const entries = await bed.client.xrange(keys.feedbackStream, '-', '+');
    await bed.client.xadd(keys.feedbackStream, '*', ...entries.at(-1)![1]);
    const logs = await runWorkerUntil(bed.redis, vars(prefix), (l) => handled(l).length === 3);
    assert.deepEqual(handled(logs), [
      ['left', 'buyer', 'sent'],
      ['replied', 'buyer', 'sent'],
      ['replied', 'buyer', 'already_told'],
    ]);
    const answered = smtp.accepted.filter((mail) =>
      / respondeu à sua avaliação$/.test(mail.subject),
    );
    assert.deepEqual(
      answered.map((mail) => [mail.to[0], mail.subject]),
      [[addressOf(bruno), 'Ana Vendedora respondeu à sua avaliação']],
    );
    assert.match(answered[0]!.text, /^Ana Vendedora respondeu:\n"Os Correios atrasaram\."$/m);
  });
});
