// "Baixar meus dados" (`GET /api/me/export`): everything kept about an
// account, for its owner only — the account, what it sells, what it bid on
// with its own bids (never anyone else's) and its secret maximum where it
// leads, its watchlist — every page of each list.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AccountExport } from '../../core/schemas.ts';
import { call, createAuction, placeBid, register, type Session } from '../support/api-client.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

// No rate limits: the test signs up and creates more than a user would in a minute.
const stack = useReplicaStack(2, { env: { RATE_LIMIT_ENABLED: 'false' } });
const { url } = stack;

const exportOf = (who: Session | null, replica = 0) =>
  call<AccountExport & { error?: { code: string } }>(url(replica), 'GET', '/api/me/export', {
    token: who?.token,
  });

describe('exporting one’s data', () => {
  it('counts the bids it took back, and holds them marked', async () => {
    const [lia, seller] = await Promise.all(['Lia', 'Vendedor'].map((n) => register(url(0), n)));
    const auction = await createAuction(url(0), seller!.token);
    assert.equal((await exportOf(lia!)).body.bidRetractions, 0);
    assert.equal((await placeBid(url(1), lia!.token, auction.id, 100_000)).status, 201);
    const retracted = await call(url(0), 'POST', `/api/auctions/${auction.id}/bids/retract`, {
      token: lia!.token,
    });
    assert.equal(retracted.status, 200);
    const data = (await exportOf(lia!, 1)).body;
    assert.equal(data.bidRetractions, 1);
    assert.deepEqual(
      data.retractions.map((entry) => entry.auctionId),
      [auction.id],
    );
    assert.deepEqual(
      data.buying.flatMap(({ bids }) => bids.map((bid) => [bid.amount, bid.retracted])),
      [[100_000, true]],
    );
  });

  it('holds the account, its sales, its own bids and maximum, its watchlist', async () => {
    const [gil, seller, rival] = await Promise.all(
      ['Gil', 'Seller', 'Rival'].map((name) => register(url(0), name)),
    );
    const own = await createAuction(url(0), gil!.token, { title: 'Bicicleta' });
    const contested = await createAuction(url(1), seller!.token, { title: 'Rádio' });
    const leading = await createAuction(url(0), seller!.token, { title: 'Câmera' });
    assert.equal((await placeBid(url(0), gil!.token, contested.id, 1_000)).status, 201);
    assert.equal((await placeBid(url(1), rival!.token, contested.id, 1_100)).status, 201);
    assert.equal((await placeBid(url(0), gil!.token, contested.id, 1_200)).status, 201);
    const withMax = await call(url(1), 'POST', `/api/auctions/${leading.id}/bids`, {
      token: gil!.token,
      body: { amount: 1_000, maxAmount: 4_000 },
    });
    assert.equal(withMax.status, 201);
    // The rival bids there too, below her maximum: the auction is in both exports.
    assert.equal((await placeBid(url(0), rival!.token, leading.id, 1_500)).status, 201);
    const watched = await call(url(0), 'PUT', `/api/me/watchlist/${contested.id}`, {
      token: gil!.token,
    });
    assert.ok(watched.status < 300);

    const reply = await exportOf(gil!, 1);
    assert.equal(reply.status, 200);
    assert.match(
      String(reply.headers.get('content-disposition')),
      /^attachment; filename="arremate-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const data = reply.body;
    assert.deepEqual(data.account, gil!.user);
    assert.ok(Math.abs(Date.parse(data.exportedAt) - Date.now()) < 60_000);
    assert.deepEqual(
      data.selling.map((auction) => auction.id),
      [own.id],
    );
    assert.deepEqual(
      data.buying.map(({ auction }) => auction.id),
      [leading.id, contested.id],
    );
    const [onLeading, onContested] = data.buying;
    assert.deepEqual(
      onContested!.bids.map((bid) => [bid.amount, bid.bidder.id]),
      [
        [1_000, gil!.user.id],
        [1_200, gil!.user.id],
      ],
      'her own bids, never the rival’s',
    );
    assert.equal(onContested!.maxAmount, 1_200, 'leading without a maximum: her last bid');
    assert.equal(onLeading!.maxAmount, 4_000, 'her secret maximum, to her only');
    assert.deepEqual(
      data.watchlist.map((auction) => auction.id),
      [contested.id],
    );

    // Nobody else's export holds her maximum or her e-mail.
    // (As a number: the text of a random id may hold the digits 4000.)
    const theirs = JSON.stringify((await exportOf(rival!)).body);
    const amounts: unknown[] = [];
    JSON.parse(theirs, (_key, value: unknown) => (amounts.push(value), value));
    assert.equal(amounts.includes(4_000), false);
    assert.equal(theirs.includes(gil!.user.email), false);
  });

  it('reads every page of a long list', async () => {
    const seller = await register(url(0), 'Many');
    const created = [];
    for (let i = 0; i < 205; i++) created.push(await createAuction(url(i), seller.token));
    const { body } = await exportOf(seller);
    assert.equal(body.selling.length, 205);
    assert.deepEqual(
      new Set(body.selling.map((auction) => auction.id)),
      new Set(created.map((a) => a.id)),
    );
  });

  it('is for a signed-in owner only', async () => {
    const anonymous = await exportOf(null);
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.body.error?.code, 'UNAUTHORIZED');
    const forged = await call<{ error: { code: string } }>(url(0), 'GET', '/api/me/export', {
      token: 'not-a-real-token-but-long-enough-to-check',
    });
    assert.equal(forged.status, 401);
  });
});
