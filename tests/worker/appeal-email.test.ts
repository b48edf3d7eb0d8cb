// Decisions on appeals, end to end through the real scripts and a real SMTP
// conversation: a moderator deciding an appeal against a removal or a
// suspension streams an entry the worker turns into one e-mail to the
// appellant, with the outcome and the moderator's reasons; nobody gone or
// unverified is written to, and a redelivered entry writes nothing twice.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { deleteAccountArgs } from '../../app/auth/accounts.ts';
import { createAppealStore } from '../../core/redis/appeal-store.ts';
import type { RedisKeys } from '../../core/redis/keys.ts';
import { createModerationStore } from '../../core/redis/moderation-store.ts';
import { ScriptCode } from '../../core/redis/script-codes.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import { addressOf, bidders, openListing, SELLER_ADDRESS, seller } from './closed-auctions.ts';
import { runWorkerUntil, type LogLine } from './harness.ts';
import { useNoticeTestbed } from './notice-testbed.ts';

const [bruno, carla, davi] = bidders as [
  (typeof bidders)[0],
  (typeof bidders)[0],
  (typeof bidders)[0],
];
type Person = typeof bruno;
const moderator = { id: 'moderator-1', name: 'Mara' };
/** Another moderator decides the appeals (APPEALS_BY_ANOTHER_MODERATOR). */
const reviewer = { id: 'moderator-2', name: 'Otto' };
const told = (logs: LogLine[]) =>
  logs
    .filter((line) => line.msg === 'appeal notice handled')
    .map((line) => [line.kind, line.outcome]);
const appealMails = <T extends { subject: string }>(accepted: T[]) =>
  accepted.filter((mail) => mail.subject.startsWith('Seu recurso: '));

describe('appeal e-mails', () => {
  const { bed, smtp, vars, world, deliverFirstAgain } = useNoticeTestbed();

  /** Moderators, appeals and decisions as the API makes them, where it has SMTP_URL. */
  async function appealWorld() {
    const { prefix, keys, store } = await world();
    for (const each of [moderator, reviewer])
      await bed.client.hset(keys.user(each.id), { ...each, moderator: '1' });
    const scripts = loadScripts(bed.client);
    const moderation = createModerationStore(scripts, keys, { mailNotices: true });
    const appeals = createAppealStore(scripts, keys, { mailNotices: true });
    /** The seller's listing, removed by a moderator and appealed by the seller. */
    async function appealedRemoval(title: string) {
      const auction = await openListing(store, title);
      await moderation.remove(auction.id, moderator, 'counterfeit');
      return { auction, appeal: await appeals.appealRemoval(auction.id, seller, 'É original.') };
    }
    async function appealedSuspension(who: Person) {
      await moderation.suspend(who.id, moderator, 'fraud');
      return appeals.appealSuspension(who.id, 'Não houve golpe.');
    }
    /** The seller's listing, reported by `who`, kept by a moderator, and the keep appealed. */
    async function appealedKeep(title: string, who: Person) {
      const auction = await openListing(store, title);
      await moderation.flag(auction.id, who, 'counterfeit', '');
      await moderation.dismiss(auction.id, moderator);
      return { auction, appeal: await appeals.appealKeep(auction.id, who, 'É falsificado.') };
    }
    return {
      prefix,
      keys,
      store,
      moderation,
      appeals,
      appealedRemoval,
      appealedSuspension,
      appealedKeep,
    };
  }

  /** Deletes the account as its owner would (deleteAccount-15.lua), which deletes its appeals. */
  async function deleteAccount(keys: RedisKeys, who: Person) {
    await bed.client.hset(keys.user(who.id), 'passwordHash', 'stand-in');
    const [code] = await loadScripts(bed.client).deleteAccount(
      ...deleteAccountArgs(keys, {
        userId: who.id,
        email: addressOf(who),
        passwordHash: 'stand-in',
        saleHoldMs: 0,
      }),
    );
    assert.equal(code, ScriptCode.OK);
  }

  it('tell the appellant once: a reversed removal and an upheld suspension', async () => {
    const { prefix, keys, appeals, appealedRemoval, appealedSuspension } = await appealWorld();
    const removal = await appealedRemoval('Lanterna');
    await appeals.decide(removal.appeal.id, reviewer, 'reversed', 'A nota fiscal confirma.');
    const suspension = await appealedSuspension(bruno);
    await appeals.decide(suspension.id, reviewer, 'upheld', 'Os pagamentos não chegaram.');
    assert.equal(await bed.client.xlen(keys.appealStream), 2, 'one entry per decision');
    // The entry delivered again (as after a crash between the e-mail and the ack).
    await deliverFirstAgain(keys.appealStream);

    const logs = await runWorkerUntil(bed.redis, vars(prefix), (l) => told(l).length === 3);
    assert.deepEqual(told(logs), [
      ['removal', 'sent'],
      ['suspension', 'sent'],
      ['removal', 'already_told'],
    ]);
    const mails = appealMails(smtp.accepted);
    assert.deepEqual(
      mails.map((mail) => [mail.to[0], mail.subject]),
      [
        [SELLER_ADDRESS, 'Seu recurso: a remoção do seu anúncio "Lanterna" foi revertida'],
        [addressOf(bruno), 'Seu recurso: a suspensão da sua conta foi mantida'],
      ],
    );
    const [reversed, upheld] = mails as [(typeof mails)[0], (typeof mails)[0]];
    assert.match(
      reversed.text,
      /^A moderação do Arremate analisou o seu recurso contra a remoção do seu anúncio "Lanterna" \(motivo: falsificação\)\.$/m,
    );
    assert.match(reversed.text, /O leilão continua encerrado, sem venda, mas você pode anunciar/);
    assert.match(reversed.text, /^Os motivos da moderação:\n"A nota fiscal confirma\."$/m);
    assert.match(
      reversed.text,
      new RegExp(`^Página do leilão: https://leiloes.example/auctions/${removal.auction.id}$`, 'm'),
    );
    assert.doesNotMatch(reversed.text, /extrajudicial/, 'the appellant won: nothing to contest');
    assert.match(upheld.text, /contra a suspensão da sua conta \(motivo: fraude ou golpe\)\.$/m);
    assert.match(upheld.text, /^A moderação manteve a decisão\.$/m);
    assert.match(upheld.text, /^"Os pagamentos não chegaram\."$/m);
    assert.match(upheld.text, /resolução extrajudicial de litígios ou à Justiça\.$/m);
    assert.doesNotMatch(upheld.text, /Página do leilão|desligue/);
    assert.equal(
      await bed.client.hget(keys.user(bruno.id), 'suspended'),
      '1',
      'told while suspended',
    );
  });

  it('tell a reporter whether the listing they reported was taken down on their appeal', async () => {
    const { prefix, appeals, appealedKeep } = await appealWorld();
    const brunos = await appealedKeep('Bolsa', bruno);
    await appeals.decide(brunos.appeal.id, reviewer, 'reversed', 'Confere: é réplica.');
    const carlas = await appealedKeep('Carteira', carla);
    await appeals.decide(carlas.appeal.id, reviewer, 'upheld', 'A marca confirmou.');

    const logs = await runWorkerUntil(bed.redis, vars(prefix), (l) => told(l).length === 2);
    assert.deepEqual(told(logs), [
      ['keep', 'sent'],
      ['keep', 'sent'],
    ]);
    const mails = appealMails(smtp.accepted);
    assert.deepEqual(
      mails.map((mail) => [mail.to[0], mail.subject]),
      [
        [addressOf(bruno), 'Seu recurso: a decisão de manter o anúncio "Bolsa" foi revertida'],
        [addressOf(carla), 'Seu recurso: a decisão de manter o anúncio "Carteira" foi mantida'],
      ],
    );
    const [reversed, upheld] = mails as [(typeof mails)[0], (typeof mails)[0]];
    assert.match(reversed.text, /\(motivo da denúncia: falsificação\)\.$/m);
    assert.match(reversed.text, /^A moderação reverteu a decisão e removeu o anúncio\.$/m);
    assert.match(
      reversed.text,
      new RegExp(`^Página do leilão: https://leiloes.example/auctions/${brunos.auction.id}$`, 'm'),
    );
    assert.match(upheld.text, /^A moderação manteve a decisão\.$/m);
    assert.match(upheld.text, /^"A marca confirmou\."$/m);
    assert.match(upheld.text, /resolução extrajudicial de litígios ou à Justiça\.$/m);
  });

  it('tell the other reporters when a keep reversed on one reporter’s appeal takes the listing down', async () => {
    const { prefix, keys, store, moderation, appeals } = await appealWorld();
    // Bruno and Carla reported both and both were kept; Davi reported one since.
    const keptByBoth = async (title: string) => {
      const auction = await openListing(store, title);
      await moderation.flag(auction.id, bruno, 'counterfeit', '');
      await moderation.flag(auction.id, carla, 'counterfeit', '');
      await moderation.dismiss(auction.id, moderator);
      return auction;
    };
    const [auction, quiet] = [await keptByBoth('Mochila'), await keptByBoth('Estojo')];
    await bed.client.del(keys.reviewStream); // the keeps' own e-mails: another test's
    await moderation.flag(auction.id, davi, 'fraud', '');
    for (const each of [auction, quiet]) {
      const appeal = await appeals.appealKeep(each.id, bruno, 'É falsificado.');
      await appeals.decide(appeal.id, reviewer, 'reversed', 'Confere: é réplica.');
    }

    const reviewed = (l: LogLine[]) => l.filter((line) => line.msg === 'review notice handled');
    const logs = await runWorkerUntil(
      bed.redis,
      vars(prefix),
      (l) => reviewed(l).length === 3 && told(l).length === 2,
    );
    assert.deepEqual(
      reviewed(logs).map((line) => [line.decision, line.outcome]),
      [
        ['removed', 'sent'],
        ['removed', 'sent'],
        ['removed', 'sent'],
      ],
    );
    const reviewMails = smtp.accepted.filter(
      (mail) => mail.subject === 'Sua denúncia sobre "Mochila"',
    );
    assert.deepEqual(
      reviewMails.map((mail) => mail.to[0]).toSorted(),
      [addressOf(carla), addressOf(davi)].toSorted(),
      'not Bruno: his appeal’s e-mail tells him',
    );
    for (const mail of reviewMails)
      assert.match(mail.text, /e removeu o anúncio\. Motivo: falsificação\.$/m);
    // With no report since the keep, Carla still hears that the listing came down.
    assert.deepEqual(
      smtp.accepted
        .filter((mail) => mail.subject === 'Sua denúncia sobre "Estojo"')
        .map((mail) => mail.to[0]),
      [addressOf(carla)],
    );
    assert.deepEqual(
      appealMails(smtp.accepted).map((mail) => mail.to[0]),
      [addressOf(bruno), addressOf(bruno)],
    );
  });

  it('say a reversed suspension gave the account back, unless a later one is in force', async () => {
    const { prefix, keys, moderation, appeals, appealedSuspension } = await appealWorld();
    const carlas = await appealedSuspension(carla);
    await appeals.decide(carlas.id, reviewer, 'reversed', 'Foi engano.');
    // Davi is reinstated while his appeal waits, then suspended again: a decision of its own.
    const davis = await appealedSuspension(davi);
    await moderation.reinstate(davi.id, moderator);
    await sleep(5); // a later suspension has a later suspendedAt
    await moderation.suspend(davi.id, moderator, 'offensive');
    await appeals.decide(davis.id, reviewer, 'reversed', 'A primeira foi engano.');

    const logs = await runWorkerUntil(bed.redis, vars(prefix), (l) => told(l).length === 2);
    assert.deepEqual(told(logs), [
      ['suspension', 'sent'],
      ['suspension', 'sent'],
    ]);
    const mails = appealMails(smtp.accepted);
    assert.deepEqual(
      mails.map((mail) => [mail.to[0], mail.subject]),
      [
        [addressOf(carla), 'Seu recurso: a suspensão da sua conta foi revertida'],
        [addressOf(davi), 'Seu recurso: a suspensão da sua conta foi revertida'],
      ],
    );
    assert.match(
      mails[0]!.text,
      /a sua conta foi reativada e você já pode entrar de novo\. Lances seus cancelados com a suspensão não voltam a valer\.$/m,
    );
    assert.match(mails[1]!.text, /mas uma posterior, decisão à parte, está em vigor/);
    assert.doesNotMatch(mails[1]!.text, /reativada/);
    const suspended = (who: Person) => bed.client.hget(keys.user(who.id), 'suspended');
    assert.deepEqual([await suspended(carla), await suspended(davi)], [null, '1'], 'as said');
  });

  it('write to nobody unverified or deleted, nor about an appeal not decided or a listing lost', async () => {
    const { prefix, keys, appeals, appealedRemoval, appealedSuspension } = await appealWorld();
    const brunos = await appealedSuspension(bruno);
    await bed.client.hset(keys.user(bruno.id), 'emailVerified', '0');
    await appeals.decide(brunos.id, reviewer, 'upheld', 'Mantida.');
    const carlas = await appealedSuspension(carla);
    await appeals.decide(carlas.id, reviewer, 'upheld', 'Mantida.');
    await deleteAccount(keys, carla);
    assert.equal(await bed.client.exists(keys.appeal(carlas.id)), 0, 'gone with the account');
    // An entry about an appeal still open (forged, or another prefix's) tells nobody.
    const davis = await appealedSuspension(davi);
    await bed.client.xadd(keys.appealStream, '*', 'appealId', davis.id);
    // A listing Redis lost before the worker read the decision: nothing left to name.
    const removal = await appealedRemoval('Perdida');
    await appeals.decide(removal.appeal.id, reviewer, 'upheld', 'Mantida.');
    await bed.client.del(keys.auction(removal.auction.id));

    const logs = await runWorkerUntil(bed.redis, vars(prefix), (l) => told(l).length === 4);
    assert.deepEqual(told(logs), [
      ['suspension', 'unverified'],
      [null, 'gone'],
      ['suspension', 'gone'],
      ['removal', 'gone'],
    ]);
    assert.deepEqual(appealMails(smtp.accepted), []);
  });

  it('stream nothing without a relay on the API, and e-mail nothing without one on the worker', async () => {
    const { prefix, keys, appealedSuspension } = await appealWorld();
    const quiet = createAppealStore(loadScripts(bed.client), keys);
    await quiet.decide((await appealedSuspension(bruno)).id, reviewer, 'upheld', 'Mantida.');
    assert.equal(await bed.client.exists(keys.appealStream), 0);

    const loud = createAppealStore(loadScripts(bed.client), keys, { mailNotices: true });
    await loud.decide((await appealedSuspension(carla)).id, reviewer, 'upheld', 'Mantida.');
    assert.equal(await bed.client.xlen(keys.appealStream), 1);
    const logs = await runWorkerUntil(bed.redis, bed.vars(prefix), async () => {
      const [group] = (await bed.client.xinfo('GROUPS', keys.appealStream)) as unknown[][];
      const field = (name: string) => group?.[group.indexOf(name) + 1];
      return group !== undefined && field('last-delivered-id') !== '0-0' && field('pending') === 0;
    });
    assert.deepEqual(told(logs), [], 'read and acknowledged, not logged');
    assert.equal(smtp.accepted.length, 0);
  });
});
