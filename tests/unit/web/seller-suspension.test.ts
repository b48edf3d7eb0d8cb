// Suspending accounts in the moderators' UI: every item of a seller reads as
// this page last left their account (else as the queue said), where the focus
// goes when a suspension took items with it, what the status says in both
// languages, and the new refusals — a suspended account signing in, a
// moderator's account — in words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ErrorCode } from '../../../core/errors.ts';
import type { FlaggedAuction } from '../../../core/schemas.ts';
import { ApiError } from '../../../web/src/api/http.ts';
import { errorMessage } from '../../../web/src/i18n/error-message.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import {
  focusAfterSuspension,
  sellerStanding,
  type SellerStanding,
} from '../../../web/src/live/seller-suspension.ts';
import { auctionFixture, person } from './fixtures.ts';

const item = (id: string, sellerId = 'vera', sellerSuspended = false): FlaggedAuction => ({
  auction: auctionFixture({ id, seller: person(sellerId) }),
  flags: [],
  firstFlaggedAt: '2030-01-01T00:00:00.000Z',
  sellerSuspended,
});

test('a seller reads as the queue said until this page suspends or reinstates them', () => {
  const none = new Map<string, SellerStanding>();
  assert.deepEqual(sellerStanding(item('a'), none), { suspended: false, removed: null });
  assert.deepEqual(sellerStanding(item('a', 'vera', true), none), {
    suspended: true,
    removed: null,
  });

  const changes = new Map<string, SellerStanding>([['vera', { suspended: true, removed: 2 }]]);
  for (const each of [item('a'), item('b', 'vera', false)])
    assert.deepEqual(sellerStanding(each, changes), { suspended: true, removed: 2 }, 'every item');
  assert.deepEqual(sellerStanding(item('c', 'rui'), changes), { suspended: false, removed: null });

  const reinstated = new Map([['vera', { suspended: false, removed: null }]]);
  assert.equal(sellerStanding(item('a', 'vera', true), reinstated).suspended, false);
});

test('after a suspension the focus stays on the item, else goes to the next one still listed', () => {
  const items = [item('a'), item('b'), item('c'), item('d', 'rui')];
  assert.deepEqual(focusAfterSuspension(items, 'b', []), { auctionId: 'b', on: 'seller' });
  assert.deepEqual(focusAfterSuspension(items, 'b', ['x']), { auctionId: 'b', on: 'seller' });
  // b and c (open) were removed with the account: the next one left is d.
  assert.deepEqual(focusAfterSuspension(items, 'b', ['b', 'c']), { auctionId: 'd', on: 'title' });
  // None after it: the one before.
  assert.deepEqual(focusAfterSuspension(items.slice(0, 3), 'b', ['b', 'c']), {
    auctionId: 'a',
    on: 'title',
  });
  // Nothing left: the page's heading.
  assert.deepEqual(focusAfterSuspension(items.slice(0, 3), 'a', ['a', 'b', 'c']), {
    auctionId: null,
    on: 'title',
  });
});

test('the status says how many open auctions went with the account, and its bids on how many, in both languages', () => {
  assert.equal(ptBR.suspension.suspendedDone('Vera', null, null), 'Conta de Vera suspensa.');
  assert.equal(
    ptBR.suspension.suspendedDone('Vera', 0, null),
    'Conta de Vera suspensa; não havia anúncios abertos para remover.',
  );
  assert.equal(
    ptBR.suspension.suspendedDone('Vera', 1, null),
    'Conta de Vera suspensa; 1 anúncio aberto removido.',
  );
  assert.equal(
    ptBR.suspension.suspendedDone('Vera', 2, 3),
    'Conta de Vera suspensa; 2 anúncios abertos removidos. Lances da conta cancelados em 3 leilões abertos.',
  );
  assert.equal(
    ptBR.suspension.suspendedDone('Vera', null, 1),
    'Conta de Vera suspensa. Lances da conta cancelados em 1 leilão aberto.',
  );
  assert.equal(
    ptBR.suspension.suspendedDone('Vera', null, 0),
    'Conta de Vera suspensa. A conta não tinha lances em leilões abertos.',
  );
  assert.equal(
    ptBR.suspension.suspendedNote(2),
    'Conta do vendedor suspensa pela moderação; 2 anúncios abertos removidos.',
  );
  assert.equal(ptBR.suspension.suspendedNote(null), 'Conta do vendedor suspensa pela moderação.');
  assert.equal(
    en.suspension.suspendedDone('Vera', 2, null),
    'Vera’s account was suspended; 2 open listings removed.',
  );
  assert.equal(
    en.suspension.suspendedDone('Vera', 1, 1),
    'Vera’s account was suspended; 1 open listing removed. Its bids were cancelled on 1 open auction.',
  );
  assert.equal(
    en.suspension.suspendedDone('Vera', null, 0),
    'Vera’s account was suspended. It had no bids on open auctions.',
  );
});

test('a suspended account signing in, and a moderator’s account, are refused in words', () => {
  const refusal = (code: string) => new ApiError(403, code, 'api text');
  for (const code of ['ACCOUNT_SUSPENDED', 'MODERATOR_ACCOUNT']) {
    assert.ok(code in ErrorCode, code);
    for (const [t, locale] of [
      [ptBR, 'pt-BR'],
      [en, 'en'],
    ] as const) {
      const said = errorMessage(refusal(code), t, locale);
      assert.notEqual(said, t.errors.UNKNOWN, `${code} in ${locale}`);
      assert.doesNotMatch(said, /api text/);
    }
  }
  assert.match(
    errorMessage(refusal('ACCOUNT_SUSPENDED'), ptBR, 'pt-BR'),
    /^Esta conta está suspensa pela moderação/,
  );
  // A wrong password still reads as one: suspension is not revealed to strangers.
  assert.equal(
    errorMessage(new ApiError(401, 'INVALID_CREDENTIALS', ''), ptBR, 'pt-BR'),
    'E-mail ou senha incorretos.',
  );
});
