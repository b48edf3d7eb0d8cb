// The category on the create form: Outros unless chosen, always sent, one of
// the list or refused beside the field (the API's 400 too), and kept when an
// item is offered again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AuctionCategory } from '../../../core/schemas.ts';
import {
  apiFieldMessage,
  buildCreateAuctionBody,
  emptyNewAuction,
  fieldOfApiError,
} from '../../../web/src/forms/new-auction-form.ts';
import { offerAgainValues } from '../../../web/src/forms/offer-again.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { auctionFixture } from './fixtures.ts';

const now = Date.UTC(2030, 0, 1, 12);
const build = (category: string) =>
  buildCreateAuctionBody(
    {
      ...emptyNewAuction,
      title: 'Violão',
      startingPrice: '10',
      category: category as AuctionCategory,
    },
    ptBR,
    now,
  );

test('the form starts on Outros and sends the category chosen', () => {
  assert.equal(emptyNewAuction.category, 'other');
  const defaulted = buildCreateAuctionBody(
    { ...emptyNewAuction, title: 'Lote', startingPrice: '10' },
    ptBR,
    now,
  );
  assert.ok('body' in defaulted);
  assert.equal(defaulted.body.category, 'other');
  const chosen = build('music');
  assert.ok('body' in chosen);
  assert.equal(chosen.body.category, 'music');
});

test('a category not in the list is refused beside the field, as the API’s 400 is', () => {
  const refused = build('spaceships');
  assert.ok('errors' in refused);
  assert.equal(refused.errors.category, 'Escolha uma das categorias da lista.');
  const field = fieldOfApiError({}, 'body/category must be equal to one of the allowed values');
  assert.equal(field, 'category');
  assert.equal(apiFieldMessage('category', ptBR), ptBR.field.categoryInvalid);
});

test('offering an item again keeps its category; one listed before categories is Outros', () => {
  const values = offerAgainValues(auctionFixture({ category: 'jewelry' }), 'pt-BR');
  assert.equal(values.category, 'jewelry');
  const built = buildCreateAuctionBody(values, ptBR, now);
  assert.ok('body' in built);
  assert.equal(built.body.category, 'jewelry');
  const { category: _dropped, ...older } = auctionFixture();
  assert.equal(offerAgainValues(older as never, 'pt-BR').category, 'other');
});
