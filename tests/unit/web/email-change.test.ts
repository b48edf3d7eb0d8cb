// The link that puts an address back (`/email-revert`), and its error said in
// words of its own, in both languages (never the generic sentence).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError } from '../../../web/src/api/http.ts';
import { errorMessage } from '../../../web/src/i18n/error-message.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { matchRoute } from '../../../web/src/routing/router.ts';

test('the link in the notice opens the revert page', () => {
  assert.deepEqual(matchRoute('/email-revert'), { name: 'emailRevert' });
  assert.deepEqual(matchRoute('/email-revert/'), { name: 'emailRevert' });
});

test('a spent revert link has its own sentence in both languages', () => {
  for (const [locale, t] of [
    ['pt-BR', ptBR],
    ['en', en],
  ] as const) {
    const said = errorMessage(new ApiError(400, 'INVALID_REVERT_TOKEN', 'spent'), t, locale);
    assert.equal(said, t.errors.INVALID_REVERT_TOKEN, locale);
    assert.notEqual(said, t.errors.UNKNOWN, locale);
    assert.notEqual(said, t.errors.INVALID_VERIFICATION_TOKEN, locale);
  }
});

test('the change names the new address', () => {
  for (const t of [ptBR, en])
    assert.match(t.account.emailChanged('b@example.com'), /b@example\.com/);
});
