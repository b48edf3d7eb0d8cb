// The e-mails to the winner and to the seller, through a real SMTP exchange
// with a loopback relay (tests/support/smtp-stand-in.ts): the winner's sent
// once to the address of their account, with the subject and text the report
// holds and the seller's address to reply to; none when nobody won; the
// seller's for every outcome, naming the buyer of a sale; a relay's 4xx
// retried, its 5xx recorded and never retried; a relay that took the data and
// never answered is never sent to again.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import { mailParts } from '../../worker/job.ts';
import type { SmtpStandIn } from '../support/smtp-stand-in.ts';
import {
  bidders,
  closedAuctions,
  SELLER_ADDRESS,
  seller,
  storeAccounts,
  storeFor,
} from './closed-auctions.ts';
import {
  deadLetters,
  pendingCount,
  processed,
  startWorker,
  storedReport,
  uniquePrefix,
  useSmtpStandIn,
  useTestbed,
  waitFor,
} from './harness.ts';

const FROM = 'Leilões Arremate <leiloes@arremate.test>';
/** What reached the relay for anyone but the seller. */
const winnersMail = (smtp: SmtpStandIn) =>
  smtp.accepted.filter((mail) => mail.to[0] !== SELLER_ADDRESS);

describe('the e-mails to the winner and to the seller', () => {
  const bed = useTestbed();
  const smtp = useSmtpStandIn();

  const accounts = (prefix: string) => storeAccounts(bed.client, prefix);

  const vars = (prefix: string, more: Record<string, string> = {}) => ({
    ...bed.vars(prefix),
    SMTP_URL: smtp.url,
    MAIL_FROM: FROM,
    SMTP_RETRY_BASE_MS: '20',
    SMTP_TIMEOUT_MS: '500',
    ...more,
  });

  it('goes once to the winner’s address with the texts’ subject and body; nobody else gets one', async () => {
    const prefix = uniquePrefix();
    await accounts(prefix);
    const [sold, unsold, bought] = await closedAuctions(storeFor(bed.client, prefix), [
      {
        title: 'Guitarra',
        bids: [
          [0, 80_000],
          [1, 85_000],
        ],
      },
      { title: 'Violão' },
      { title: 'Teclado', buyNowPrice: 99_000, buyNowBy: 2 },
    ]);
    const worker = await startWorker(bed.redis, vars(prefix));
    await waitFor('3 auctions', () => processed(worker.logs).length === 3);
    await worker.stop();

    assert.deepEqual(
      winnersMail(smtp)
        .map((mail) => mail.to)
        .sort(),
      [['carla@example.com'], ['davi@example.com']],
    );
    const keys = redisKeys(prefix);
    const report = await storedReport(bed.client, keys.report(sold!.id));
    const toCarla = smtp.accepted.find((mail) => mail.to[0] === 'carla@example.com')!;
    assert.equal(toCarla.from, 'leiloes@arremate.test');
    assert.equal(toCarla.fromHeader, '"Leilões Arremate" <leiloes@arremate.test>');
    assert.equal(toCarla.subject, 'Você arrematou "Guitarra"');
    assert.match(toCarla.text, /^Olá, Carla,/);
    // The report's text, then how to reach the seller and the invitation to rate
    // them (added when sending, never stored).
    const { text } = mailParts(report!.email!, '');
    assert.ok(toCarla.text.startsWith(text.trimEnd()));
    assert.equal(
      toCarla.text.slice(text.trimEnd().length).trim(),
      'Para combinar o pagamento e a entrega com Ana Vendedora, responda a este e-mail ou escreva para ana@example.com.\n' +
        'Depois da entrega, avalie Ana Vendedora na página do leilão, em até 60 dias: as avaliações ajudam quem compra e vende aqui a saber em quem confiar.',
    );
    assert.equal(toCarla.replyTo, SELLER_ADDRESS);
    assert.doesNotMatch(report!.email!, /ana@example\.com/);
    assert.match(smtp.accepted.find((m) => m.to[0] === 'davi@example.com')!.subject, /Teclado/);

    const job = await bed.client.hgetall(keys.workerJob(sold!.id));
    assert.equal(job.emailStatus, 'sent');
    assert.equal(job.emailMessageId, toCarla.messageId);
    assert.equal((await bed.client.hgetall(keys.workerJob(unsold!.id))).emailStatus, undefined);
    assert.equal((await bed.client.hgetall(keys.workerJob(bought!.id))).emailStatus, 'sent');
    const lines = processed(worker.logs);
    assert.deepEqual(lines.map((line) => line.email).sort(), ['none', 'sent', 'sent']);
  });

  it('tells the seller how each auction ended, and who bought it, replying to the buyer', async () => {
    const prefix = uniquePrefix();
    await accounts(prefix);
    const auctions = await closedAuctions(storeFor(bed.client, prefix), [
      {
        title: 'Guitarra',
        bids: [
          [0, 80_000],
          [1, 85_000],
        ],
      },
      { title: 'Violão' },
      { title: 'Teclado', buyNowPrice: 99_000, buyNowBy: 2 },
      { title: 'Piano', reservePrice: 200_000, bids: [[0, 90_000]] },
    ]);
    // With PUBLIC_URL (a trailing slash too) the e-mails link to the auction's page.
    const worker = await startWorker(
      bed.redis,
      vars(prefix, { PUBLIC_URL: 'https://leiloes.example/' }),
    );
    await waitFor('4 auctions', () => processed(worker.logs).length === 4);
    const metrics = await worker.worker.metrics.registry.metrics();
    await worker.stop();
    assert.match(metrics, /^arremate_worker_emails_total\{recipient="seller",outcome="sent"\} 4$/m);
    assert.match(metrics, /^arremate_worker_emails_total\{recipient="winner",outcome="sent"\} 2$/m);

    const toSeller = smtp.accepted.filter((mail) => mail.to[0] === SELLER_ADDRESS);
    assert.equal(toSeller.length, 4, 'one per auction');
    const about = (title: string) => toSeller.find((mail) => mail.subject.includes(title))!;

    const guitar = about('Guitarra');
    assert.equal(guitar.subject, 'Seu leilão "Guitarra" foi arrematado');
    assert.equal(guitar.replyTo, 'carla@example.com');
    assert.match(guitar.text, /^Olá, Ana Vendedora,/);
    assert.match(
      guitar.text,
      /Carla arrematou o item por R\$\s850,00, depois de 2 lances de 2 participantes/,
    );
    assert.match(
      guitar.text,
      /Combine o pagamento e a entrega com Carla: responda a este e-mail ou escreva para carla@example\.com\./,
    );
    assert.match(
      guitar.text,
      /\n3\. Depois da entrega, avalie Carla na página do leilão, em até 60 dias/,
    );
    const page = `https://leiloes.example/auctions/${auctions[0]!.id}`;
    assert.ok(
      guitar.text.includes(`\nPágina do leilão: ${page}\nCódigo do leilão: ${auctions[0]!.id}.`),
    );
    const toCarla = smtp.accepted.find((mail) => mail.to[0] === 'carla@example.com')!;
    assert.ok(toCarla.text.trimEnd().endsWith(`em quem confiar.\nPágina do leilão: ${page}`));
    // The Discord post's title links there too.
    const posted = bed.discord.created.map((post) => post.body.embeds?.[0]?.url);
    assert.ok(posted.includes(page), posted.join(', '));

    const keyboard = about('Teclado');
    assert.equal(keyboard.subject, 'Seu item "Teclado" foi comprado no “Compre já”');
    assert.equal(keyboard.replyTo, 'davi@example.com');
    assert.match(keyboard.text, /Davi comprou o item no “Compre já”, por R\$\s990,00/);

    const guitarless = about('Violão');
    assert.equal(guitarless.subject, 'Seu leilão "Violão" terminou sem venda');
    assert.equal(guitarless.replyTo, '');
    assert.match(guitarless.text, /sem lances; o item não foi vendido/);

    const piano = about('Piano');
    assert.equal(piano.subject, 'Seu leilão "Piano" terminou sem venda');
    assert.equal(piano.replyTo, '', 'no buyer: nobody to reply to');
    assert.match(
      piano.text,
      /1 lance, mas o maior deles \(R\$\s900,00\) não atingiu o seu preço de reserva/,
    );
    assert.doesNotMatch(piano.text, /bruno@example\.com/, 'an unsold auction names no bidder');

    const keys = redisKeys(prefix);
    for (const auction of auctions) {
      const job = await bed.client.hgetall(keys.workerJob(auction.id));
      assert.equal(job.sellerEmailStatus, 'sent');
      assert.equal(job.sellerEmailMessageId, about(auction.title).messageId);
    }
    assert.deepEqual(
      processed(worker.logs).map((line) => line.sellerEmail),
      ['sent', 'sent', 'sent', 'sent'],
    );
  });

  it('writes to nobody whose account was deleted, and that is no failure', async () => {
    // The winner deleted their account before the worker got to the sale: no e-mail to them;
    // the seller's names them, with no address.
    const prefix = uniquePrefix();
    await accounts(prefix);
    const keys = redisKeys(prefix);
    const [sold] = await closedAuctions(storeFor(bed.client, prefix), [
      { title: 'Guitarra', bids: [[1, 80_000]] },
    ]);
    await bed.client.del(keys.user(bidders[1]!.id));
    let worker = await startWorker(bed.redis, vars(prefix));
    await waitFor('the auction', () => processed(worker.logs).length === 1);
    await worker.stop();
    assert.deepEqual(
      smtp.accepted.map((mail) => mail.to[0]),
      [SELLER_ADDRESS],
    );
    const toSeller = smtp.accepted[0]!;
    assert.match(toSeller.text, /Combine o pagamento e a entrega com Carla\.$/m);
    assert.equal(toSeller.replyTo, '', 'no Reply-To');
    let job = await bed.client.hgetall(keys.workerJob(sold!.id));
    assert.deepEqual([job.emailStatus, job.sellerEmailStatus], [undefined, 'sent']);
    assert.equal(processed(worker.logs)[0]!.email, 'none');
    assert.deepEqual(await deadLetters(bed.client, keys.deadLetterStream), []);

    // The seller deleted theirs: the winner's e-mail goes, without the seller's contact.
    smtp.reset();
    const other = uniquePrefix();
    await accounts(other);
    const otherKeys = redisKeys(other);
    const [alsoSold] = await closedAuctions(storeFor(bed.client, other), [
      { title: 'Violão', bids: [[2, 80_000]] },
    ]);
    await bed.client.del(otherKeys.user(seller.id));
    worker = await startWorker(bed.redis, vars(other));
    await waitFor('the auction', () => processed(worker.logs).length === 1);
    await worker.stop();
    assert.deepEqual(
      smtp.accepted.map((mail) => mail.to[0]),
      ['davi@example.com'],
    );
    assert.doesNotMatch(smtp.accepted[0]!.text, /responda a este e-mail/);
    assert.equal(smtp.accepted[0]!.replyTo, '', 'no Reply-To');
    job = await bed.client.hgetall(otherKeys.workerJob(alsoSold!.id));
    assert.deepEqual([job.emailStatus, job.sellerEmailStatus], ['sent', undefined]);
    assert.equal(processed(worker.logs)[0]!.sellerEmail, 'none');
    assert.deepEqual(await deadLetters(bed.client, otherKeys.deadLetterStream), []);
  });

  it('retries a relay’s 4xx, and a redelivery never sends what was sent', async () => {
    const prefix = uniquePrefix();
    await accounts(prefix);
    smtp.script({ at: 'rcpt', code: 451 }, { at: 'data', code: 452 });
    const [auction] = await closedAuctions(storeFor(bed.client, prefix), [
      { title: 'Bateria', bids: [[0, 80_000]] },
    ]);
    const worker = await startWorker(bed.redis, vars(prefix));
    await waitFor('the auction', () => processed(worker.logs).length === 1);
    assert.equal(winnersMail(smtp).length, 1, 'sent on the third attempt');
    assert.equal(
      worker.logs.filter((line) => line.msg === 'e-mail attempt failed, retrying').length,
      2,
    );

    // The same entry again (as after a crash before XACK): nothing is re-sent.
    const keys = redisKeys(prefix);
    const [first] = await bed.client.xrange(keys.finishedStream, '-', '+');
    await bed.client.xadd(keys.finishedStream, '*', ...first![1]);
    await waitFor('the redelivered copy', () => processed(worker.logs).length === 2);
    await worker.stop();
    assert.equal(smtp.accepted.length, 2, 'the winner’s and the seller’s, once each');
    assert.equal(processed(worker.logs)[1]?.email, 'already-sent');
    assert.equal(processed(worker.logs)[1]?.sellerEmail, 'already-sent');
    assert.equal((await bed.client.hgetall(keys.workerJob(auction!.id))).emailStatus, 'sent');
  });

  it('records a 5xx, never retries it, and dead-letters the entry for an operator', async () => {
    const prefix = uniquePrefix();
    await accounts(prefix);
    smtp.script({ at: 'rcpt', code: 550, message: 'mailbox unavailable' });
    const [auction] = await closedAuctions(storeFor(bed.client, prefix), [
      { title: 'Baixo', bids: [[1, 80_000]] },
    ]);
    const worker = await startWorker(bed.redis, vars(prefix));
    await waitFor('the auction', () => processed(worker.logs).length === 1);
    await worker.stop();
    const keys = redisKeys(prefix);
    assert.equal(winnersMail(smtp).length, 0);
    const job = await bed.client.hgetall(keys.workerJob(auction!.id));
    assert.equal(job.emailStatus, 'rejected');
    assert.match(job.emailReason ?? '', /MAIL_REJECTED: to the winner: SMTP 550/);
    assert.equal(job.discordStatus, 'sent', 'the post went out all the same');
    assert.equal(job.sellerEmailStatus, 'sent', 'and so did the seller’s e-mail');
    const [letter] = await deadLetters(bed.client, keys.deadLetterStream);
    assert.equal(letter?.fields.reason, 'MAIL_REJECTED');
    assert.equal(await pendingCount(bed.client, keys.finishedStream), 0);
  });

  it('never sends again when the relay took the data and never answered', async () => {
    const prefix = uniquePrefix();
    await accounts(prefix);
    smtp.script({ at: 'data', hang: true });
    const [auction] = await closedAuctions(storeFor(bed.client, prefix), [
      { title: 'Flauta', bids: [[2, 80_000]] },
    ]);
    const worker = await startWorker(bed.redis, vars(prefix));
    await waitFor('the auction', () => processed(worker.logs).length === 1, 15_000);
    await worker.stop();
    const keys = redisKeys(prefix);
    assert.equal(winnersMail(smtp).length, 0);
    assert.equal(
      worker.logs.filter((line) => line.msg === 'e-mail attempt failed, retrying').length,
      0,
      'not retried: the relay may have delivered it',
    );
    const job = await bed.client.hgetall(keys.workerJob(auction!.id));
    assert.equal(job.emailStatus, 'unknown');
    const [letter] = await deadLetters(bed.client, keys.deadLetterStream);
    assert.equal(letter?.fields.reason, 'MAIL_OUTCOME_UNKNOWN');
  });

  it('keeps the job pending while the relay cannot be reached, and sends once it can', async () => {
    const prefix = uniquePrefix();
    await accounts(prefix);
    const [auction] = await closedAuctions(storeFor(bed.client, prefix), [
      { title: 'Trompete', bids: [[0, 80_000]] },
    ]);
    const closedPort = `smtp://127.0.0.1:1`;
    const down = await startWorker(bed.redis, vars(prefix, { SMTP_URL: closedPort }));
    await waitFor('a failed job', () =>
      down.logs.some((line) => line.msg === 'job failed; the entry will be redelivered'),
    );
    await down.stop();
    const keys = redisKeys(prefix);
    const failed = down.logs.find(
      (line) => line.msg === 'job failed; the entry will be redelivered',
    );
    assert.equal(failed?.reason, 'MAIL_UNAVAILABLE');
    const job = await bed.client.hgetall(keys.workerJob(auction!.id));
    assert.deepEqual([job.emailStatus, job.sellerEmailStatus], [undefined, undefined]);
    assert.equal(await pendingCount(bed.client, keys.finishedStream), 1);

    const up = await startWorker(bed.redis, vars(prefix, { WORKER_CONSUMER_NAME: 'later' }));
    await waitFor('the auction', () => processed(up.logs).length === 1, 15_000);
    await up.stop();
    assert.deepEqual(
      smtp.accepted.map((mail) => mail.to[0]),
      ['bruno@example.com', SELLER_ADDRESS],
    );
    assert.equal(processed(up.logs)[0]?.discord, 'already-sent');
  });
});

describe('the e-mails and the Discord post', () => {
  const bed = useTestbed();
  const smtp = useSmtpStandIn();

  it('are independent: Discord down does not hold the e-mail back, and neither goes twice', async () => {
    const prefix = uniquePrefix();
    const keys = redisKeys(prefix);
    await storeAccounts(bed.client, prefix);
    bed.discord.script(...Array.from({ length: 4 }, () => ({ status: 503 as const })));
    const [auction] = await closedAuctions(storeFor(bed.client, prefix), [
      { title: 'Harpa', bids: [[1, 80_000]] },
    ]);
    const worker = await startWorker(bed.redis, {
      ...bed.vars(prefix),
      SMTP_URL: smtp.url,
      SMTP_RETRY_BASE_MS: '20',
    });
    await waitFor('the e-mails', () => smtp.accepted.length === 2);
    await waitFor('the post, on a redelivery', () => processed(worker.logs).length === 1, 15_000);
    await worker.stop();
    const failed = worker.logs.find(
      (line) => line.msg === 'job failed; the entry will be redelivered',
    );
    assert.equal(failed?.reason, 'DISCORD_UNAVAILABLE');
    assert.deepEqual(
      {
        discord: processed(worker.logs)[0]?.discord,
        email: processed(worker.logs)[0]?.email,
        sellerEmail: processed(worker.logs)[0]?.sellerEmail,
      },
      { discord: 'sent', email: 'already-sent', sellerEmail: 'already-sent' },
    );
    assert.equal(smtp.accepted.length, 2);
    assert.equal(bed.discord.created.length, 1);
    assert.equal((await bed.client.hgetall(keys.workerJob(auction!.id))).emailStatus, 'sent');
  });

  it('name every failure in one dead letter when the post and both e-mails are refused', async () => {
    const prefix = uniquePrefix();
    const keys = redisKeys(prefix);
    await storeAccounts(bed.client, prefix);
    bed.discord.script({ status: 400, code: 50035, message: 'Invalid Form Body' });
    smtp.script({ at: 'rcpt', code: 550 }, { at: 'rcpt', code: 550 });
    await closedAuctions(storeFor(bed.client, prefix), [{ title: 'Órgão', bids: [[2, 80_000]] }]);
    const worker = await startWorker(bed.redis, {
      ...bed.vars(prefix),
      SMTP_URL: smtp.url,
    });
    await waitFor('the auction', () => processed(worker.logs).length === 1);
    await worker.stop();
    const [letter] = await deadLetters(bed.client, keys.deadLetterStream);
    assert.equal(letter?.fields.reason, 'DISCORD_REJECTED');
    assert.match(
      letter?.fields.detail ?? '',
      /; also MAIL_REJECTED: to the winner: SMTP 550; also MAIL_REJECTED: to the seller: SMTP 550$/,
    );
  });
});

describe('mailParts', () => {
  it('takes the subject from the first line when the text starts with one', () => {
    assert.deepEqual(mailParts('Assunto: Você arrematou "X"\n\nOlá, Ana,\nTexto.', 'fallback'), {
      subject: 'Você arrematou "X"',
      text: 'Olá, Ana,\nTexto.',
    });
    assert.deepEqual(mailParts('Subject: You won\nHello', 'fallback'), {
      subject: 'You won',
      text: 'Hello',
    });
    assert.deepEqual(mailParts('Olá, Ana,\nTexto.', 'fallback'), {
      subject: 'fallback',
      text: 'Olá, Ana,\nTexto.',
    });
  });
});
