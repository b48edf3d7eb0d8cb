// The e-mail verification link's route, and the API's verification errors
// said in words of their own, in both languages (never the generic sentence).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError } from '../../../web/src/api/http.ts';
import { errorMessage } from '../../../web/src/i18n/error-message.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { matchRoute } from '../../../web/src/routing/router.ts';

test('the link in the e-mail opens the verification page', () => {
  assert.deepEqual(matchRoute('/verify-email'), { name: 'verifyEmail' });
  assert.deepEqual(matchRoute('/verify-email/'), { name: 'verifyEmail' });
});

test('each verification error has its own sentence in both languages', () => {
  const codes = [
    'INVALID_VERIFICATION_TOKEN',
    'EMAIL_VERIFICATION_UNAVAILABLE',
    'EMAIL_ALREADY_VERIFIED',
  ] as const;
  for (const [locale, t] of [
    ['pt-BR', ptBR],
    ['en', en],
  ] as const) {
    const said = codes.map((code) => errorMessage(new ApiError(400, code, code), t, locale));
    assert.deepEqual(
      said,
      codes.map((code) => t.errors[code]),
      locale,
    );
    assert.ok(!said.includes(t.errors.UNKNOWN), locale);
  }
  assert.match(ptBR.errors.INVALID_VERIFICATION_TOKEN, /Minha conta/);
});
