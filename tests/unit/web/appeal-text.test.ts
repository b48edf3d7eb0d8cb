// What appeals say, for every kind the API has (a kind added there and not
// here fails): the appellant's state and what a decision means for them, the
// moderators' heading, labels, the sentence of what each outcome does — for a
// keep, the auction taken down, in the words of its state — and the status
// after deciding, in both languages; the refusals of appealing a keep and
// AUCTION_CLOSED on deciding one, in words (web/src/i18n/appeal-text.ts, the
// catalogues and the moderators' own, appeal-review-messages.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ErrorCode } from '../../../core/errors.ts';
import { Appeal } from '../../../core/schemas.ts';
import { ApiError } from '../../../web/src/api/http.ts';
import { appealReviewMessages } from '../../../web/src/i18n/appeal-review-messages.ts';
import {
  appealConsequence,
  appealDecisionErrorMessage,
  decisionLabels,
  decisionReasonText,
} from '../../../web/src/i18n/appeal-text.ts';
import { errorMessage } from '../../../web/src/i18n/error-message.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { appealToReview } from './appeal-fixtures.ts';
import { auctionFixture } from './fixtures.ts';

const KINDS = Appeal.properties.kind.anyOf.map((literal) => literal.const);
const OUTCOMES = ['upheld', 'reversed'] as const;
const LANGUAGES = [
  ['pt-BR', ptBR],
  ['en', en],
] as const;
const pt = appealReviewMessages['pt-BR'];
const inEnglish = appealReviewMessages.en;

test('every kind has its words, distinct, in both languages', () => {
  assert.deepEqual([...KINDS].sort(), ['keep', 'removal', 'suspension']);
  for (const [language, t] of LANGUAGES) {
    const words = appealReviewMessages[language];
    const heading = KINDS.map((kind) => words.subjectOf[kind]);
    assert.equal(new Set(heading).size, KINDS.length, `${language}: headings`);
    for (const outcome of OUTCOMES) {
      const done = KINDS.map((kind) => words.decidedDone(kind, outcome, '“Lote”'));
      assert.equal(new Set(done).size, KINDS.length, `${language}: ${outcome} done`);
      for (const kind of KINDS) {
        assert.match(t.appeals.state[kind][outcome], /\S/, `${language}: ${kind} ${outcome}`);
        assert.match(words.decidedDone(kind, outcome, '“Lote”'), /“Lote”/);
      }
    }
  }
});

test('the reporter reads plainly what a decision on their appeal means', () => {
  assert.equal(ptBR.appeals.state.keep.upheld, 'Decisão mantida.');
  assert.equal(ptBR.appeals.means.keep.upheld, 'O anúncio continua no ar.');
  assert.equal(ptBR.appeals.state.keep.reversed, 'Decisão revista.');
  assert.equal(
    ptBR.appeals.means.keep.reversed,
    'O anúncio foi removido pelo motivo que você denunciou.',
  );
  assert.equal(
    en.appeals.means.keep.reversed,
    'The listing was taken down for the reason you reported.',
  );
  // The seller's and the suspended account's words are as before.
  assert.equal(ptBR.appeals.means.removal.reversed, 'Você pode anunciar o item de novo.');
  assert.equal(ptBR.appeals.means.removal.upheld, '', 'nothing more to say');
  assert.equal(
    pt.decidedDone('keep', 'reversed', '“Relógio”'),
    'Decisão de manter “Relógio” revertida: o anúncio foi removido. O recurso saiu da lista.',
  );
});

test('a keep’s facts say the reason reported, who kept it and who reported it', () => {
  assert.deepEqual(decisionLabels('keep', ptBR, pt), {
    reason: 'Motivo denunciado',
    decidedAt: 'Mantido em',
    decidedBy: 'Mantido por',
    appellant: 'Recurso de quem denunciou',
  });
  for (const kind of ['removal', 'suspension'] as const)
    assert.deepEqual(decisionLabels(kind, ptBR, pt), {
      reason: 'Motivo da decisão',
      decidedAt: 'Decidida em',
      decidedBy: 'Decidida por',
      appellant: 'Recurso de',
    });
  assert.equal(decisionReasonText('counterfeit', ptBR), 'Falsificação');
  assert.equal(decisionReasonText('spaceships', ptBR), ptBR.flagReasons.other, 'unknown: other');
});

test('what each outcome does: reversing a keep takes the auction down, open or ended', () => {
  const keep = (status: 'open' | 'closed') => ({
    ...appealToReview('p1'),
    kind: 'keep' as const,
    auction: auctionFixture({ status }),
  });
  assert.equal(
    appealConsequence(keep('open'), ptBR, pt),
    'Manter: o anúncio continua no ar. Reverter: o anúncio é removido pelo motivo denunciado (Falsificação) — o leilão termina agora, sem venda, e quem vende é avisado e pode recorrer.',
  );
  assert.match(appealConsequence(keep('closed'), ptBR, pt), /o resultado continua valendo/);
  assert.match(
    appealConsequence(keep('closed'), en, inEnglish),
    /taken down for the reason reported \(Counterfeit\)/,
  );
  assert.match(
    appealConsequence({ ...keep('open'), auction: null }, ptBR, pt),
    /^Manter: /,
    'gone',
  );
  assert.equal(appealConsequence(appealToReview('p2'), ptBR, pt), pt.consequence.removal);
  const suspension = { ...appealToReview('p3'), kind: 'suspension' as const, auction: null };
  assert.match(appealConsequence(suspension, en, inEnglish), /account is reinstated/);
});

test('appealing a keep: each refusal in words of its own, in both languages', () => {
  for (const code of ['REPORT_NOT_FOUND', 'REPORT_PENDING']) {
    assert.ok(code in ErrorCode, code);
    for (const [language, t] of LANGUAGES) {
      const said = errorMessage(new ApiError(409, code, 'api text'), t, language);
      assert.notEqual(said, t.errors.UNKNOWN, `${code} in ${language}`);
    }
  }
  assert.match(
    errorMessage(new ApiError(409, 'REPORT_PENDING', ''), ptBR, 'pt-BR'),
    /ainda não analisou sua denúncia/,
  );
});

test('deciding: AUCTION_CLOSED is a close under way, to try again; the rest as anywhere', () => {
  for (const [language, t] of LANGUAGES) {
    const words = appealReviewMessages[language];
    const closing = new ApiError(409, 'AUCTION_CLOSED', '');
    const said = appealDecisionErrorMessage(closing, t, words, language);
    assert.equal(said, words.closingNow);
    assert.notEqual(said, t.errors.AUCTION_CLOSED, 'not the bids’ sentence');
  }
  const decided = new ApiError(409, 'APPEAL_DECIDED', '');
  assert.equal(appealDecisionErrorMessage(decided, ptBR, pt, 'pt-BR'), ptBR.errors.APPEAL_DECIDED);
});
