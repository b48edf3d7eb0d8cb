// A moderator's removal of an auction that had already ended: it keeps its
// status and result (a sale stands between its parties) and only gains
// `removalReason`. What reads as removed, what keeps the words of its end,
// what the moderator is asked, and what the seller may do after.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Auction } from '../../../core/schemas.ts';
import {
  endedByRemoval,
  isRemoved,
  isRemovedAfterEnd,
  removalReasonOf,
} from '../../../web/src/flag-reasons.ts';
import { mayFlag } from '../../../web/src/forms/flag-auction.ts';
import { mayOfferAgain } from '../../../web/src/forms/offer-again.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { outcomeText } from '../../../web/src/i18n/outcome-text.ts';
import {
  finishedLabel,
  removalQuestion,
  removedText,
  stateText,
} from '../../../web/src/i18n/removal-text.ts';
import { auctionFixture, brl, person } from './fixtures.ts';

const sold = auctionFixture({
  title: 'Rolex',
  status: 'closed',
  outcome: 'SOLD',
  currentPrice: 15000,
  winner: person('bia'),
  seq: 4,
});
const removedAfterSale: Auction = { ...sold, removalReason: 'counterfeit' };
const removedWhileOpen = auctionFixture({
  status: 'cancelled',
  outcome: 'REMOVED',
  removalReason: 'fraud',
});
/** Its seller cancelled it, then a moderator took it down. */
const cancelledThenRemoved = auctionFixture({
  status: 'cancelled',
  outcome: 'CANCELLED',
  removalReason: 'offensive',
});

test('removed is a reason given, whether the removal ended the auction or came after', () => {
  for (const auction of [removedWhileOpen, removedAfterSale, cancelledThenRemoved])
    assert.equal(isRemoved(auction), true, auction.outcome ?? '');
  assert.equal(isRemoved(sold), false);
  assert.equal(isRemoved(auctionFixture({ status: 'cancelled', outcome: 'CANCELLED' })), false);
  assert.equal(endedByRemoval(removedWhileOpen), true);
  assert.equal(isRemovedAfterEnd(removedWhileOpen), false);
  for (const auction of [removedAfterSale, cancelledThenRemoved]) {
    assert.equal(endedByRemoval(auction), false);
    assert.equal(isRemovedAfterEnd(auction), true);
  }
  assert.equal(removalReasonOf(removedAfterSale), 'counterfeit');
  assert.equal(removalReasonOf(cancelledThenRemoved), 'offensive');
  const unknown = { ...sold, removalReason: 'spaceships' } as unknown as Auction;
  assert.equal(isRemoved(unknown), true, 'a reason of a newer replica still removes it');
  assert.equal(removalReasonOf(unknown), null, 'but is not named');
});

test('removed after its end, it keeps the words of its end, and the result stands', () => {
  assert.equal(finishedLabel(removedAfterSale, ptBR), 'Encerrado');
  assert.equal(finishedLabel(cancelledThenRemoved, ptBR), 'Cancelado');
  assert.equal(
    outcomeText(removedAfterSale, null, ptBR, 'pt-BR'),
    `Arrematado por BIA por ${brl(15000)}.`,
  );
  assert.equal(outcomeText(removedAfterSale, 'bia', en, 'en'), 'You won this lot for R$150.00!');
  assert.equal(removedText(removedAfterSale, ptBR), 'Removido pela moderação: Falsificação.');
  assert.equal(stateText(removedAfterSale, ptBR), 'Removido pela moderação: Falsificação.');
  assert.equal(finishedLabel(removedWhileOpen, ptBR), 'Removido pela moderação', 'unchanged');
});

test('the moderator is asked what removing does: an open auction ends, an ended one keeps its result', () => {
  const open = auctionFixture({ title: 'Rolex' });
  assert.equal(
    removalQuestion(open, 'counterfeit', ptBR),
    'Remover “Rolex”? O leilão termina agora, sem venda, e quem vende é avisado do motivo: Falsificação. Não dá para desfazer.',
  );
  const ended = removalQuestion(sold, 'counterfeit', ptBR);
  assert.equal(
    ended,
    'Remover “Rolex”? O leilão já terminou e o resultado continua valendo; o anúncio sai das buscas e passa a mostrar o motivo: Falsificação. Quem vende é avisado e pode recorrer.',
  );
  assert.doesNotMatch(ended, /sem venda|termina agora/);
  assert.match(
    removalQuestion(sold, 'fraud', en),
    /already ended and its result stands.*Fraud or scam/,
  );
  assert.match(removalQuestion(cancelledThenRemoved, 'fraud', en), /already ended/);
});

test('no *Anunciar de novo* nor report while the removal stands; relisting once reversed', () => {
  assert.equal(mayOfferAgain(sold), true, 'before the removal');
  assert.equal(mayOfferAgain(removedAfterSale), false);
  assert.equal(mayOfferAgain(cancelledThenRemoved), false);
  assert.equal(mayOfferAgain({ ...removedAfterSale, removalReversed: true }), true);
  assert.equal(mayFlag(sold, 'someone'), true, 'an ended auction may be reported');
  assert.equal(mayFlag(removedAfterSale, 'someone'), false, 'not again once removed');
  assert.equal(mayFlag({ ...removedAfterSale, removalReversed: true }, 'someone'), false);
});

test('the page’s sentences for a removal after the end, in both languages', () => {
  for (const t of [ptBR, en]) {
    for (const text of [t.auction.removedAfterSale, t.auction.removedAfterEnd])
      assert.doesNotMatch(text, /sem venda|without a sale/);
    assert.match(t.auction.announceRemovedAfterEnd, /\S/);
  }
  assert.match(ptBR.auction.removedAfterSale, /a venda continua valendo/);
  assert.match(en.auction.removedAfterSale, /the sale still stands/);
});
