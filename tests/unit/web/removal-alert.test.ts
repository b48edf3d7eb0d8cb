// The seller's alert of a moderator's removal: kept across reloads when well
// formed, an end of the auction like a result, and in words in both languages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addAlert, parseStoredAlerts, type Alert } from '../../../web/src/live/alert-list.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';

const removal: Alert = {
  id: 5,
  kind: 'removed',
  auctionId: 'a',
  title: 'Rolex',
  reason: 'counterfeit',
};

test('kept across reloads when well formed, a reason unknown here stored as none', () => {
  const unnamed: Alert = { ...removal, id: 6, auctionId: 'b', reason: null };
  assert.deepEqual(parseStoredAlerts(JSON.stringify([removal, unnamed])), [removal, unnamed]);
  const malformed = [
    { ...removal, reason: 'spaceships' },
    { ...removal, title: '' },
    { ...removal, reason: undefined },
  ];
  assert.deepEqual(parseStoredAlerts(JSON.stringify(malformed)), []);
});

test('like a result, it ends the auction’s outbid and ending-soon alerts', () => {
  const outbid: Alert = { id: 1, kind: 'outbid', auctionId: 'a', title: 'Rolex' };
  const ending: Alert = { id: 2, kind: 'endingSoon', auctionId: 'a', title: 'Rolex', endsAt: 'x' };
  const asked: Alert = { id: 3, kind: 'questionAsked', auctionId: 'a', title: 'Rolex' };
  assert.deepEqual(
    addAlert([outbid, ending, asked], removal).map((alert) => alert.id),
    [3, 5],
  );
});

test('it names the auction and the reason', () => {
  assert.equal(
    ptBR.alerts.removed('Rolex', ptBR.flagReasons.counterfeit),
    'Seu anúncio “Rolex” foi removido pela moderação: Falsificação.',
  );
  assert.equal(
    ptBR.alerts.removed('Rolex', ''),
    'Seu anúncio “Rolex” foi removido pela moderação.',
  );
  assert.equal(
    en.alerts.removed('Rolex', en.flagReasons.counterfeit),
    'Your listing “Rolex” was removed by the moderators: Counterfeit.',
  );
});
