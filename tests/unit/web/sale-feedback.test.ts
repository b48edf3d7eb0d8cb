// Who may rate whom after a sale, as the auction page decides before asking
// the API: the parties of a sold auction, once each, before the window
// closes; what the form sends; and every refusal said in words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AuctionFeedback, Feedback } from '../../../core/schemas.ts';
import { ErrorCode } from '../../../core/errors.ts';
import { LeaveFeedbackBody } from '../../../core/schemas.ts';
import { ApiError } from '../../../web/src/api/http.ts';
import {
  FEEDBACK_COMMENT_MAX_LENGTH,
  feedbackBody,
  isSold,
  mayRate,
  ratedParty,
  saleRoleOf,
  withFeedback,
} from '../../../web/src/forms/sale-feedback.ts';
import { feedbackErrorMessage } from '../../../web/src/i18n/feedback-error-message.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { auctionFixture, feedbackFixture, person } from './fixtures.ts';

const sold = auctionFixture({
  status: 'closed',
  outcome: 'SOLD',
  closedAt: '2030-01-01T00:00:00.000Z',
  winner: person('buyer'),
});
const openUntil = '2030-03-02T00:00:00.000Z';
const until = Date.parse(openUntil);

const left = (role: Feedback['role']): Feedback =>
  feedbackFixture(role, { auctionId: sold.id, auctionTitle: sold.title });
const sale = (...items: Feedback[]): AuctionFeedback => ({ items, openUntil });

test('only a sold auction is rated, by its seller and its buyer, each rating the other', () => {
  assert.equal(isSold(sold), true);
  assert.equal(isSold(auctionFixture({ ...sold, outcome: 'BOUGHT_NOW' })), true);
  assert.equal(isSold(auctionFixture({ status: 'closed', outcome: 'NO_BIDS' })), false);
  assert.equal(isSold(auctionFixture({ ...sold, status: 'open', outcome: null })), false);
  assert.equal(isSold(auctionFixture({ ...sold, status: 'cancelled' })), false);

  assert.equal(saleRoleOf(sold, 'seller'), 'seller');
  assert.equal(saleRoleOf(sold, 'buyer'), 'buyer');
  assert.equal(saleRoleOf(sold, 'carla'), null);
  assert.equal(saleRoleOf(sold, null), null);
  assert.equal(
    saleRoleOf(auctionFixture({ status: 'closed', outcome: 'NO_BIDS' }), 'seller'),
    null,
  );

  assert.equal(ratedParty(sold, 'buyer')?.id, 'seller');
  assert.equal(ratedParty(sold, 'seller')?.id, 'buyer');
});

test('a party may rate once, while the server’s clock is before the window’s end', () => {
  assert.equal(mayRate('buyer', sale(), until - 1), true);
  assert.equal(mayRate('buyer', sale(), until), false, 'the end itself is too late');
  assert.equal(mayRate('buyer', sale(left('buyer')), until - 1), false, 'already rated');
  assert.equal(mayRate('seller', sale(left('buyer')), until - 1), true, 'the other has not');
  assert.equal(mayRate(null, sale(), until - 1), false, 'not a party');
  assert.equal(mayRate('buyer', { items: [], openUntil: null }, 0), false, 'not sold');
});

test('one’s feedback joins the sale’s once; a repeat changes nothing', () => {
  const once = withFeedback(sale(left('seller')), left('buyer'));
  assert.deepEqual(
    once.items.map((item) => item.role),
    ['seller', 'buyer'],
  );
  assert.equal(withFeedback(once, { ...left('buyer'), rating: 'negative' }), once);
});

test('the form sends the comment trimmed, or none when blank; its limit is the API’s', () => {
  assert.deepEqual(feedbackBody('neutral', '   \n '), { rating: 'neutral' });
  assert.deepEqual(feedbackBody('positive', ' Chegou antes do prazo.\n'), {
    rating: 'positive',
    comment: 'Chegou antes do prazo.',
  });
  const comment = LeaveFeedbackBody.properties.comment as { maxLength?: number };
  assert.equal(FEEDBACK_COMMENT_MAX_LENGTH, comment.maxLength);
});

test('each refusal of a sale’s feedback is said in its own words, in both languages', () => {
  const refusal = (code: string, details = {}) => new ApiError(409, code, 'api text', details);
  for (const t of [ptBR, en]) {
    const locale = t === ptBR ? 'pt-BR' : 'en';
    const said = (error: unknown) => feedbackErrorMessage(error, t, locale);
    assert.equal(said(refusal(ErrorCode.NOT_A_PARTY)), t.feedback.notAParty);
    assert.equal(said(refusal(ErrorCode.NOT_SOLD)), t.feedback.notSold);
    assert.equal(said(refusal(ErrorCode.FEEDBACK_ALREADY_LEFT)), t.feedback.alreadyLeft);
    assert.equal(said(refusal(ErrorCode.FEEDBACK_CLOSED)), t.feedback.closed);
    assert.equal(
      said(refusal(ErrorCode.ACCOUNT_DELETED, { role: 'seller', name: 'Vera' })),
      t.feedback.accountDeleted('Vera'),
    );
    for (const code of ['VALIDATION_FAILED', 'UNAUTHORIZED', 'RATE_LIMITED', 'NETWORK'] as const)
      assert.equal(said(refusal(code)), t.errors[code]);
    assert.equal(said(new Error('boom')), t.errors.UNKNOWN);
  }
  assert.match(ptBR.feedback.accountDeleted('Vera'), /^Vera excluiu a conta/);
});
