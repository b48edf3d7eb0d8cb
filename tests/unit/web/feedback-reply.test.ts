// Answers to feedback as the UI handles them: only the person a rating is
// about answers it, once; an answer joins what is shown in place, whatever
// the order and repetition of the events and readings that bring it (a
// property test), and a reading older than an answer shown does not take it
// away; the UI's limit is the API's; each refusal is said in its own words
// in both languages; the author's alert is kept and worded.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ErrorCode } from '../../../core/errors.ts';
import type { AuctionFeedback, Feedback } from '../../../core/schemas.ts';
import { ReplyToFeedbackBody } from '../../../core/schemas.ts';
import { ApiError } from '../../../web/src/api/http.ts';
import {
  FEEDBACK_REPLY_MAX_LENGTH,
  FINAL_REPLY_REFUSALS,
  keepKnownReplies,
  mayReply,
  withReply,
  withReplyIn,
} from '../../../web/src/forms/feedback-reply.ts';
import { withFeedback } from '../../../web/src/forms/sale-feedback.ts';
import { feedbackErrorMessage } from '../../../web/src/i18n/feedback-error-message.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { addAlert, parseStoredAlerts, type Alert } from '../../../web/src/live/alert-list.ts';
import { feedbackFixture } from './fixtures.ts';

const rating = (role: Feedback['role'], auctionId = 'a1'): Feedback =>
  feedbackFixture(role, { auctionId, auctionTitle: 'Vitrola' });
const answered = (item: Feedback, text = 'Obrigada!'): Feedback => ({
  ...item,
  reply: { text, createdAt: '2030-01-03T00:00:00.000Z' },
});
const sale = (...items: Feedback[]): AuctionFeedback => ({
  items,
  openUntil: '2030-03-02T00:00:00.000Z',
});

test('only the person a rating is about answers it, signed in, once', () => {
  const buyers = rating('buyer');
  assert.equal(mayReply(buyers, 'seller'), true, 'the seller answers the buyer’s rating');
  assert.equal(mayReply(buyers, 'buyer'), false, 'not its author');
  assert.equal(mayReply(buyers, 'carla'), false, 'nor anyone else');
  assert.equal(mayReply(buyers, null), false, 'nor a visitor');
  assert.equal(mayReply(answered(buyers), 'seller'), false, 'once');
  assert.equal(mayReply(rating('seller'), 'buyer'), true, 'the buyer answers the seller’s');
});

test('an answer shows in place of its rating; a repeat or an unanswered copy changes nothing', () => {
  const shown = sale(rating('buyer'), rating('seller'));
  const once = withReply(shown, answered(rating('seller')));
  assert.deepEqual(
    once.items.map((item) => [item.role, item.reply?.text ?? null]),
    [
      ['buyer', null],
      ['seller', 'Obrigada!'],
    ],
  );
  assert.equal(withReply(once, answered(rating('seller'), 'Outra')), once, 'never rewritten');
  assert.equal(withReply(once, rating('seller')), once, 'a copy without it is older');
  // The rating itself not heard of yet (its event lost): it comes with its answer.
  assert.deepEqual(withReply(sale(rating('buyer')), answered(rating('seller'))).items, [
    rating('buyer'),
    answered(rating('seller')),
  ]);
  // A profile's list: only the same sale and role.
  const list = [rating('buyer', 'a1'), rating('buyer', 'a2')];
  assert.deepEqual(withReplyIn(list, answered(rating('buyer', 'a2'))), [
    rating('buyer', 'a1'),
    answered(rating('buyer', 'a2')),
  ]);
  assert.deepEqual(withReplyIn(list, answered(rating('seller', 'a2'))), list, 'not on this list');
});

test('a reading older than an answer shown keeps the answer', () => {
  const shown = sale(answered(rating('buyer')));
  assert.deepEqual(keepKnownReplies(shown, sale(rating('buyer'), rating('seller'))).items, [
    answered(rating('buyer')),
    rating('seller'),
  ]);
  const fresh = sale(answered(rating('buyer')), answered(rating('seller'), 'De nada'));
  assert.deepEqual(keepKnownReplies(sale(rating('buyer')), fresh), fresh);
  assert.deepEqual(keepKnownReplies(null, fresh), fresh);
  // Read before the rating itself was left: the answered rating stays.
  assert.deepEqual(keepKnownReplies(shown, sale()).items, [answered(rating('buyer'))]);
});

test('whatever the order and repetition of what arrives, the sale ends the same', () => {
  // Each delivery: a rating left, its answer, or a reading of the sale as it was then.
  const final = sale(answered(rating('buyer')), answered(rating('seller'), 'De nada'));
  type Delivery = (shown: AuctionFeedback) => AuctionFeedback;
  const deliveries: Delivery[] = [
    (shown) => withFeedback(shown, rating('buyer')),
    (shown) => withFeedback(shown, rating('seller')),
    (shown) => withReply(shown, final.items[0] as Feedback),
    (shown) => withReply(shown, final.items[1] as Feedback),
    (shown) => keepKnownReplies(shown, sale(rating('buyer'))),
    (shown) => keepKnownReplies(shown, sale(rating('buyer'), rating('seller'))),
  ];
  const byRole = (s: AuctionFeedback) =>
    [...s.items].sort((a, b) => a.role.localeCompare(b.role)).map((item) => item.reply?.text);
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: deliveries.length - 1 }), { maxLength: 12 }),
      fc.array(fc.integer({ min: 0, max: deliveries.length - 1 }), { maxLength: 12 }),
      (before, after) => {
        // Every answer arrives at least once; anything may come before and after.
        const steps = [...before, 2, 3, ...after];
        const end = steps.reduce((shown, n) => (deliveries[n] as Delivery)(shown), sale());
        assert.deepEqual(byRole(end), byRole(final));
      },
    ),
  );
});

test('the UI’s limit is the API’s, and each refusal is said in its own words', () => {
  const text = ReplyToFeedbackBody.properties.text as { maxLength?: number };
  assert.equal(FEEDBACK_REPLY_MAX_LENGTH, text.maxLength);
  for (const code of FINAL_REPLY_REFUSALS) assert.ok(code in ErrorCode, code);
  const refusal = (code: string) => new ApiError(409, code, 'api text');
  for (const t of [ptBR, en]) {
    const locale = t === ptBR ? 'pt-BR' : 'en';
    const said = (error: unknown) => feedbackErrorMessage(error, t, locale);
    assert.equal(said(refusal(ErrorCode.NOT_RATED)), t.feedback.notRated);
    assert.equal(said(refusal(ErrorCode.FEEDBACK_NOT_FOUND)), t.feedback.feedbackNotFound);
    assert.equal(said(refusal(ErrorCode.ALREADY_REPLIED)), t.feedback.alreadyReplied);
    const sentences = new Set([...FINAL_REPLY_REFUSALS].map((code) => said(refusal(code))));
    assert.equal(sentences.size, 3, 'three different sentences');
    for (const code of ['VALIDATION_FAILED', 'RATE_LIMITED', 'NETWORK'] as const)
      assert.equal(said(refusal(code)), t.errors[code]);
  }
  assert.equal(ptBR.feedback.replyFrom('Vera'), 'Resposta de Vera:');
  assert.equal(en.feedback.replyFrom('Vera'), 'Reply from Vera:');
});

test('the author’s alert of an answer is kept across reloads and worded in both languages', () => {
  const replied: Alert = {
    id: 1,
    kind: 'feedbackReplied',
    auctionId: 'a',
    title: 'Vitrola',
    from: 'Vera',
  };
  const gone: Alert = { ...replied, id: 2, auctionId: 'b', title: '' };
  assert.deepEqual(parseStoredAlerts(JSON.stringify([replied, gone])), [replied, gone]);
  const malformed = [
    { ...replied, from: '' },
    { ...replied, title: null },
    { ...replied, from: 7 },
  ];
  assert.deepEqual(parseStoredAlerts(JSON.stringify(malformed)), []);
  const rated: Alert = { ...replied, id: 3, kind: 'feedbackLeft', rating: 'positive' };
  assert.deepEqual(
    addAlert([rated], replied).map((alert) => alert.kind),
    ['feedbackLeft', 'feedbackReplied'],
    'a rating and an answer on one sale are two pieces of news',
  );
  assert.equal(
    ptBR.alerts.feedbackReplied('Vera', 'Vitrola'),
    'Vera respondeu à sua avaliação de “Vitrola”.',
  );
  assert.equal(
    en.alerts.feedbackReplied('Vera', 'Vitrola'),
    'Vera replied to your feedback on “Vitrola”.',
  );
  assert.equal(ptBR.alerts.feedbackReplied('Vera', ''), 'Vera respondeu à sua avaliação.');
});
