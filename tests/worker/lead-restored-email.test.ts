// Lead-restored e-mails, end to end through the real scripts and a real SMTP
// conversation: cancelling a suspended account's bids streams the bidder who
// leads again; the worker tells them while it holds (the auction open, they
// still lead), once per cancellation — and the outbid e-mail the account's
// bid had queued is not sent, since they lead again.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBidCancellation } from '../../core/redis/bid-cancellation.ts';
import { createBidRetraction } from '../../core/redis/bid-retraction.ts';
import type { RedisKeys } from '../../core/redis/keys.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import { addressOf, bidders, openListing } from './closed-auctions.ts';
import { runWorkerUntil, type LogLine } from './harness.ts';
import { useNoticeTestbed } from './notice-testbed.ts';

const [bruno, carla] = bidders as [(typeof bidders)[0], (typeof bidders)[0]];
const shill = { id: 'shill-1', name: 'Sérgio' };
const moderator = { id: 'moderator-1', name: 'Mara' };
const handled = (logs: LogLine[], msg: string) =>
  logs.filter((line) => line.msg === msg).map((line) => line.outcome);

describe('lead-restored e-mails', () => {
  const { bed, smtp, vars, world } = useNoticeTestbed();

  /** Runs the worker until it handled one lead-restored and one outbid notice. */
  const untilOneOfEachHandled = (prefix: string) =>
    runWorkerUntil(
      bed.redis,
      vars(prefix),
      (logs) =>
        handled(logs, 'lead-restored notice handled').length === 1 &&
        handled(logs, 'outbid notice handled').length === 1,
    );

  /** The shill's account, suspended, and a moderator to cancel its bids. */
  async function suspendedShill(keys: RedisKeys) {
    await bed.client.hset(keys.user(shill.id), { ...shill, email: 'sergio@example.com' });
    await bed.client.hset(keys.user(moderator.id), { ...moderator, moderator: '1' });
    const cancellation = createBidCancellation(loadScripts(bed.client), keys, {
      mailNotices: true,
    });
    return async () => {
      await bed.client.hset(keys.user(shill.id), 'suspended', '1');
      return cancellation.cancelBidsOf(shill.id, moderator, 'fraud');
    };
  }

  it('tells the bidder who leads again, once, with the price and the page; their stale outbid e-mail is not sent', async () => {
    const { prefix, keys, store } = await world();
    const cancel = await suspendedShill(keys);
    const auction = await openListing(store, 'Vitrola');
    // A shill below the leader only raised her price: she led before and still does.
    const raised = await openListing(store, 'Rádio');
    await store.placeBid(auction.id, bruno, 1000, { maxAmount: 3000 });
    await store.placeBid(auction.id, shill, 2000, { maxAmount: 9000 }); // Bruno overtaken
    await store.placeBid(raised.id, carla, 1000, { maxAmount: 5000 });
    await store.placeBid(raised.id, shill, 2000);
    assert.deepEqual((await cancel()).toSorted(), [auction.id, raised.id].toSorted());
    assert.equal(await bed.client.xlen(keys.leadRestoredStream), 1, 'Carla never lost the lead');

    const workerLogs = await untilOneOfEachHandled(prefix);
    assert.deepEqual(handled(workerLogs, 'outbid notice handled'), ['leading']);
    assert.deepEqual(handled(workerLogs, 'lead-restored notice handled'), ['sent']);
    assert.deepEqual(
      smtp.accepted.map((mail) => [mail.to[0], mail.subject]),
      [[addressOf(bruno), 'Você voltou à frente em "Vitrola"']],
    );
    const [mail] = smtp.accepted;
    assert.match(mail!.text, /^Olá, Bruno,$/m);
    assert.match(mail!.text, /você está na frente, por R\$\s10,00\. O leilão termina em /);
    assert.match(
      mail!.text,
      new RegExp(`^Página do leilão: https://leiloes.example/auctions/${auction.id}$`, 'm'),
    );
    assert.match(
      mail!.text,
      /^A moderação suspendeu uma conta que deu lances em "Vitrola" e cancelou esses lances\./m,
      'in the words of the moderators’ cancellation',
    );
    assert.doesNotMatch(mail!.text, /Sérgio/, 'the suspended account is not named');
  });

  it('says nothing stale or twice: overtaken since, the auction ended, outbid e-mails off, a redelivery', async () => {
    const { prefix, keys, store } = await world();
    const cancel = await suspendedShill(keys);
    const [overtaken, ended, turnedOff, twice] = await Promise.all(
      ['Superado', 'Encerrado', 'Desligado', 'Duas vezes'].map((title) =>
        openListing(store, title),
      ),
    );
    for (const auction of [overtaken, ended, twice]) {
      await store.placeBid(auction!.id, bruno, 1000);
      await store.placeBid(auction!.id, shill, 1100);
    }
    await store.placeBid(turnedOff!.id, carla, 1000);
    await store.placeBid(turnedOff!.id, shill, 1100);
    await bed.client.hset(keys.user(carla.id), 'outbidEmails', '0');
    await cancel();
    await store.placeBid(overtaken!.id, carla, 1500);
    await bed.client.hset(keys.auction(ended!.id), 'status', 'closed');
    // Twice's entry delivered again, as after a crash between the e-mail and the ack.
    const entries = await bed.client.xrange(keys.leadRestoredStream, '-', '+');
    assert.equal(entries.length, 4);
    const twiceEntry = entries.find(([, fields]) => fields.includes(twice!.id));
    await bed.client.xadd(keys.leadRestoredStream, '*', ...twiceEntry![1]);

    const workerLogs = await runWorkerUntil(
      bed.redis,
      vars(prefix),
      (logs) => handled(logs, 'lead-restored notice handled').length === 5,
    );
    // The shill's auctions are read in the order of its last bids (one ms may hold several).
    assert.deepEqual(handled(workerLogs, 'lead-restored notice handled').toSorted(), [
      'already_told',
      'ended',
      'not_leading',
      'sent',
      'turned_off',
    ]);
    assert.equal(handled(workerLogs, 'lead-restored notice handled').at(-1), 'already_told');
    assert.deepEqual(
      smtp.accepted
        .filter((mail) => mail.subject.startsWith('Você voltou'))
        .map((mail) => [mail.to[0], mail.subject]),
      [[addressOf(bruno), 'Você voltou à frente em "Duas vezes"']],
    );
  });

  it('tells the bidder who leads again when a rival retracts their bid, in the words of a retraction', async () => {
    const { prefix, keys, store } = await world();
    const retraction = createBidRetraction(loadScripts(bed.client), keys, { mailNotices: true });
    const auction = await openListing(store, 'Luneta');
    await store.placeBid(auction.id, bruno, 1000);
    await store.placeBid(auction.id, carla, 200_000); // meant R$ 20,00
    await retraction.retract(auction.id, carla.id);

    const workerLogs = await untilOneOfEachHandled(prefix);
    assert.deepEqual(handled(workerLogs, 'outbid notice handled'), ['leading']);
    assert.deepEqual(
      smtp.accepted.map((mail) => [mail.to[0], mail.subject]),
      [[addressOf(bruno), 'Você voltou à frente em "Luneta"']],
    );
    const [mail] = smtp.accepted;
    assert.match(mail!.text, /Um licitante retirou o lance que tinha dado em "Luneta"/);
    assert.match(mail!.text, /você está na frente, por R\$\s10,00\./);
    assert.doesNotMatch(
      mail!.text,
      /moderação|[Qq]uem vende|Carla/,
      'neither the moderators, the seller nor the rival',
    );
  });
});
