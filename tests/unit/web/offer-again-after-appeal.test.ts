// *Anunciar de novo* after an appeal: a removed auction is not offered again
// while its removal stands, and is once a moderator reversed it on its
// seller's appeal (the auction stays ended: `removalReversed`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayOfferAgain } from '../../../web/src/forms/offer-again.ts';

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
