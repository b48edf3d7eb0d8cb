// How a finished auction ended, said from the viewer's side.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outcomeText } from '../../../web/src/i18n/outcome-text.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { auctionFixture, person } from './fixtures.ts';

const finished = (
  outcome: 'SOLD' | 'BOUGHT_NOW' | 'NO_BIDS' | 'RESERVE_NOT_MET' | 'CANCELLED',
  winner: string | null,
) =>
  auctionFixture({
    status: outcome === 'CANCELLED' ? 'cancelled' : 'closed',
    outcome,
    currentPrice: 5000,
    winner: winner ? person(winner) : null,
  });

test('each outcome has its own sentence', () => {
  assert.equal(
    outcomeText(finished('SOLD', 'bia'), null, ptBR, 'pt-BR'),
    'Arrematado por BIA por R$\u00a050,00.',
  );
  assert.equal(
    outcomeText(finished('SOLD', 'bia'), 'bia', ptBR, 'pt-BR'),
    'Você arrematou este lote por R$\u00a050,00!',
  );
  assert.match(outcomeText(finished('BOUGHT_NOW', 'bia'), null, ptBR, 'pt-BR'), /Compre já/);
  assert.equal(
    outcomeText(finished('NO_BIDS', null), null, ptBR, 'pt-BR'),
    ptBR.auction.closedNoBids,
  );
  assert.equal(
    outcomeText(finished('RESERVE_NOT_MET', null), null, ptBR, 'pt-BR'),
    ptBR.auction.reserveNotMet,
  );
  assert.equal(
    outcomeText(finished('CANCELLED', null), null, ptBR, 'pt-BR'),
    ptBR.auction.cancelledBySeller,
  );
});
