// *Anunciar de novo* after an appeal: a removed auction is not offered again
// while its removal stands, and is once a moderator reversed it on its
// seller's appeal (the auction stays ended: `removalReversed`); lists keep
// the reversed version of an auction they show.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CompactAuction } from '../../../core/schemas.ts';
import { mayOfferAgain } from '../../../web/src/forms/offer-again.ts';
import { supersedes } from '../../../web/src/live/supersedes.ts';
import { auctionFixture } from './fixtures.ts';

const removed = { status: 'cancelled', outcome: 'REMOVED' } as const;

test('a removed auction is offered again only once its removal was reversed', () => {
  assert.equal(mayOfferAgain(removed), false, 'the removal stands');
  assert.equal(mayOfferAgain({ ...removed, removalReversed: undefined }), false);
  assert.equal(mayOfferAgain({ ...removed, removalReversed: true }), true, 'reversed');
});

test('a reversal changes nothing for an auction not removed', () => {
  assert.equal(mayOfferAgain({ status: 'open', outcome: null, removalReversed: true }), false);
  assert.equal(mayOfferAgain({ status: 'closed', outcome: 'SOLD', removalReversed: true }), true);
});

test('lists keep the reversal: it is the later version at an equal seq, never taken back', () => {
  const before = auctionFixture({ status: 'cancelled', outcome: 'REMOVED', seq: 3 });
  const reversed: CompactAuction = { ...before, removalReversed: true };
  assert.equal(supersedes(before, reversed), true, 'the reversal replaces what a list shows');
  assert.equal(supersedes(reversed, before), false, 'a stale reading does not take it back');
  assert.equal(supersedes(reversed, { ...reversed }), false);
});
