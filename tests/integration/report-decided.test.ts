// The authors of an auction's reports hear the moderators' decision at once
// (`report:decided`, on every device, whichever replica it is connected to):
// kept, with when (a keep may be appealed from then), or removed — only those
// whose reports the decision reviewed. The DSA's art. 16(5) asks that a
// notice's author be told "without undue delay"; the e-mail needs SMTP_URL,
// this does not. Real Redis, two replicas.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GivenFlag } from '../../core/schemas.ts';
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

interface ReportDecided {
  auctionId: string;
  auctionTitle: string;
  status: 'kept' | 'removed';
  keptAt: string | null;
  decidedAt: string;
}

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
    // A second review of nothing waiting tells nobody; give stray events time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(anaPhone.heard.length, 1, 'Ana’s report was decided before');
    assert.equal(caioPhone.heard.length, 0, 'Caio reported nothing');
  });

  it('tells nobody of a removal no report was waiting for', async () => {
    const [dora] = await registerEach(url(), ['Dora'] as const);
    const auction = await createAuction(url(), seller.token, { title: 'Relógio' });
    assert.equal((await report(dora, auction.id)).status, 204);
    assert.equal((await decide(auction.id, 'dismiss')).status, 204);
    const { heard } = await listening(dora, 1);
    assert.equal((await decide(auction.id, 'remove')).status, 200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(heard, [], 'her report had been reviewed already');
  });
});
