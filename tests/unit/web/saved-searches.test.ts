// Saved searches (*Alertas de busca*) as the UI holds them
// (web/src/live/saved-searches.ts): what the lobby's filter saves — always a
// body the API's schema takes, or nothing —, the lobby address a saved search
// opens, the list after a deletion; the search and its alert in words in both
// languages; the alert kept across reloads; the refusals said in words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Value } from 'typebox/value';
import { ErrorCode } from '../../../core/errors.ts';
import {
  MAX_SAVED_SEARCHES as API_MAX,
  SaveSearchBody,
  type AuctionCategory,
  type SavedSearch,
} from '../../../core/schemas.ts';
import { ApiError } from '../../../web/src/api/http.ts';
import { CATEGORIES } from '../../../web/src/categories.ts';
import { errorMessage } from '../../../web/src/i18n/error-message.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { addAlert, parseStoredAlerts, type Alert } from '../../../web/src/live/alert-list.ts';
import { lobbyFilterOf } from '../../../web/src/live/lobby-filter.ts';
import {
  lobbyPathOf,
  MAX_SAVED_SEARCHES,
  SAVED_QUERY_MAX,
  searchKey,
  searchToSave,
  withoutSaved,
} from '../../../web/src/live/saved-searches.ts';

const saved = (id: string, query: string, category: AuctionCategory | null = null) =>
  ({ id, query, category, createdAt: '2030-01-01T12:00:00.000Z' }) satisfies SavedSearch;

const catalogues = [
  [ptBR, 'pt-BR'],
  [en, 'en'],
] as const;

test('the UI’s limit is the API’s', () => {
  assert.equal(MAX_SAVED_SEARCHES, API_MAX);
});

test('the lobby saves its words trimmed and collapsed, its category, or both; nothing without either', () => {
  assert.deepEqual(searchToSave({ q: '  Relógio   de  bolso ', category: null }), {
    query: 'Relógio de bolso',
  });
  assert.deepEqual(searchToSave({ q: '', category: 'books' }), { category: 'books' });
  assert.deepEqual(searchToSave({ q: 'vitrola', category: 'music' }), {
    query: 'vitrola',
    category: 'music',
  });
  assert.equal(searchToSave({ q: '', category: null }), null);
  assert.equal(searchToSave({ q: ' \t ', category: null }), null, 'blank words are none');
  assert.equal(searchToSave({ q: 'x'.repeat(150), category: null })?.query?.length, 100);
});

test('whatever the box and the address hold, the body is one the API’s schema takes', () => {
  const category = fc.option(fc.constantFrom(...CATEGORIES), { nil: null });
  fc.assert(
    fc.property(fc.string({ maxLength: 160, unit: 'binary' }), category, (q, chosen) => {
      const body = searchToSave({ q, category: chosen });
      if (q.trim() === '' && chosen === null) return assert.equal(body, null);
      assert.ok(body, 'something to save');
      assert.ok(Value.Check(SaveSearchBody, body), JSON.stringify(body));
      const query = body.query ?? '';
      assert.ok(query.length <= SAVED_QUERY_MAX);
      assert.equal(query, query.trim(), 'trimmed');
      assert.doesNotMatch(query, /\s\s/u, 'spaces collapsed');
      assert.equal(body.category ?? null, chosen);
    }),
  );
});

test('one search, one key: another search starts with the button again', () => {
  const relogio = searchToSave({ q: 'relogio', category: null });
  assert.equal(searchKey(relogio), searchKey(searchToSave({ q: ' relogio  ', category: null })));
  assert.notEqual(searchKey(relogio), searchKey(searchToSave({ q: 'relogio', category: 'art' })));
  assert.notEqual(searchKey(relogio), searchKey(searchToSave({ q: 'relógio', category: null })));
});

test('a saved search opens the lobby showing it, and saving from there saves the same', () => {
  assert.equal(lobbyPathOf(saved('s1', 'relógio de bolso')), '/?q=rel%C3%B3gio+de+bolso');
  assert.equal(lobbyPathOf(saved('s2', '', 'books')), '/?category=books');
  assert.equal(lobbyPathOf(saved('s3', 'a&b=c', 'art')), '/?q=a%26b%3Dc&category=art');
  const category = fc.option(fc.constantFrom(...CATEGORIES), { nil: null });
  fc.assert(
    fc.property(fc.string({ maxLength: 100, unit: 'binary' }), category, (typed, chosen) => {
      const body = searchToSave({ q: typed, category: chosen });
      fc.pre(body !== null);
      const search = saved('s', body?.query ?? '', body?.category ?? null);
      const filter = lobbyFilterOf(lobbyPathOf(search).slice(2));
      assert.deepEqual(filter, { q: search.query, category: search.category });
      assert.deepEqual(searchToSave(filter), body);
    }),
  );
});

test('a deletion takes the search out and keeps the API’s order', () => {
  const list = [saved('c', 'cuco'), saved('b', '', 'books'), saved('a', 'relogio')];
  assert.deepEqual(
    withoutSaved(list, 'b').map((search) => search.id),
    ['c', 'a'],
  );
  assert.deepEqual(withoutSaved(list, 'zzz'), list, 'an unknown one changes nothing');
  assert.deepEqual(withoutSaved([], 'a'), []);
});

test('a saved search in words: the words in quotes, the category, or both', () => {
  assert.equal(ptBR.savedSearches.describe('relogio', null), '“relogio”');
  assert.equal(ptBR.savedSearches.describe('', 'Livros'), 'Livros');
  assert.equal(
    ptBR.savedSearches.describe('relogio', 'Joias e relógios'),
    '“relogio” em Joias e relógios',
  );
  assert.equal(en.savedSearches.describe('watch', 'Books'), '“watch” in Books');
  assert.equal(en.savedSearches.describe('', 'Books'), 'Books');
});

test('the alert names the search and the listing, in both languages', () => {
  const { searchMatched } = ptBR.alerts;
  assert.equal(
    searchMatched('relogio', null, 'Relógio de bolso'),
    'Novo anúncio para sua busca “relogio”: Relógio de bolso',
  );
  assert.equal(
    searchMatched('', 'Livros', 'Dom Casmurro'),
    'Novo anúncio para sua busca em Livros: Dom Casmurro',
  );
  assert.equal(
    searchMatched('vitrola', 'Música e instrumentos', 'Vitrola Philips'),
    'Novo anúncio para sua busca “vitrola” em Música e instrumentos: Vitrola Philips',
  );
  assert.equal(
    searchMatched('', null, 'Vitrola'),
    'Novo anúncio para uma das suas buscas: Vitrola',
    'a category this build does not know',
  );
  assert.equal(
    en.alerts.searchMatched('watch', 'Jewelry & watches', 'Pocket watch'),
    'New listing for your search “watch” in Jewelry & watches: Pocket watch',
  );
  assert.equal(
    en.alerts.searchMatched('', 'Books', 'Dracula'),
    'New listing for your search in Books: Dracula',
  );
});

test('search alerts are kept across reloads when well-formed, one per auction and kind', () => {
  const matched = (id: number, auctionId: string, category: AuctionCategory | null): Alert => ({
    id,
    kind: 'searchMatched',
    auctionId,
    title: 'Relógio de bolso',
    query: category ? '' : 'relogio',
    category,
  });
  const kept = [matched(1, 'a', null), matched(2, 'b', 'books')];
  assert.deepEqual(parseStoredAlerts(JSON.stringify(kept)), kept);
  const malformed = [
    { ...matched(3, 'c', null), title: '' },
    { ...matched(4, 'd', null), query: null },
    { ...matched(5, 'e', null), category: 'spaceships' },
    { ...matched(6, 'f', null), category: undefined },
  ];
  assert.deepEqual(parseStoredAlerts(JSON.stringify([...malformed, kept[0]])), [kept[0]]);

  let alerts = addAlert([], { id: 7, kind: 'outbid', auctionId: 'a', title: 'Relógio de bolso' });
  alerts = addAlert(alerts, matched(8, 'a', null));
  alerts = addAlert(alerts, matched(9, 'a', 'jewelry'));
  assert.deepEqual(
    alerts.map((alert) => alert.id),
    [7, 9],
    'the same listing once, beside its other alerts',
  );
});

test('every saved-search refusal is a sentence of its own in both languages', () => {
  const codes = [
    ErrorCode.SEARCH_ALREADY_SAVED,
    ErrorCode.TOO_MANY_SEARCHES,
    ErrorCode.SEARCH_NOT_FOUND,
  ];
  const sentences = new Set<string>();
  for (const [t, locale] of catalogues)
    for (const code of codes) {
      const said = errorMessage(new ApiError(409, code, 'api text'), t, locale);
      assert.notEqual(said, t.errors.UNKNOWN, `${code} in ${locale}`);
      assert.doesNotMatch(said, /api text/);
      sentences.add(said);
    }
  assert.equal(sentences.size, codes.length * 2, 'no two alike, no language left untranslated');
  const refused = (code: string) => new ApiError(409, code, '');
  assert.equal(
    errorMessage(refused('SEARCH_ALREADY_SAVED'), ptBR, 'pt-BR'),
    'Você já tem este alerta.',
  );
  assert.match(errorMessage(refused('TOO_MANY_SEARCHES'), ptBR, 'pt-BR'), /já tem 20 alertas/);
  assert.match(
    errorMessage(refused('TOO_MANY_SEARCHES'), en, 'en'),
    /already have 20 search alerts/,
  );
});
