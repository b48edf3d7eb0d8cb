// Saved-search alerts, end to end through the real scripts and a real SMTP
// conversation: a new listing streams an entry the worker matches against
// the saved searches of its category and of any category, announces on the
// events channel (once per listing) and e-mails each person it matches
// (once, within a daily cap, unless turned off); never the seller, nor
// someone the seller blocked, nor for a listing gone before it was read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RedisKeys } from '../../core/redis/keys.ts';
import { createSavedSearchStore } from '../../core/redis/saved-searches.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import type { AuctionCategory, SaveSearchBody } from '../../core/schemas.ts';
import { addressOf, bidders, seller } from './closed-auctions.ts';
import { runWorkerUntil, type LogLine } from './harness.ts';
import { useNoticeTestbed } from './notice-testbed.ts';

const [bruno, carla, davi] = bidders as [
  (typeof bidders)[0],
  (typeof bidders)[0],
  (typeof bidders)[0],
];
const searchMails = <T extends { subject: string }>(accepted: T[]) =>
  accepted.filter((mail) => mail.subject.startsWith('Novo anúncio para a sua busca'));
const handled = (logs: LogLine[]) =>
  logs
    .filter((line) => line.msg === 'search alert handled')
    .map((line) => [line.channel, line.outcome, line.count]);

interface Announcement {
  type: string;
  matches: { userId: string; searchId: string; query: string; category: string | null }[];
}

describe('saved-search alerts', () => {
  const { bed, smtp, vars, world, deliverFirstAgain } = useNoticeTestbed();

  async function searchWorld() {
    const found = await world();
    const searches = createSavedSearchStore(loadScripts(bed.client), found.keys);
    const save = (userId: string, body: SaveSearchBody) => searches.save(userId, body);
    const list = (title: string, category: AuctionCategory, startsInMs = 0) =>
      found.store.create({
        seller,
        title,
        description: '',
        category,
        startingPrice: 2500,
        minIncrement: 100,
        softCloseSeconds: 0,
        durationMs: 3_600_000,
        startsAtMs: startsInMs > 0 ? Date.now() + startsInMs : undefined,
        endingSoonMs: 0,
      });
    return { ...found, save, list };
  }

  /** Everything published on the events channel while `run` runs. */
  async function announced(keys: RedisKeys, run: () => Promise<unknown>) {
    const subscriber = bed.redis.client();
    const heard: Announcement[] = [];
    await subscriber.subscribe(keys.eventsChannel);
    subscriber.on('message', (_channel, message: string) => {
      const event = JSON.parse(message) as Announcement;
      if (event.type === 'search:matched') heard.push(event);
    });
    try {
      await run();
      await bed.client.ping(); // a publication made before this is delivered before its answer
    } finally {
      subscriber.disconnect();
    }
    return heard;
  }

  it('tells whom a listing matches, on their devices and by e-mail, once', async () => {
    const { prefix, keys, save, list } = await searchWorld();
    const words = await save(bruno.id, { query: '  Relógio   bolso ' });
    const carlasFirst = await save(carla.id, { query: 'relogio' });
    await sleep(5); // saved a few milliseconds later, by Redis's clock
    await save(carla.id, { category: 'jewelry' }); // a second match for Carla: told once, of the first
    await save(davi.id, { query: 'relogio', category: 'art' }); // another category
    await save(seller.id, { query: 'relogio' }); // their own listing
    await save(davi.id, { query: 'bolso de couro' }); // not every word
    await list('Relógio de BOLSO suíço', 'jewelry');

    const heard = await announced(keys, () =>
      runWorkerUntil(bed.redis, vars(prefix), (l) => handled(l).length === 3),
    );
    assert.equal(heard.length, 1, 'one publication for the listing');
    assert.deepEqual(
      heard[0]!.matches.map((match) => [match.userId, match.searchId, match.query, match.category]),
      [
        [bruno.id, words.id, 'Relógio bolso', null],
        [carla.id, carlasFirst.id, 'relogio', null],
      ],
      'each person once, by their oldest search it matches; not the seller, another category or a missing word',
    );
    const mails = searchMails(smtp.accepted);
    assert.deepEqual(mails.map((mail) => mail.to[0]).sort(), [addressOf(bruno), addressOf(carla)]);
    const toBruno = mails.find((mail) => mail.to[0] === addressOf(bruno))!;
    assert.equal(toBruno.subject, 'Novo anúncio para a sua busca: "Relógio de BOLSO suíço"');
    assert.match(toBruno.text, /^Olá, Bruno,$/m);
    assert.match(toBruno.text, /corresponde à busca que você salvou \(“Relógio bolso”\):/);
    assert.match(toBruno.text, /"Relógio de BOLSO suíço", a partir de R\$\s25,00, termina em /);
    assert.match(toBruno.text, /^Página do leilão: https:\/\/leiloes.example\/auctions\//m);
    assert.match(toBruno.text, /no máximo 10 avisos destes por dia/);
    const toCarla = mails.find((mail) => mail.to[0] === addressOf(carla))!;
    assert.match(toCarla.text, /\(“relogio”\):/);

    // The entry delivered again (the relay was down for someone, or a crash before the ack).
    await deliverFirstAgain(keys.listingStream);
    const again = await announced(keys, async () => {
      const logs = await runWorkerUntil(bed.redis, vars(prefix), (l) => handled(l).length === 3);
      assert.deepEqual(handled(logs), [
        ['app', 'already_told', 2],
        ['email', 'already_told', 1],
        ['email', 'already_told', 1],
      ]);
    });
    assert.deepEqual(again, [], 'nothing announced twice');
    assert.equal(searchMails(smtp.accepted).length, 2, 'nothing e-mailed twice');
  });

  it('leaves out whom the seller blocked; e-mails within the daily cap, if wanted', async () => {
    const { prefix, keys, save, list } = await searchWorld();
    await save(bruno.id, { query: 'lanterna' });
    await save(carla.id, { query: 'lanterna' });
    await save(davi.id, { query: 'lanterna' });
    await bed.client.sadd(keys.userBlocked(seller.id), davi.id);
    await bed.client.hset(keys.user(carla.id), 'searchEmails', '0');
    await list('Lanterna a querosene', 'antiques', 3_600_000); // starts in an hour
    await list('Outra lanterna', 'home');
    let logs: LogLine[] = [];
    const heard = await announced(keys, async () => {
      logs = await runWorkerUntil(
        bed.redis,
        vars(prefix, { SEARCH_ALERT_EMAILS_PER_DAY: '1' }),
        (l) => handled(l).length === 6,
      );
    });
    assert.deepEqual(handled(logs), [
      ['app', 'sent', 2],
      ['email', 'sent', 1],
      ['email', 'turned_off', 1],
      ['app', 'sent', 2],
      ['email', 'daily_cap', 1],
      ['email', 'turned_off', 1],
    ]);
    assert.deepEqual(
      heard.map((event) => event.matches.map((match) => match.userId)),
      [
        [bruno.id, carla.id],
        [bruno.id, carla.id],
      ],
      'on their devices whatever their e-mail choice; not Davi, whom the seller blocked',
    );
    const mails = searchMails(smtp.accepted);
    assert.deepEqual(
      mails.map((mail) => mail.to[0]),
      [addressOf(bruno)],
      'Bruno once (the cap), Carla never (turned off)',
    );
    assert.match(mails[0]!.text, /"Lanterna a querosene", .*\. Começa em /);
    assert.match(mails[0]!.text, /no máximo 1 aviso destes por dia/);
  });

  it('tells nobody of a listing removed before it was read, and e-mails nothing without a relay', async () => {
    const { prefix, keys, save, list } = await searchWorld();
    await save(bruno.id, { query: 'gramofone' });
    const removed = await list('Gramofone', 'music');
    await bed.client.hset(keys.auction(removed.id), 'status', 'cancelled');
    await list('Gramofone antigo', 'music');
    const withoutRelay = bed.vars(prefix);
    const heard = await announced(keys, async () => {
      const logs = await runWorkerUntil(bed.redis, withoutRelay, (l) => handled(l).length === 2);
      assert.deepEqual(handled(logs), [
        ['app', 'gone', 1],
        ['app', 'sent', 1],
      ]);
    });
    assert.equal(heard.length, 1);
    assert.deepEqual(searchMails(smtp.accepted), []);
  });
});
