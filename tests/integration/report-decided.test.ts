// The authors of an auction's reports hear the moderators' decision at once
// (`report:decided`, on every device, whichever replica it is connected to):
// kept, with when (a keep may be appealed from then) — those whose reports
// the review decided —, or removed — everyone who ever reported it, since
// taking it down settles every report. The DSA's art. 16(5) asks that a
// notice's author be told "without undue delay"; the e-mail needs SMTP_URL,
// this does not. Real Redis, two replicas.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import type { GivenFlag, ReportDecided } from '../../core/schemas.ts';
import {
  call,
  createAuction,
  eventually,
  registerEach,
  type Session,
} from '../support/api-client.ts';
import { grantModerators } from '../support/moderators.ts';
import { useReplicaStack } from '../support/replica-stack.ts';
import { connectClient, nextEvent } from '../support/replicas.ts';

let seller: Session;
let mara: Session;
const stack = useReplicaStack(2, {
  setup: async () => {
    [seller, mara] = await registerEach(stack.url(), ['Vendedora', 'Mara'] as const);
    grantModerators(stack.redis, mara);
  },
});
const { url } = stack;

const report = (who: Session, auctionId: string, reason = 'counterfeit') =>
  call(url(0), 'POST', `/api/auctions/${auctionId}/flags`, { token: who.token, body: { reason } });
const decide = (auctionId: string, action: 'dismiss' | 'remove') =>
  call(url(0), 'POST', `/api/moderation/auctions/${auctionId}/${action}`, {
    token: mara.token,
    body: action === 'remove' ? { reason: 'counterfeit' } : undefined,
  });
/** Everything `report:decided` brings a socket, as it comes. */
async function listening(who: Session, replica: number) {
  const socket = await connectClient(url(replica), who.token);
  stack.sockets.push(socket);
  const heard: ReportDecided[] = [];
  socket.on('report:decided', (decided: ReportDecided) => heard.push(decided));
  return { socket, heard };
}

describe('a decision on reports, live to their authors', () => {
  it('reaches every device of each author the review decided, and nobody else', async () => {
    const [ana, bento, caio] = await registerEach(url(), ['Ana', 'Bento', 'Caio'] as const);
    const auction = await createAuction(url(), seller.token, { title: 'Bolsa de grife' });
    assert.equal((await report(ana, auction.id)).status, 204);
    const anaPhone = await listening(ana, 1);
    const anaLaptop = await listening(ana, 0);
    const bentoPhone = await listening(bento, 1);
    const caioPhone = await listening(caio, 1);

    const kept = nextEvent<ReportDecided>(anaPhone.socket, 'report:decided', 5000);
    assert.equal((await decide(auction.id, 'dismiss')).status, 204);
    const told = await kept;
    const mine = (
      await call<{ items: GivenFlag[] }>(url(1), 'GET', '/api/me/flags', { token: ana.token })
    ).body.items.find((flag) => flag.auctionId === auction.id);
    assert.deepEqual(told, {
      auctionId: auction.id,
      auctionTitle: 'Bolsa de grife',
      status: 'kept',
      keptAt: mine?.keptAt,
      decidedAt: mine?.keptAt,
    });
    await eventually(() => anaLaptop.heard.length === 1);
    assert.deepEqual(anaLaptop.heard, [told], 'every device');

    // Bento reports after the keep: the next review is his alone.
    assert.equal((await report(bento, auction.id, 'fraud')).status, 204);
    const removed = nextEvent<ReportDecided>(bentoPhone.socket, 'report:decided', 5000);
    assert.equal((await decide(auction.id, 'remove')).status, 200);
    assert.deepEqual(
      [(await removed).status, (await removed).keptAt, (await removed).auctionTitle],
      ['removed', null, 'Bolsa de grife'],
    );
    // Taking it down settles Ana's kept report too: her list shows it removed.
    await eventually(() => anaPhone.heard.length === 2);
    assert.deepEqual(
      [anaPhone.heard[1]?.status, anaPhone.heard[1]?.decidedAt],
      ['removed', (await removed).decidedAt],
    );
    // Give stray events time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(anaLaptop.heard.length, 2, 'once per device');
    assert.equal(bentoPhone.heard.length, 1, 'Bento’s report was in the removal’s review only');
    assert.equal(caioPhone.heard.length, 0, 'Caio reported nothing');
  });

  it('tells a keep to its own round’s authors, and a removal to every author', async () => {
    const [dora, eva] = await registerEach(url(), ['Dora', 'Eva'] as const);
    const auction = await createAuction(url(), seller.token, { title: 'Relógio' });
    assert.equal((await report(dora, auction.id)).status, 204);
    assert.equal((await decide(auction.id, 'dismiss')).status, 204);
    const doraPhone = await listening(dora, 1);
    const evaPhone = await listening(eva, 0);
    // Eva reports after Dora's report was kept: the next keep is hers alone.
    assert.equal((await report(eva, auction.id, 'fraud')).status, 204);
    const evaKept = nextEvent<ReportDecided>(evaPhone.socket, 'report:decided', 5000);
    assert.equal((await decide(auction.id, 'dismiss')).status, 204);
    assert.equal((await evaKept).status, 'kept');
    // Nothing waiting: a removal on the moderator's own initiative still settles both reports.
    assert.equal((await decide(auction.id, 'remove')).status, 200);
    await eventually(() => doraPhone.heard.length === 1 && evaPhone.heard.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(
      [doraPhone.heard.map((d) => d.status), evaPhone.heard.map((d) => d.status)],
      [['removed'], ['kept', 'removed']],
    );
    // An auction nobody reported: its removal tells nobody, and publishes nothing for it.
    const unreported = await createAuction(url(), seller.token, { title: 'Sem denúncias' });
    const subscriber = stack.redis.client();
    const published: string[] = [];
    await subscriber.subscribe(redisKeys().eventsChannel);
    subscriber.on('message', (_channel, message: string) => published.push(message));
    assert.equal((await decide(unreported.id, 'remove')).status, 200);
    await eventually(() => published.some((m) => m.includes('auction:cancelled')));
    assert.ok(!published.some((m) => m.includes('reports:decided')));
  });
});
