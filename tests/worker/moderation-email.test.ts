// Moderation e-mails, end to end through the real scripts and a real SMTP
// conversation: a moderator taking an auction down streams an entry the
// worker turns into an e-mail to its seller and one to each bidder, and
// suspending an account one to the account, saying why; nobody gone or
// unverified is written to, and a redelivered entry writes nothing twice.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RedisKeys } from '../../core/redis/keys.ts';
import { createModerationStore } from '../../core/redis/moderation-store.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import {
  addressOf,
  bidders,
  closedAuctions,
  openListing,
  SELLER_ADDRESS,
  seller,
} from './closed-auctions.ts';
import { runWorkerUntil, type LogLine } from './harness.ts';
import { useNoticeTestbed } from './notice-testbed.ts';

const [bruno, carla, davi] = bidders as [
  (typeof bidders)[0],
  (typeof bidders)[0],
  (typeof bidders)[0],
];
const moderator = { id: 'moderator-1', name: 'Mara' };
const removalMails = <T extends { subject: string }>(accepted: T[]) =>
  accepted.filter((mail) => / foi removido pela moderação$/.test(mail.subject));
const handled = (logs: LogLine[]) =>
  logs
    .filter((line) => line.msg === 'removal notice handled')
    .map((line) => [line.role, line.outcome]);

describe('removal e-mails', () => {
  const { bed, smtp, vars, world, deliverFirstAgain } = useNoticeTestbed();

  /** An auction Bruno and Carla bid on (Carla twice, through her maximum), then removed. */
  async function removedWorld(before?: (keys: RedisKeys) => Promise<void>) {
    const { prefix, keys, store } = await world();
    await bed.client.hset(keys.user(moderator.id), { ...moderator, moderator: '1' });
    const moderation = createModerationStore(loadScripts(bed.client), keys, { mailNotices: true });
    const listed = await openListing(store, 'Lanterna', { description: 'Antiga.' });
    await store.placeBid(listed.id, carla, 1000, { maxAmount: 3000 });
    await store.placeBid(listed.id, bruno, 1500);
    await before?.(keys);
    await moderation.remove(listed.id, moderator, 'counterfeit');
    return { prefix, keys, auction: listed };
  }

  it('tells the seller and each bidder once, with the reason and the page', async () => {
    const { prefix, keys, auction } = await removedWorld();
    // The entry delivered again (as after a crash between the e-mails and the ack).
    await deliverFirstAgain(keys.removalStream);
    const logs = await runWorkerUntil(bed.redis, vars(prefix), (l) => handled(l).length === 6);
    assert.deepEqual(handled(logs), [
      ['seller', 'sent'],
      ['bidder', 'sent'],
      ['bidder', 'sent'],
      ['seller', 'already_told'],
      ['bidder', 'already_told'],
      ['bidder', 'already_told'],
    ]);
    const mails = removalMails(smtp.accepted);
    assert.deepEqual(
      mails.map((mail) => mail.to[0]).sort(),
      [SELLER_ADDRESS, addressOf(bruno), addressOf(carla)].sort(),
      'one each',
    );
    const toSeller = mails.find((mail) => mail.to[0] === SELLER_ADDRESS)!;
    assert.equal(toSeller.subject, '"Lanterna" foi removido pela moderação');
    assert.match(
      toSeller.text,
      /^A moderação do Arremate removeu o seu anúncio "Lanterna"\. Motivo: falsificação\.$/m,
    );
    assert.match(toSeller.text, /os lances recebidos não valem mais/);
    const toBruno = mails.find((mail) => mail.to[0] === addressOf(bruno))!;
    assert.match(toBruno.text, /^Olá, Bruno,$/m);
    assert.match(toBruno.text, /removeu o leilão "Lanterna", em que você deu lance\./);
    assert.match(toBruno.text, /os seus lances não valem mais e não há nada a pagar/);
    assert.match(
      toBruno.text,
      new RegExp(`^Página do leilão: https://leiloes.example/auctions/${auction.id}$`, 'm'),
    );
    assert.doesNotMatch(toBruno.text, /desligue/, 'not a notice one turns off');
  });

  it('tells the seller and the buyer of an ended auction, not the bidders it did not sell to', async () => {
    const { prefix, keys, store } = await world();
    await bed.client.hset(keys.user(moderator.id), { ...moderator, moderator: '1' });
    const moderation = createModerationStore(loadScripts(bed.client), keys, { mailNotices: true });
    const [sold] = await closedAuctions(store, [
      {
        title: 'Relógio',
        bids: [
          [1, 80_000],
          [0, 80_100],
        ],
      },
    ]);
    await moderation.remove(sold!.id, moderator, 'counterfeit');
    const logs = await runWorkerUntil(bed.redis, vars(prefix), (l) => handled(l).length === 2);
    assert.deepEqual(handled(logs), [
      ['seller', 'sent'],
      ['buyer', 'sent'],
    ]);
    const mails = smtp.accepted.filter(
      (mail) => mail.subject === '"Relógio" foi removido pela moderação',
    );
    assert.deepEqual(
      mails.map((mail) => mail.to[0]),
      [SELLER_ADDRESS, addressOf(bruno)],
      'Carla, outbid, is not written to',
    );
    assert.match(mails[0]!.text, /O leilão já tinha terminado: o resultado não muda/);
    assert.match(
      mails[1]!.text,
      /removeu o anúncio "Relógio", que você arrematou\. Motivo: falsificação\./,
    );
    assert.match(mails[1]!.text, /antes de pagar ou de receber o item/);
  });

  it('tells the seller of an auction they had cancelled that nothing changes in it', async () => {
    const { prefix, keys, store } = await world();
    await bed.client.hset(keys.user(moderator.id), { ...moderator, moderator: '1' });
    const moderation = createModerationStore(loadScripts(bed.client), keys, { mailNotices: true });
    const listed = await openListing(store, 'Cancelado');
    await store.cancel(listed.id, seller);
    await moderation.remove(listed.id, moderator, 'prohibited');
    const logs = await runWorkerUntil(bed.redis, vars(prefix), (l) => handled(l).length === 1);
    assert.deepEqual(handled(logs), [['seller', 'sent']]);
    const [mail] = smtp.accepted.filter(
      (m) => m.subject === '"Cancelado" foi removido pela moderação',
    );
    assert.match(mail!.text, /^Você já tinha cancelado este leilão: nada muda nele/m);
  });

  it('writes to nobody gone or unverified, and nothing for an auction not removed', async () => {
    const sentBefore = removalMails(smtp.accepted).length;
    const { prefix, keys } = await removedWorld(async (keys) => {
      await bed.client.hset(keys.user(bruno.id), 'emailVerified', '0');
      await bed.client.hset(keys.user(carla.id), 'removalEmails', '0');
    });
    await bed.client.del(keys.user(seller.id));
    let logs = await runWorkerUntil(bed.redis, vars(prefix), (l) => handled(l).length === 3);
    assert.deepEqual(handled(logs), [
      ['seller', 'no_account'],
      ['bidder', 'unverified'],
      ['bidder', 'sent'],
    ]);

    // An entry whose auction was not removed (forged, or another prefix's) tells nobody.
    const other = await world();
    const open = await other.store.create({
      seller,
      title: 'Aberto',
      description: '',
      startingPrice: 1000,
      minIncrement: 100,
      softCloseSeconds: 0,
      durationMs: 60_000,
      endingSoonMs: 0,
    });
    await bed.client.xadd(other.keys.removalStream, '*', 'auctionId', open.id);
    logs = await runWorkerUntil(bed.redis, vars(other.prefix), (l) => handled(l).length === 1);
    assert.deepEqual(handled(logs), [[null, 'gone']]);
    assert.deepEqual(
      removalMails(smtp.accepted)
        .slice(sentBefore)
        .map((mail) => mail.to[0]),
      [addressOf(carla)],
      'only Carla, whose other e-mails are off: this one is not a choice',
    );
  });
});

describe('suspension e-mails', () => {
  const { bed, smtp, vars, world, deliverFirstAgain } = useNoticeTestbed();
  const told = (logs: LogLine[]) =>
    logs.filter((line) => line.msg === 'suspension notice handled').map((line) => line.outcome);
  const suspensionMails = <T extends { subject: string }>(accepted: T[]) =>
    accepted.filter((mail) => mail.subject === 'Sua conta no Arremate foi suspensa');

  it('tell the account why, once per suspension, what became of its bids, and nothing once it is reinstated', async () => {
    const { prefix, keys } = await world();
    await bed.client.hset(keys.user(moderator.id), { ...moderator, moderator: '1' });
    const moderation = createModerationStore(loadScripts(bed.client), keys, { mailNotices: true });
    await moderation.suspend(bruno.id, moderator, 'fraud');
    await moderation.suspend(bruno.id, moderator, 'other'); // already suspended: nothing new
    assert.equal(await bed.client.xlen(keys.suspensionStream), 1);
    await deliverFirstAgain(keys.suspensionStream);
    // Carla is suspended and reinstated before the worker reads it.
    await moderation.suspend(carla.id, moderator, 'offensive');
    await moderation.reinstate(carla.id, moderator);
    // Davi's bids on open auctions are cancelled with his suspension.
    await moderation.suspend(davi.id, moderator, 'fraud', true);
    const logs = await runWorkerUntil(bed.redis, vars(prefix), (l) => told(l).length === 4);
    assert.deepEqual(told(logs), ['sent', 'already_told', 'gone', 'sent']);
    const mails = suspensionMails(smtp.accepted);
    assert.deepEqual(
      mails.map((mail) => mail.to[0]),
      [addressOf(bruno), addressOf(davi)],
    );
    assert.match(mails[0]!.text, / Os lances já dados continuam valendo\.$/m);
    assert.match(
      mails[1]!.text,
      / Os seus lances em leilões abertos foram cancelados; os de leilões já encerrados continuam valendo\.$/m,
    );
    assert.match(
      mails[0]!.text,
      /^A moderação do Arremate suspendeu a sua conta\. Motivo: fraude ou golpe\.$/m,
    );
    assert.match(mails[0]!.text, /não poderá entrar até que a conta seja reativada/);
  });
});

describe('decisions on reports', () => {
  const { bed, smtp, vars, world, deliverFirstAgain } = useNoticeTestbed();
  const told = (logs: LogLine[]) =>
    logs
      .filter((line) => line.msg === 'review notice handled')
      .map((line) => [line.decision, line.outcome]);
  const reviewMails = <T extends { subject: string }>(accepted: T[]) =>
    accepted.filter((mail) => mail.subject.startsWith('Sua denúncia sobre'));

  async function reportedWorld() {
    const { prefix, keys, store } = await world();
    await bed.client.hset(keys.user(moderator.id), { ...moderator, moderator: '1' });
    const moderation = createModerationStore(loadScripts(bed.client), keys, { mailNotices: true });
    const list = (title: string) =>
      store.create({
        seller,
        title,
        description: '',
        startingPrice: 1000,
        minIncrement: 100,
        softCloseSeconds: 0,
        durationMs: 60_000,
        endingSoonMs: 0,
      });
    return { prefix, keys, moderation, list };
  }

  it('tell each author of the reports a review decided, once, whether removed or kept', async () => {
    const { prefix, keys, moderation, list } = await reportedWorld();
    const fake = await list('Relógio "original"');
    await moderation.flag(fake.id, bruno, 'counterfeit', '');
    await moderation.flag(fake.id, carla, 'fraud', 'Foto de catálogo.');
    await moderation.remove(fake.id, moderator, 'counterfeit');
    const fine = await list('Vaso de barro');
    await moderation.flag(fine.id, bruno, 'offensive', '');
    await moderation.dismiss(fine.id, moderator);
    await moderation.dismiss(fine.id, moderator); // a second moderator at once: one decision
    // Davi reports after the review: a later round, not decided yet.
    await moderation.flag(fine.id, davi, 'misleading', '');
    // Removed without reports waiting (as with a suspended seller's listings): nobody to tell.
    await moderation.remove((await list('Sem denúncias')).id, moderator, 'other');
    assert.equal(await bed.client.xlen(keys.reviewStream), 2, 'one entry per decision on reports');
    await deliverFirstAgain(keys.reviewStream);

    const logs = await runWorkerUntil(bed.redis, vars(prefix), (l) => told(l).length === 5);
    assert.deepEqual(told(logs), [
      ['removed', 'sent'],
      ['removed', 'sent'],
      ['kept', 'sent'],
      ['removed', 'already_told'],
      ['removed', 'already_told'],
    ]);
    const mails = reviewMails(smtp.accepted);
    assert.deepEqual(
      mails.map((mail) => [mail.to[0], mail.subject]),
      [
        [addressOf(bruno), 'Sua denúncia sobre "Relógio "original""'],
        [addressOf(carla), 'Sua denúncia sobre "Relógio "original""'],
        [addressOf(bruno), 'Sua denúncia sobre "Vaso de barro"'],
      ],
    );
    assert.match(
      mails[0]!.text,
      /analisou a sua denúncia sobre "Relógio "original"" e removeu o anúncio\. Motivo: falsificação\.$/m,
    );
    assert.match(mails[2]!.text, /e manteve o anúncio: não encontrou nele violação/);
    assert.match(
      mails[2]!.text,
      /^Se discordar, você pode recorrer desta decisão em até seis meses/m,
    );
    assert.doesNotMatch(mails[0]!.text, /recorrer/, 'a removal is not the reporter’s to appeal');
    assert.match(mails[2]!.text, /^Página do leilão: https:\/\/leiloes.example\/auctions\//m);
  });

  it('write to nobody gone or unverified, nor about reports gone, and nothing without a relay', async () => {
    const { prefix, keys, moderation, list } = await reportedWorld();
    const auction = await list('Lanterna');
    await moderation.flag(auction.id, bruno, 'fraud', '');
    await moderation.flag(auction.id, carla, 'fraud', '');
    await moderation.flag(auction.id, davi, 'fraud', '');
    await bed.client.hset(keys.user(carla.id), 'emailVerified', '0');
    await bed.client.hdel(keys.user(davi.id), 'email');
    await moderation.dismiss(auction.id, moderator);
    // Reports Redis lost (or an entry forged) before the worker read it: nobody to tell.
    const lost = await list('Perdida');
    await moderation.flag(lost.id, bruno, 'fraud', '');
    await moderation.dismiss(lost.id, moderator);
    await bed.client.del(keys.auctionFlags(lost.id));
    const logs = await runWorkerUntil(bed.redis, vars(prefix), (l) => told(l).length === 4);
    assert.deepEqual(told(logs), [
      ['kept', 'sent'],
      ['kept', 'unverified'],
      ['kept', 'no_account'],
      ['kept', 'gone'],
    ]);

    // Without a relay on the API, nothing is streamed.
    const quiet = createModerationStore(loadScripts(bed.client), keys);
    const other = await list('Outra lanterna');
    await moderation.flag(other.id, bruno, 'fraud', '');
    const before = await bed.client.xlen(keys.reviewStream);
    await quiet.dismiss(other.id, moderator);
    assert.equal(await bed.client.xlen(keys.reviewStream), before);
  });
});
