// Reporting an auction from its page: who is offered it, what is sent, which
// refusals end the form, and each refusal in words in both languages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FlagAuctionBody } from '../../../core/schemas.ts';
import { ApiError } from '../../../web/src/api/http.ts';
import {
  FLAG_DETAILS_MAX_LENGTH,
  flagBody,
  isFinalFlagRefusal,
  mayFlag,
} from '../../../web/src/forms/flag-auction.ts';
import { errorMessage } from '../../../web/src/i18n/error-message.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { moderationErrorMessage } from '../../../web/src/i18n/moderation-error-message.ts';
import { auctionFixture } from './fixtures.ts';

test('the details’ limit is the API’s', () => {
  const details = FlagAuctionBody.properties.details as { maxLength?: number };
  assert.equal(FLAG_DETAILS_MAX_LENGTH, details.maxLength);
});

test('anyone signed in but the seller, unless it was cancelled or removed; a finished one too', () => {
  const open = auctionFixture();
  assert.equal(mayFlag(open, 'bidder'), true);
  assert.equal(mayFlag(open, 'seller'), false, 'the seller');
  assert.equal(mayFlag(open, null), false, 'a visitor');
  assert.equal(mayFlag(auctionFixture({ status: 'closed', outcome: 'SOLD' }), 'bidder'), true);
  assert.equal(mayFlag(auctionFixture({ status: 'cancelled', outcome: 'CANCELLED' }), 'b'), false);
  assert.equal(mayFlag(auctionFixture({ status: 'cancelled', outcome: 'REMOVED' }), 'b'), false);
});

test('the details go trimmed, and not at all when blank', () => {
  assert.deepEqual(flagBody('fraud', '  Pede Pix adiantado.\n'), {
    reason: 'fraud',
    details: 'Pede Pix adiantado.',
  });
  assert.deepEqual(flagBody('other', ' \n '), { reason: 'other' });
});

test('only refusals a retry cannot change take the form away', () => {
  for (const code of ['ALREADY_FLAGGED', 'AUCTION_CANCELLED', 'AUCTION_NOT_FOUND', 'OWN_AUCTION'])
    assert.equal(isFinalFlagRefusal(code), true, code);
  for (const code of ['NETWORK', 'RATE_LIMITED', 'UNAUTHORIZED', 'VALIDATION_FAILED', 'UNKNOWN'])
    assert.equal(isFinalFlagRefusal(code), false, code);
});

const refusal = (code: string, status = 409) => new ApiError(status, code, 'from the API');

test('refusals in words, in the terms of reporting and moderating', () => {
  const say = (code: string) => moderationErrorMessage(refusal(code), ptBR, 'pt-BR');
  assert.equal(say('ALREADY_FLAGGED'), ptBR.flag.alreadyFlagged);
  assert.match(say('ALREADY_FLAGGED'), /já denunciou/);
  assert.equal(say('OWN_AUCTION'), 'Este anúncio é seu: você não pode denunciá-lo.');
  assert.equal(say('AUCTION_CLOSED'), ptBR.moderation.closingNow);
  assert.equal(say('AUCTION_CANCELLED'), 'Este leilão foi cancelado ou removido.');
  assert.equal(say('NOT_A_MODERATOR'), 'Só moderadores podem fazer isso.');
  assert.equal(say('RATE_LIMITED'), ptBR.errors.RATE_LIMITED);
  assert.equal(
    moderationErrorMessage(refusal('OWN_AUCTION'), en, 'en'),
    'This listing is yours: you cannot report it.',
  );
});

test('the new codes have their own sentence anywhere, in both languages', () => {
  for (const code of ['ALREADY_FLAGGED', 'AUCTION_CANCELLED', 'NOT_A_MODERATOR'] as const)
    for (const t of [ptBR, en]) {
      const sentence = errorMessage(refusal(code), t, 'pt-BR');
      assert.equal(sentence, t.errors[code]);
      assert.notEqual(sentence, t.errors.UNKNOWN, code);
    }
});
