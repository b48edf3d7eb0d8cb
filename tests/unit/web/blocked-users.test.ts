// A seller's blocked users as the UI holds them (web/src/live/blocked-users.ts):
// in the API's order, each once, whatever the blocks and unblocks; who is
// offered the button on a profile; and the blocking refusals said in words in
// both languages, the same words for a bid, Buy It Now, a maximum and a question.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ErrorCode } from '../../../core/errors.ts';
import { MAX_BLOCKED as API_MAX, type PublicUser } from '../../../core/schemas.ts';
import { ApiError } from '../../../web/src/api/http.ts';
import { errorMessage } from '../../../web/src/i18n/error-message.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { questionErrorMessage } from '../../../web/src/i18n/question-error-message.ts';
import {
  byName,
  isBlocked,
  MAX_BLOCKED,
  mayBlock,
  withBlocked,
  withoutBlocked,
} from '../../../web/src/live/blocked-users.ts';

const ana = { id: 'u-ana', name: 'Ana' };
const bruno = { id: 'u-bruno', name: 'Bruno' };
const otherAna = { id: 'u-ana-2', name: 'Ana' };
const names = (list: PublicUser[]) => list.map((user) => user.id);

test('the UI’s limit is the API’s', () => {
  assert.equal(MAX_BLOCKED, API_MAX);
});

test('a block joins where it sorts, by name then id; twice is once; an unblock takes it out', () => {
  let list = withBlocked([], bruno);
  list = withBlocked(list, otherAna);
  list = withBlocked(list, ana);
  assert.deepEqual(names(list), ['u-ana', 'u-ana-2', 'u-bruno']);
  assert.deepEqual(withBlocked(list, ana), list, 'blocking twice is blocking once');
  assert.ok(isBlocked(list, 'u-bruno'));
  list = withoutBlocked(list, 'u-ana');
  assert.deepEqual(names(list), ['u-ana-2', 'u-bruno']);
  assert.equal(isBlocked(list, 'u-ana'), false);
  assert.deepEqual(withoutBlocked(list, 'u-nobody'), list, 'unblocking a stranger changes nothing');
});

test('any blocks and unblocks, in any order, leave the set of the last state, sorted', () => {
  const users = fc.constantFrom(
    ana,
    bruno,
    otherAna,
    { id: 'u-carla', name: 'Carla' },
    { id: 'u-élida', name: 'Élida' },
  );
  const action = fc.record({ block: fc.boolean(), user: users });
  fc.assert(
    fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
      const model = new Map<string, PublicUser>();
      let list: PublicUser[] = [];
      for (const { block, user } of actions) {
        if (block) model.set(user.id, user);
        else model.delete(user.id);
        list = block ? withBlocked(list, user) : withoutBlocked(list, user.id);
      }
      assert.deepEqual(list, [...model.values()].sort(byName));
      assert.equal(new Set(names(list)).size, list.length, 'each once');
    }),
  );
});

test('only someone signed in, on another’s profile, is offered to block', () => {
  assert.equal(mayBlock('u-vera', 'u-bruno'), true);
  assert.equal(mayBlock('u-vera', 'u-vera'), false, 'not oneself');
  assert.equal(mayBlock(null, 'u-bruno'), false, 'not a visitor');
});

test('every blocking code is a sentence of its own in both languages', () => {
  const refusal = (code: string, details = {}) => new ApiError(403, code, 'api text', details);
  const codes = [ErrorCode.BLOCKED_BY_SELLER, ErrorCode.TOO_MANY_BLOCKED, ErrorCode.USER_NOT_FOUND];
  const sentences = new Set<string>();
  for (const [t, locale] of [
    [ptBR, 'pt-BR'],
    [en, 'en'],
  ] as const)
    for (const code of codes) {
      const said = errorMessage(refusal(code, { maxBlocked: 1000 }), t, locale);
      assert.notEqual(said, t.errors.UNKNOWN, `${code} in ${locale}`);
      assert.doesNotMatch(said, /api text/);
      sentences.add(said);
    }
  assert.equal(sentences.size, codes.length * 2, 'no two alike, no language left untranslated');
});

test('BLOCKED_BY_SELLER reads the same for a bid, Buy It Now, a maximum and a question', () => {
  const blocked = new ApiError(403, ErrorCode.BLOCKED_BY_SELLER, 'Blocked.');
  assert.equal(
    errorMessage(blocked, ptBR, 'pt-BR'),
    'Quem vende não aceita lances, compras nem perguntas suas nos leilões que anuncia.',
  );
  for (const [t, locale] of [
    [ptBR, 'pt-BR'],
    [en, 'en'],
  ] as const)
    assert.equal(questionErrorMessage(blocked, t, locale), errorMessage(blocked, t, locale));
});

test('TOO_MANY_BLOCKED names the limit, as the API sent it or as the UI knows it', () => {
  const tooMany = (details = {}) => new ApiError(409, ErrorCode.TOO_MANY_BLOCKED, '', details);
  assert.match(
    errorMessage(tooMany({ maxBlocked: 1000 }), ptBR, 'pt-BR'),
    /bloqueou 1\.000 pessoas/,
  );
  assert.match(errorMessage(tooMany({ maxBlocked: 1000 }), en, 'en'), /blocked 1,000 people/);
  assert.match(errorMessage(tooMany({ maxBlocked: 5 }), en, 'en'), /blocked 5 people/);
  assert.match(errorMessage(tooMany(), en, 'en'), /blocked 1,000 people/, 'missing: the UI’s');
  assert.match(errorMessage(tooMany({ maxBlocked: 'x' }), en, 'en'), /blocked 1,000 people/);
});
