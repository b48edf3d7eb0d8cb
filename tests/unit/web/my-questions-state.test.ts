// *Minhas perguntas* (web/src/live/my-questions-state.ts): an answer goes into
// its own entry only, and a reading that started before it came does not take
// it away.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AskedQuestion, Question, QuestionEvent } from '../../../core/schemas.ts';
import { isListed, mergeRead, withAnswer } from '../../../web/src/live/my-questions-state.ts';
import { person } from './fixtures.ts';

const question = (number: number, answer: Question['answer'] = null): Question => ({
  number,
  asker: person('ana'),
  text: `pergunta ${number}`,
  askedAt: '2030-01-01T00:00:00.000Z',
  answer,
});
const entry = (auctionId: string, number: number): AskedQuestion => ({
  auctionId,
  auctionTitle: `Leilão ${auctionId}`,
  question: question(number),
});
const reply = { text: 'Sim.', answeredAt: '2030-01-01T01:00:00.000Z' };
const answeredEvent = (auctionId: string, number: number): QuestionEvent => ({
  auctionId,
  auctionTitle: `Leilão ${auctionId} (corrigido)`,
  sellerId: 'vera',
  version: 2,
  question: question(number, reply),
});

test('an answer fills its own entry (same auction and number), with the current title', () => {
  const list = [entry('b', 1), entry('a', 1), entry('a', 2)];
  const event = answeredEvent('a', 1);
  assert.ok(isListed(list, event));
  const after = withAnswer(list, event);
  assert.deepEqual(after[1], {
    auctionId: 'a',
    auctionTitle: 'Leilão a (corrigido)',
    question: question(1, reply),
  });
  assert.deepEqual([after[0], after[2]], [list[0], list[2]], 'the others stay');
  assert.equal(isListed(list, answeredEvent('c', 1)), false, 'not listed: read again');
});

test('a reading without an answer already held keeps it; new and removed entries follow the reading', () => {
  const held = withAnswer([entry('a', 1), entry('a', 2)], answeredEvent('a', 1));
  const read = [entry('b', 1), entry('a', 1)];
  assert.deepEqual(mergeRead(held, read), [
    entry('b', 1),
    { ...entry('a', 1), question: question(1, reply) },
  ]);
  const fresher = [{ ...entry('a', 1), question: question(1, reply) }];
  assert.deepEqual(mergeRead([entry('a', 1)], fresher), fresher);
});
