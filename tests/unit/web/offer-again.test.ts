// Offering an item again: the create form filled from a finished auction,
// and what it builds is what the first auction asked for (the secret reserve
// and a fixed increment aside, which the public view does not hold).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCreateAuctionBody } from '../../../web/src/forms/new-auction-form.ts';
import { mayOfferAgain, offerAgainValues } from '../../../web/src/forms/offer-again.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { auctionFixture } from './fixtures.ts';

const finished = auctionFixture({
  title: 'Relógio de bolso',
  description: 'Prata 925.',
  status: 'closed',
  outcome: 'RESERVE_NOT_MET',
  hasReserve: true,
  startingPrice: 123_456,
  buyNowPrice: 500_000,
  softCloseSeconds: 300,
  startsAt: '2030-01-01T10:00:00.000Z',
  // Two hours as planned; an extension moved the real end.
  originalEndsAt: '2030-01-01T12:00:00.000Z',
  endsAt: '2030-01-01T12:04:00.000Z',
});

test('title, description, prices, window and planned length come back; it starts now', () => {
  const values = offerAgainValues(finished, 'pt-BR');
  assert.equal(values.title, 'Relógio de bolso');
  assert.equal(values.description, 'Prata 925.');
  assert.equal(values.startingPrice, '1234,56');
  assert.equal(values.buyNowPrice, '5000,00');
  assert.equal(values.reservePrice, '', 'secret: typed again');
  assert.equal(values.minIncrement, '', 'the default table');
  assert.equal(values.softCloseSeconds, '300');
  assert.deepEqual([values.duration, values.durationUnit], ['2', 'hours']);
  assert.deepEqual([values.startMode, values.endMode], ['now', 'duration']);
  assert.equal(offerAgainValues(finished, 'en').startingPrice, '1234.56');

  const built = buildCreateAuctionBody(values, ptBR, Date.UTC(2030, 0, 2));
  assert.ok('body' in built);
  assert.deepEqual(
    {
      title: built.body.title,
      startingPrice: built.body.startingPrice,
      buyNowPrice: built.body.buyNowPrice,
      softCloseSeconds: built.body.softCloseSeconds,
      durationSeconds: built.body.durationSeconds,
    },
    {
      title: 'Relógio de bolso',
      startingPrice: 123_456,
      buyNowPrice: 500_000,
      softCloseSeconds: 300,
      durationSeconds: 7200,
    },
  );
});

test('lengths keep the largest whole unit; an unusual window falls back to the default', () => {
  const run = (seconds: number) => {
    const startsAt = '2030-01-01T00:00:00.000Z';
    const end = new Date(Date.parse(startsAt) + seconds * 1000).toISOString();
    const values = offerAgainValues(
      auctionFixture({ startsAt, originalEndsAt: end, endsAt: end, softCloseSeconds: 45 }),
      'pt-BR',
    );
    return [values.duration, values.durationUnit, values.softCloseSeconds];
  };
  assert.deepEqual(run(3 * 86_400), ['3', 'days', '120']);
  assert.deepEqual(run(90 * 60), ['90', 'minutes', '120']);
  assert.deepEqual(run(61), ['61', 'seconds', '120']);
});

test('offered once over, unless a moderator removed it', () => {
  assert.equal(mayOfferAgain({ status: 'open', outcome: null }), false);
  assert.equal(mayOfferAgain({ status: 'closed', outcome: 'SOLD' }), true);
  assert.equal(mayOfferAgain({ status: 'closed', outcome: 'NO_BIDS' }), true);
  assert.equal(mayOfferAgain({ status: 'cancelled', outcome: 'CANCELLED' }), true);
  assert.equal(mayOfferAgain({ status: 'cancelled', outcome: 'REMOVED' }), false);
});
