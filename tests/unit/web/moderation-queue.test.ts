// The moderators' queue: the reason offered first for a removal, the items
// still listed once some were acted on, and where the focus goes next.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AuctionFlag, FlaggedAuction, FlagReason } from '../../../core/schemas.ts';
import {
  mostReportedReason,
  neighbourOf,
  pendingItems,
} from '../../../web/src/live/moderation-queue.ts';
import { matchRoute } from '../../../web/src/routing/router.ts';
import { auctionFixture, person } from './fixtures.ts';

const flag = (reason: string, reporter = 'r'): AuctionFlag => ({
  reporter: person(reporter),
  reason: reason as FlagReason,
  details: null,
  flaggedAt: '2030-01-01T00:00:00.000Z',
});
const reasons = (...list: string[]) => list.map((reason, i) => flag(reason, `r${i}`));

test('the reason most reports give is offered first', () => {
  assert.equal(mostReportedReason(reasons('fraud')), 'fraud');
  assert.equal(mostReportedReason(reasons('other', 'fraud', 'counterfeit', 'fraud')), 'fraud');
  assert.equal(mostReportedReason(reasons('offensive', 'misleading', 'misleading')), 'misleading');
});

test('between equals, the one reported first; without reports, other', () => {
  assert.equal(mostReportedReason(reasons('counterfeit', 'fraud')), 'counterfeit');
  assert.equal(
    mostReportedReason(reasons('fraud', 'counterfeit', 'counterfeit', 'fraud')),
    'fraud',
  );
  assert.equal(mostReportedReason([]), 'other');
});

test('a reason this build does not know is never offered', () => {
  assert.equal(mostReportedReason(reasons('spaceships', 'spaceships', 'fraud')), 'fraud');
  assert.equal(mostReportedReason(reasons('spaceships')), 'other');
});

const item = (id: string): FlaggedAuction => ({
  auction: auctionFixture({ id }),
  flags: reasons('fraud'),
  firstFlaggedAt: '2030-01-01T00:00:00.000Z',
  sellerSuspended: false,
});

test('removed or kept here, an auction leaves the list; a later page lists none twice', () => {
  const items = [item('a'), item('b'), item('c'), item('b')];
  const ids = (list: FlaggedAuction[]) => list.map(({ auction }) => auction.id);
  assert.deepEqual(ids(pendingItems(items, new Set())), ['a', 'b', 'c']);
  assert.deepEqual(ids(pendingItems(items, new Set(['b']))), ['a', 'c']);
  assert.deepEqual(ids(pendingItems(items, new Set(['a', 'b', 'c']))), []);
});

test('the focus goes to the next item, else the one before, else the page', () => {
  const items = [item('a'), item('b'), item('c')];
  assert.equal(neighbourOf(items, 'a'), 'b');
  assert.equal(neighbourOf(items, 'b'), 'c');
  assert.equal(neighbourOf(items, 'c'), 'b');
  assert.equal(neighbourOf([item('a')], 'a'), null);
  assert.equal(neighbourOf(items, 'x'), null);
});

test('the page has its address', () => {
  assert.deepEqual(matchRoute('/moderation'), { name: 'moderation' });
  assert.deepEqual(matchRoute('/moderation/'), { name: 'moderation' });
});
