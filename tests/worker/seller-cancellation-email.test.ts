// Seller-cancellation e-mails, end to end through the real scripts and a real
// SMTP conversation: a seller cancelling a bidder's bids (sellerCancelBids-6)
// streams the bidder, and the worker tells them why, in words, once per
// cancellation; nobody unverified or deleted is written to, nor about an
// auction gone. The bidder who leads again hears it was the seller's doing,
// never whose bids nor why.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deleteAccountArgs } from '../../app/auth/accounts.ts';
import type { RedisKeys } from '../../core/redis/keys.ts';
import { ScriptCode } from '../../core/redis/script-codes.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import { createSellerBidCancellation } from '../../core/redis/seller-bid-cancellation.ts';
import { NotificationSettings, type Auction, type SellerCancelReason } from '../../core/schemas.ts';
import { addressOf, bidders, openListing, seller } from './closed-auctions.ts';
import { deadLetters, runWorkerUntil, startWorker, waitFor, type LogLine } from './harness.ts';
import { useNoticeTestbed } from './notice-testbed.ts';

const [bruno, carla, davi] = bidders as [
  (typeof bidders)[0],
  (typeof bidders)[0],
  (typeof bidders)[0],
];
const told = (logs: LogLine[]) =>
  logs
    .filter((line) => line.msg === 'seller-cancellation notice handled')
    .map((line) => [line.reason, line.outcome]);
const cancellationMails = <T extends { subject: string }>(accepted: T[]) =>
  accepted.filter((mail) =>
    / foram cancelados por quem vende$|^The seller cancelled /.test(mail.subject),
  );

/** What each reason reads as in pt-BR: a sentence of its own, never the code. */
const REASON_SENTENCES: Record<SellerCancelReason, RegExp> = {
  bidder_request: / Segundo quem vende, você pediu para desistir dos seus lances\.$/m,
  listing_error: / Segundo quem vende, o anúncio tinha um erro\.$/m,
  item_unavailable: / Segundo quem vende, o item não está mais disponível para venda\.$/m,
  fraud_concern:
    / Quem vende não conseguiu confirmar a sua identidade ou teve dúvidas sobre os seus lances\.$/m,
};
const REASONS = Object.keys(REASON_SENTENCES) as SellerCancelReason[];
/** One auction per reason, titled so that no title holds a code. */
const TITLES = ['Lote A', 'Lote B', 'Lote C', 'Lote D'];

describe('seller-cancellation e-mails', () => {
  const { bed, smtp, vars, world, deliverFirstAgain } = useNoticeTestbed();

  /** The seller's cancellations as the API makes them where it has SMTP_URL. */
  const cancellationFor = (keys: RedisKeys) =>
    createSellerBidCancellation(loadScripts(bed.client), keys, { mailNotices: true });

  it('tell the bidder once per cancellation: the reason in words, the history, bidding again', async () => {
    const { prefix, keys, store } = await world();
    const cancellation = cancellationFor(keys);
    // Every e-mail choice of Bruno's off: this one is not a choice, it ends his bids.
    for (const choice of Object.keys(NotificationSettings.properties))
      await bed.client.hset(keys.user(bruno.id), choice, '0');
    const auctions: Auction[] = [];
    for (const [i, reason] of REASONS.entries()) {
      const auction = await openListing(store, TITLES[i]!);
      await store.placeBid(auction.id, bruno, 1000, { maxAmount: 2000 });
      await cancellation.cancel(auction.id, seller.id, bruno.id, reason);
      auctions.push(auction);
    }
    // The first entry delivered again, as after a crash between the e-mail and the ack.
    await deliverFirstAgain(keys.sellerCancellationStream);
    // Cancelled, bids again, cancelled again: news of its own.
    const again = await openListing(store, 'De novo');
    await store.placeBid(again.id, carla, 1000);
    await cancellation.cancel(again.id, seller.id, carla.id, 'listing_error');
    await store.placeBid(again.id, carla, 1000);
    await cancellation.cancel(again.id, seller.id, carla.id, 'listing_error');

    const logs = await runWorkerUntil(bed.redis, vars(prefix), (l) => told(l).length === 7);
    assert.deepEqual(told(logs), [
      ...REASONS.map((reason) => [reason, 'sent']),
      ['bidder_request', 'already_told'],
      ['listing_error', 'sent'],
      ['listing_error', 'sent'],
    ]);
    const mails = cancellationMails(smtp.accepted);
    assert.deepEqual(
      mails.map((mail) => [mail.to[0], mail.subject]),
      [
        ...TITLES.map((title) => [
          addressOf(bruno),
          `Seus lances em "${title}" foram cancelados por quem vende`,
        ]),
        [addressOf(carla), 'Seus lances em "De novo" foram cancelados por quem vende'],
        [addressOf(carla), 'Seus lances em "De novo" foram cancelados por quem vende'],
      ],
    );
    REASONS.forEach((reason, i) => {
      const { text } = mails[i]!;
      assert.match(text, /^Olá, Bruno,$/m);
      assert.match(
        text,
        new RegExp(
          `^Ana Vendedora, que anunciou "${TITLES[i]}", cancelou todos os seus lances nesse leilão\\.`,
          'm',
        ),
      );
      assert.match(text, REASON_SENTENCES[reason], reason);
      for (const other of REASONS.filter((r) => r !== reason))
        assert.doesNotMatch(text, REASON_SENTENCES[other], `${reason} reads as ${other}`);
      assert.doesNotMatch(text, new RegExp(REASONS.join('|')), 'never the raw code');
      assert.match(
        text,
        /Os lances continuam no histórico público do leilão, marcados como cancelados por quem vende\./,
      );
      assert.match(
        text,
        /Enquanto o leilão estiver aberto, você pode dar lances de novo, a menos que quem vende tenha bloqueado você\./,
      );
      assert.match(
        text,
        new RegExp(`^Página do leilão: https://leiloes.example/auctions/${auctions[i]!.id}$`, 'm'),
      );
      assert.doesNotMatch(text, /desligue/, 'not a notice one turns off');
    });
  });

  it('write in English with REPORT_LANGUAGE=en, and count each by reason and outcome', async () => {
    const { prefix, keys, store } = await world();
    const auction = await openListing(store, 'Telescope');
    await store.placeBid(auction.id, davi, 1000);
    await cancellationFor(keys).cancel(auction.id, seller.id, davi.id, 'fraud_concern');
    const running = await startWorker(bed.redis, vars(prefix, { REPORT_LANGUAGE: 'en' }));
    try {
      await waitFor('the notice', () => told(running.logs).length === 1);
      const metrics = await running.worker.metrics.registry.metrics();
      assert.match(
        metrics,
        /^arremate_worker_seller_cancellation_emails_total\{reason="fraud_concern",outcome="sent"\} 1$/m,
      );
    } finally {
      await running.stop();
    }
    const [mail] = cancellationMails(smtp.accepted);
    assert.equal(mail!.to[0], addressOf(davi));
    assert.equal(mail!.subject, 'The seller cancelled your bids on "Telescope"');
    assert.match(mail!.text, /^Hello Davi,$/m);
    assert.match(
      mail!.text,
      /^Ana Vendedora, who listed "Telescope", cancelled all your bids on that auction\. The seller could not verify who you are, or had doubts about your bids\.$/m,
    );
    assert.match(
      mail!.text,
      /marked as cancelled by the seller\. While the auction is open you may bid/,
    );
    assert.doesNotMatch(mail!.text, /fraud_concern/);
  });

  it('write to nobody unverified or deleted, nor about an auction gone; an unknown reason is set aside', async () => {
    const { prefix, keys, store } = await world();
    const cancellation = cancellationFor(keys);
    const [unverified, deleted, gone] = await Promise.all(
      ['Sem verificar', 'Conta excluída', 'Sumiu'].map((title) => openListing(store, title)),
    );
    for (const [auction, who] of [
      [unverified!, bruno],
      [deleted!, carla],
      [gone!, davi],
    ] as const) {
      await store.placeBid(auction.id, who, 1000);
      await cancellation.cancel(auction.id, seller.id, who.id, 'item_unavailable');
    }
    await bed.client.hset(keys.user(bruno.id), 'emailVerified', '0');
    // Carla deletes her account as its owner would (deleteAccount-15.lua): she leads nothing now.
    await bed.client.hset(keys.user(carla.id), 'passwordHash', 'stand-in');
    const [code] = await loadScripts(bed.client).deleteAccount(
      ...deleteAccountArgs(keys, {
        userId: carla.id,
        email: addressOf(carla),
        passwordHash: 'stand-in',
        saleHoldMs: 0,
      }),
    );
    assert.equal(code, ScriptCode.OK);
    await bed.client.del(keys.auction(gone!.id)); // as if Redis had lost it
    // An entry with a reason none of the four (forged, or a newer API's): never shown raw.
    await bed.client.xadd(
      keys.sellerCancellationStream,
      '*',
      ...['auctionId', unverified!.id, 'userId', davi.id, 'reason', 'grudge', 'cancelled', '9'],
    );

    const logs = await runWorkerUntil(
      bed.redis,
      vars(prefix),
      (l) => told(l).length === 3 && l.some((line) => /dead-letter/.test(line.msg)),
    );
    assert.deepEqual(told(logs), [
      ['item_unavailable', 'unverified'],
      ['item_unavailable', 'no_account'],
      ['item_unavailable', 'gone'],
    ]);
    assert.deepEqual(cancellationMails(smtp.accepted), []);
    const dead = await deadLetters(bed.client, keys.sellerCancellationDeadLetterStream);
    assert.deepEqual(
      dead.map(({ fields }) => [fields.reason, fields.detail]),
      [['INVALID_ENTRY', 'unknown reason']],
    );
  });

  it('tell the bidder who leads again that the seller cancelled a rival’s bids, without whose or why', async () => {
    const { prefix, keys, store } = await world();
    const auction = await openListing(store, 'Vitrola');
    await store.placeBid(auction.id, carla, 1000, { maxAmount: 1500 });
    await store.placeBid(auction.id, bruno, 2000); // Carla overtaken
    await cancellationFor(keys).cancel(auction.id, seller.id, bruno.id, 'fraud_concern');
    const entries = await bed.client.xrange(keys.leadRestoredStream, '-', '+');
    assert.equal(entries.length, 1);

    const handled = (logs: LogLine[], msg: string) => logs.filter((line) => line.msg === msg);
    const logs = await runWorkerUntil(
      bed.redis,
      vars(prefix),
      (l) =>
        told(l).length === 1 &&
        handled(l, 'lead-restored notice handled').length === 1 &&
        handled(l, 'outbid notice handled').length === 1,
    );
    assert.deepEqual(
      handled(logs, 'lead-restored notice handled').map((line) => line.outcome),
      ['sent'],
    );
    const [toCarla] = smtp.accepted.filter((mail) => mail.to[0] === addressOf(carla));
    assert.equal(toCarla!.subject, 'Você voltou à frente em "Vitrola"');
    assert.match(
      toCarla!.text,
      /^Quem vende "Vitrola" cancelou os lances de outro licitante\. O leilão foi recalculado sem eles: você está na frente, por R\$\s10,00\./m,
    );
    assert.doesNotMatch(
      toCarla!.text,
      /Bruno|moderação|retirou/,
      'neither the rival nor another cause',
    );
    assert.doesNotMatch(toCarla!.text, /Segundo quem vende|identidade|dúvidas/, 'not the reason');
    assert.deepEqual(
      cancellationMails(smtp.accepted).map((mail) => mail.to[0]),
      [addressOf(bruno)],
    );
  });
});
