// The questions of an auction page (web/src/live/questions-state.ts): changes
// apply in version order whatever order they arrive in, repeats never show
// twice, a missing one is noticed, and an answer replaces its question. Also
// what the page announces, the question alerts, and that the UI's limits are
// the API's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  AnswerQuestionBody,
  AskQuestionBody,
  MAX_QUESTIONS as API_MAX_QUESTIONS,
  type Question,
} from '../../../core/schemas.ts';
import {
  ANSWER_MAX_LENGTH,
  MAX_QUESTIONS,
  QUESTION_MAX_LENGTH,
  textToSend,
} from '../../../web/src/forms/question-text.ts';
import { addAlert, parseStoredAlerts, type Alert } from '../../../web/src/live/alert-list.ts';
import { questionNews } from '../../../web/src/live/question-news.ts';
import {
  initialQuestionsState,
  missesChanges,
  questionsReducer,
  type QuestionChange,
  type QuestionsAction,
  type QuestionsState,
} from '../../../web/src/live/questions-state.ts';
import { person } from './fixtures.ts';

const asked = (number: number, askerId = 'ana'): Question => ({
  number,
  asker: person(askerId),
  text: `pergunta ${number}`,
  askedAt: '2030-01-01T00:00:00.000Z',
  answer: null,
});
const answered = (question: Question): Question => ({
  ...question,
  answer: { text: `resposta ${question.number}`, answeredAt: '2030-01-01T00:01:00.000Z' },
});

/** The auction's history of changes: questions 1–3 asked, 2 answered, 4 asked, 1 answered. */
const history: QuestionChange[] = [
  { version: 1, question: asked(1) },
  { version: 2, question: asked(2, 'bruno') },
  { version: 3, question: asked(3) },
  { version: 4, question: answered(asked(2, 'bruno')) },
  { version: 5, question: asked(4, 'bruno') },
  { version: 6, question: answered(asked(1)) },
];
/** The list as GET …/questions answers it once the first `version` changes are made. */
const listAt = (version: number) => {
  const byNumber = new Map<number, Question>();
  for (const change of history.slice(0, version))
    byNumber.set(change.question.number, change.question);
  return { items: [...byNumber.values()].sort((a, b) => a.number - b.number), version };
};

const run = (actions: QuestionsAction[], from = initialQuestionsState): QuestionsState =>
  actions.reduce(questionsReducer, from);
const changed = (version: number): QuestionsAction => ({
  type: 'changed',
  change: history[version - 1] as QuestionChange,
});
const loaded = (version: number): QuestionsAction => ({ type: 'loaded', list: listAt(version) });
const shown = (state: QuestionsState) =>
  state.items.map((q) => `${q.number}${q.answer ? ' answered' : ''}`);

test('a question the seller removed goes, in order with the other changes, once', () => {
  const removal: QuestionsAction = { type: 'changed', change: { version: 5, removed: 2 } };
  // The removal arrives before the change it follows: it waits, then both apply.
  let state = run([loaded(3), removal]);
  assert.deepEqual(shown(state), ['1', '2', '3']);
  assert.equal(missesChanges(state), true);
  state = run([changed(4), removal], state);
  assert.deepEqual(shown(state), ['1', '3']);
  assert.equal(state.version, 5);
  assert.equal(missesChanges(state), false);
  assert.deepEqual(run([removal], state), state, 'a repeat changes nothing');
});

test('changes apply in order on top of the list, an answer replacing its question', () => {
  let state = run([loaded(1), changed(2), changed(3)]);
  assert.deepEqual(shown(state), ['1', '2', '3']);
  state = run([changed(4)], state);
  assert.deepEqual(shown(state), ['1', '2 answered', '3'], 'the answer replaces, in place');
  assert.equal(state.version, 4);
  assert.equal(missesChanges(state), false);
});

test('repeats are ignored: an event after the reply to one’s own question, or a late reading', () => {
  const state = run([loaded(2), changed(3), changed(3), changed(2), changed(1)]);
  assert.deepEqual(shown(state), ['1', '2', '3']);
  assert.equal(run([loaded(1)], state), state, 'a reading older than what is held changes nothing');
});

test('a change that skips one waits; the missing one fills the gap, or a reading does', () => {
  const waiting = run([loaded(2), changed(4)]);
  assert.deepEqual(shown(waiting), ['1', '2'], 'not applied over a hole');
  assert.equal(missesChanges(waiting), true, 'the page should read the list again');
  // The reply to one's question and the event before it crossed: both apply, in order.
  const filled = run([changed(3)], waiting);
  assert.deepEqual(shown(filled), ['1', '2 answered', '3']);
  assert.equal(missesChanges(filled), false);
  // Or the event was lost: a reading covers it, and what waited is applied on top.
  const reread = run([loaded(3), changed(5)], waiting);
  assert.deepEqual(shown(reread), ['1', '2 answered', '3', '4']);
  assert.equal(reread.version, 5);
  assert.equal(missesChanges(reread), false);
  // A reading that already has the waiting change simply replaces it.
  const newer = run([loaded(5)], waiting);
  assert.deepEqual(newer.early, []);
  assert.deepEqual(shown(newer), ['1', '2 answered', '3', '4']);
});

test('events before the first reading wait for it, and are not a gap yet', () => {
  const early = run([changed(3), changed(2)]);
  assert.equal(early.loaded, false);
  assert.deepEqual(early.items, []);
  assert.equal(missesChanges(early), false);
  assert.deepEqual(shown(run([loaded(1)], early)), ['1', '2', '3']);
  assert.deepEqual(shown(run([loaded(3)], early)), ['1', '2', '3']);
});

test('any order and repetition of deliveries ends with the whole list; a loss is noticed', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: history.length }),
      fc.array(fc.integer({ min: 1, max: history.length }), { maxLength: 20 }),
      fc.shuffledSubarray(
        history.map((_, i) => i + 1),
        { minLength: history.length },
      ),
      (readAt, repeats, order) => {
        const deliveries = [...order, ...repeats].map(changed);
        const state = run([...deliveries.slice(0, 3), loaded(readAt), ...deliveries.slice(3)]);
        assert.deepEqual(state.items, listAt(history.length).items);
        assert.equal(state.version, history.length);
        assert.equal(missesChanges(state), false);
      },
    ),
  );
  fc.assert(
    fc.property(fc.integer({ min: 1, max: history.length - 1 }), (lost) => {
      const delivered = history.map((_, i) => i + 1).filter((version) => version !== lost);
      const state = run([loaded(0), ...delivered.map(changed)]);
      assert.equal(state.version, lost - 1, 'nothing applied past the hole');
      assert.equal(missesChanges(state), true);
      assert.deepEqual(run([loaded(history.length)], state).items, listAt(history.length).items);
    }),
  );
});

test('the page announces questions from others and answers, not the viewer’s own', () => {
  const before = [asked(1), asked(2, 'bruno')];
  const after = [answered(asked(1)), asked(2, 'bruno'), asked(3, 'carla'), asked(4, 'bruno')];
  assert.deepEqual(questionNews(before, after, { id: 'bruno', isSeller: false }), [
    { kind: 'answered', number: 1, text: 'resposta 1' },
    { kind: 'asked', number: 3, name: 'CARLA', text: 'pergunta 3' },
  ]);
  assert.deepEqual(questionNews(before, after, { id: 'seller', isSeller: true }), [
    { kind: 'asked', number: 3, name: 'CARLA', text: 'pergunta 3' },
    { kind: 'asked', number: 4, name: 'BRUNO', text: 'pergunta 4' },
  ]);
  assert.deepEqual(questionNews(after, after, { id: null, isSeller: false }), []);
});

test('the UI’s limits are the API’s, and a blank text is not sent', () => {
  const maxLength = (schema: object) => (schema as { maxLength?: number }).maxLength;
  assert.equal(QUESTION_MAX_LENGTH, maxLength(AskQuestionBody.properties.text));
  assert.equal(ANSWER_MAX_LENGTH, maxLength(AnswerQuestionBody.properties.text));
  assert.equal(MAX_QUESTIONS, API_MAX_QUESTIONS);
  assert.equal(textToSend('  \n\t '), null);
  assert.equal(textToSend('  Tem garantia?\n'), 'Tem garantia?');
});

test('question alerts: one per auction and kind, kept after the auction’s result and a reload', () => {
  let alerts: Alert[] = [];
  alerts = addAlert(alerts, { id: 1, kind: 'outbid', auctionId: 'a', title: 'Lote' });
  alerts = addAlert(alerts, { id: 2, kind: 'questionAsked', auctionId: 'a', title: 'Lote' });
  alerts = addAlert(alerts, { id: 3, kind: 'questionAsked', auctionId: 'a', title: 'Lote' });
  assert.deepEqual(
    alerts.map((alert) => alert.id),
    [1, 3],
    'a newer question on the same auction replaces the older alert',
  );
  alerts = addAlert(alerts, {
    id: 4,
    kind: 'result',
    auctionId: 'a',
    title: 'Lote',
    result: 'sold',
    amount: 1000,
  });
  assert.deepEqual(
    alerts.map((alert) => alert.id),
    [3, 4],
    'the result ends the outbid alert, not the question still to answer',
  );
  alerts = addAlert(alerts, { id: 5, kind: 'questionAnswered', auctionId: 'b', title: 'Rádio' });
  assert.deepEqual(parseStoredAlerts(JSON.stringify(alerts)), alerts);
  const untitled = [{ id: 6, kind: 'questionAnswered', auctionId: 'b', title: '' }];
  assert.deepEqual(parseStoredAlerts(JSON.stringify(untitled)), []);
});
