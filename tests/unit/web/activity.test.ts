// "Minha atividade" as pure rules: where the viewer stands, and which live
// updates bring an auction onto a list it was not on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appendPage, upsertListed } from '../../../web/src/live/auction-list-state.ts';
import { myStanding } from '../../../web/src/live/my-standing.ts';
import { auctionFixture } from './fixtures.ts';

const me = { id: 'me', name: 'Eu' };
const rival = { id: 'rival', name: 'Rival' };

test('the viewer leads, is outbid, won or did not win', () => {
  assert.equal(myStanding(auctionFixture({ leader: me }), 'me'), 'leading');
  assert.equal(myStanding(auctionFixture({ leader: rival }), 'me'), 'outbid');
  const closed = { status: 'closed' as const, leader: me };
  assert.equal(myStanding(auctionFixture({ ...closed, winner: me }), 'me'), 'won');
  assert.equal(
    myStanding(auctionFixture({ ...closed, winner: null, outcome: 'RESERVE_NOT_MET' }), 'me'),
    'lost',
    'leading when the reserve was not met is not winning',
  );
  assert.equal(myStanding(auctionFixture({ status: 'closed', winner: rival }), 'me'), 'lost');
});

test('a newcomer joins the list, first, only when the page admits it', () => {
  const known = auctionFixture({ id: 'known', seq: 1 });
  const led = auctionFixture({ id: 'new', seq: 1, leader: me });
  const leadsIt = (auction: { leader: { id: string } | null }) => auction.leader?.id === 'me';
  assert.deepEqual(upsertListed([known], led, leadsIt), [led, known]);
  const other = auctionFixture({ id: 'other', seq: 1, leader: rival });
  assert.deepEqual(upsertListed([known], other, leadsIt), [known]);
  const newer = auctionFixture({ id: 'known', seq: 2, leader: rival });
  assert.deepEqual(upsertListed([known], newer, leadsIt), [newer], 'known ones update as before');
});

test('a further page goes after the list; what a live update already listed keeps its place', () => {
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => auctionFixture({ id }));
  const listed = [a!, b!];
  const withPage = appendPage(listed, [b!, c!, d!]);
  assert.deepEqual(
    withPage.map((auction) => auction.id),
    ['a', 'b', 'c', 'd'],
  );
  assert.equal(withPage[1], b, 'the listed version, not the page’s');
});

test('a corrected title at the same seq replaces the listed auction; a repeat changes nothing', () => {
  const listed = auctionFixture({ id: 'a', seq: 0, title: 'Relogio' });
  const corrected = auctionFixture({ id: 'a', seq: 0, title: 'Relógio' });
  const items = upsertListed([listed], corrected);
  assert.deepEqual(items, [corrected]);
  assert.equal(upsertListed(items, { ...corrected }), items);
});
