// The reasons for reporting and removing an auction as the UI knows them: the
// same list as the API's, a label in each language for every one, and what a
// removed auction says wherever auctions show how they ended.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FLAG_REASONS as API_FLAG_REASONS } from '../../../core/schemas.ts';
import { FLAG_REASONS, isFlagReason, removalReasonOf } from '../../../web/src/flag-reasons.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { outcomeText } from '../../../web/src/i18n/outcome-text.ts';
import { finishedLabel, removedText, stateText } from '../../../web/src/i18n/removal-text.ts';
import { auctionFixture } from './fixtures.ts';

test('the UI’s list is the API’s, in its order: a reason added there and not here fails', () => {
  assert.deepEqual(FLAG_REASONS, [...API_FLAG_REASONS]);
  for (const reason of API_FLAG_REASONS) assert.ok(isFlagReason(reason), reason);
  for (const notOne of ['', 'spam', 'toString', '__proto__', 'Fraud', null, 1])
    assert.equal(isFlagReason(notOne), false, String(notOne));
});

test('every reason has a label, distinct, in Portuguese and in English', () => {
  for (const [language, labels] of [
    ['pt-BR', ptBR.flagReasons],
    ['en', en.flagReasons],
  ] as const) {
    assert.deepEqual(Object.keys(labels).sort(), [...API_FLAG_REASONS].sort(), language);
    for (const reason of API_FLAG_REASONS)
      assert.match(labels[reason], /\S/, `${language}: ${reason}`);
    assert.equal(new Set(Object.values(labels)).size, API_FLAG_REASONS.length, language);
  }
  assert.deepEqual(
    FLAG_REASONS.map((reason) => ptBR.flagReasons[reason]),
    [
      'Item proibido',
      'Falsificação',
      'Fraude ou golpe',
      'Conteúdo ofensivo',
      'Descrição enganosa',
      'Outro motivo',
    ],
  );
  assert.equal(en.flagReasons.fraud, 'Fraud or scam');
});

const removed = (removalReason?: string) =>
  auctionFixture({
    status: 'cancelled',
    outcome: 'REMOVED',
    ...(removalReason === undefined ? {} : { removalReason: removalReason as 'fraud' }),
  });

test('a removed auction says so, with its reason, wherever it shows how it ended', () => {
  const fraud = removed('fraud');
  assert.equal(removalReasonOf(fraud), 'fraud');
  assert.equal(removedText(fraud, ptBR), 'Removido pela moderação: Fraude ou golpe.');
  assert.equal(removedText(fraud, en), 'Removed by the moderators: Fraud or scam.');
  assert.equal(
    outcomeText(fraud, null, ptBR, 'pt-BR'),
    'Removido pela moderação: Fraude ou golpe.',
  );
  assert.equal(finishedLabel(fraud, ptBR), 'Removido pela moderação');
  assert.equal(stateText(fraud, ptBR), 'Removido pela moderação: Fraude ou golpe.');
  for (const reason of API_FLAG_REASONS)
    assert.equal(
      outcomeText(removed(reason), null, ptBR, 'pt-BR'),
      `Removido pela moderação: ${ptBR.flagReasons[reason]}.`,
    );
});

test('without a reason, or with one this build does not know, the removal is said without one', () => {
  for (const auction of [removed(), removed('spaceships')]) {
    assert.equal(removalReasonOf(auction), null);
    assert.equal(removedText(auction, ptBR), 'Removido pela moderação.');
  }
});

test('a cancelled, a closed and an open auction keep their own words', () => {
  const cancelled = auctionFixture({ status: 'cancelled', outcome: 'CANCELLED' });
  assert.equal(finishedLabel(cancelled, ptBR), 'Cancelado');
  assert.equal(outcomeText(cancelled, null, ptBR, 'pt-BR'), ptBR.auction.cancelledBySeller);
  assert.equal(removalReasonOf(cancelled), null, 'not removed');
  assert.equal(
    finishedLabel(auctionFixture({ status: 'closed', outcome: 'NO_BIDS' }), ptBR),
    'Encerrado',
  );
  assert.equal(stateText(auctionFixture(), ptBR), 'Aberto');
  assert.equal(stateText(auctionFixture(), en), 'Open');
});
