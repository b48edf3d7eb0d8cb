// A removal after the end, as it arrives live: `auction:edited` (the page)
// and `auction:updated` (lists) at the seq the auction already had, so a
// removal is the later version at an equal seq, and never taken back by a
// stale reading; `auction:removed` gives its seller an alert worded for a
// sale that stands; a second moderator's removal is refused in words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Auction } from '../../../core/schemas.ts';
import { ApiError } from '../../../web/src/api/http.ts';
import { errorMessage } from '../../../web/src/i18n/error-message.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { moderationErrorMessage } from '../../../web/src/i18n/moderation-error-message.ts';
import { parseStoredAlerts, removalAlert } from '../../../web/src/live/alert-list.ts';
import {
  auctionLiveReducer,
  initialAuctionLiveState,
} from '../../../web/src/live/auction-state.ts';
import { supersedes } from '../../../web/src/live/supersedes.ts';
import { auctionFixture, person } from './fixtures.ts';

const sold = auctionFixture({
  id: 'a1',
  title: 'Rolex',
  status: 'closed',
  outcome: 'SOLD',
  winner: person('bia'),
  seq: 4,
});
const removed: Auction = { ...sold, removalReason: 'counterfeit' };

test('lists take the removal at the same seq, and a stale reading does not undo it', () => {
  assert.equal(supersedes(sold, removed), true);
  assert.equal(supersedes(removed, sold), false);
  assert.equal(supersedes(removed, { ...removed }), false);
  const reversed: Auction = { ...removed, removalReversed: true };
  assert.equal(supersedes(removed, reversed), true);
  assert.equal(supersedes(reversed, removed), false);
});

test('the page takes the removal at the same seq, and keeps it from a stale reading', () => {
  const loaded = auctionLiveReducer(initialAuctionLiveState, {
    type: 'loaded',
    auction: sold,
    bids: [],
    afterSeq: 0,
  });
  const viewerId = 'bia';
  const edited = auctionLiveReducer(loaded, { type: 'bids', auction: removed, bids: [], viewerId });
  assert.equal(edited.auction?.removalReason, 'counterfeit');
  assert.equal(edited.auction?.outcome, 'SOLD', 'the result stands');
  const stale = auctionLiveReducer(edited, { type: 'bids', auction: sold, bids: [], viewerId });
  assert.equal(stale.auction?.removalReason, 'counterfeit');
  const reversed = auctionLiveReducer(stale, {
    type: 'bids',
    auction: { ...removed, removalReversed: true },
    bids: [],
    viewerId,
  });
  const again = auctionLiveReducer(reversed, {
    type: 'bids',
    auction: removed,
    bids: [],
    viewerId,
  });
  assert.equal(again.auction?.removalReversed, true);
  const later = auctionLiveReducer(again, {
    type: 'bids',
    auction: { ...sold, seq: 5 },
    bids: [],
    viewerId,
  });
  assert.equal(later.auction?.removalReason, undefined, 'a later seq is the auction as it is');
});

test('the seller’s alert tells how the auction had ended, kept across reloads', () => {
  const open = auctionFixture({ status: 'cancelled', outcome: 'REMOVED', removalReason: 'fraud' });
  assert.deepEqual(removalAlert(1, open), {
    id: 1,
    kind: 'removed',
    auctionId: 'a1',
    title: 'Lote',
    reason: 'fraud',
  });
  const afterSale = removalAlert(2, removed);
  assert.equal(afterSale.kind === 'removed' && afterSale.endedAs, 'sold');
  const unsold = removalAlert(3, { ...removed, outcome: 'NO_BIDS', winner: null });
  assert.equal(unsold.kind === 'removed' && unsold.endedAs, 'unsold');
  const cancelled = removalAlert(4, { ...removed, status: 'cancelled', outcome: 'CANCELLED' });
  assert.equal(cancelled.kind === 'removed' && cancelled.endedAs, 'unsold');
  const stored = [removalAlert(1, open), afterSale, unsold];
  assert.deepEqual(parseStoredAlerts(JSON.stringify(stored)), stored);
  assert.deepEqual(parseStoredAlerts(JSON.stringify([{ ...afterSale, endedAs: 'won' }])), []);
});

test('its words: a sale that stands is never said to have ended without one', () => {
  assert.equal(
    ptBR.alerts.removedEnded('Rolex', ptBR.flagReasons.counterfeit, true),
    'Seu anúncio “Rolex”, já vendido, foi removido pela moderação: Falsificação. A venda continua valendo.',
  );
  assert.equal(
    ptBR.alerts.removedEnded('Rolex', '', false),
    'Seu anúncio encerrado “Rolex” foi removido pela moderação.',
  );
  assert.equal(
    en.alerts.removedEnded('Rolex', en.flagReasons.counterfeit, true),
    'Your listing “Rolex”, already sold, was removed by the moderators: Counterfeit. The sale stands.',
  );
  for (const t of [ptBR, en])
    for (const sale of [true, false])
      assert.doesNotMatch(t.alerts.removedEnded('Rolex', '', sale), /sem venda|without a sale/);
});

test('a removal already made, and one met by the close, are refused in words', () => {
  const refusal = (code: string) => new ApiError(409, code, 'from the API');
  assert.equal(
    errorMessage(refusal('ALREADY_REMOVED'), ptBR, 'pt-BR'),
    'Este anúncio já tinha sido removido pela moderação.',
  );
  assert.equal(
    moderationErrorMessage(refusal('ALREADY_REMOVED'), en, 'en'),
    'This listing had already been removed by the moderators.',
  );
  assert.equal(
    moderationErrorMessage(refusal('AUCTION_CLOSED'), ptBR, 'pt-BR'),
    'Este leilão está sendo encerrado neste instante. Tente remover de novo em alguns segundos.',
  );
});
