// The categories as the UI knows them: the same list as the API's, a name in
// each language for every one, listed in the order of their names, and what
// an auction without one (an older replica's event) or with an unknown one shows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AUCTION_CATEGORIES } from '../../../core/schemas.ts';
import {
  CATEGORIES,
  categoriesByName,
  categoryOf,
  isCategory,
} from '../../../web/src/categories.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';

test('the UI’s list is the API’s: a category added there and not here fails', () => {
  assert.deepEqual([...CATEGORIES].sort(), [...AUCTION_CATEGORIES].sort());
  for (const category of AUCTION_CATEGORIES) assert.ok(isCategory(category), category);
});

test('every category has a name, distinct, in Portuguese and in English', () => {
  for (const [language, names] of [
    ['pt-BR', ptBR.categories],
    ['en', en.categories],
  ] as const) {
    assert.deepEqual(Object.keys(names).sort(), [...AUCTION_CATEGORIES].sort(), language);
    for (const category of AUCTION_CATEGORIES)
      assert.match(names[category], /\S/, `${language}: ${category}`);
    assert.equal(new Set(Object.values(names)).size, AUCTION_CATEGORIES.length, language);
  }
  assert.equal(ptBR.categories.music, 'Música e instrumentos');
  assert.equal(en.categories.music, 'Music & instruments');
  assert.equal(ptBR.categories.other, 'Outros');
});

test('listed in the order of their names in the language, Outros last', () => {
  assert.deepEqual(
    categoriesByName(ptBR.categories, 'pt-BR').map((category) => ptBR.categories[category]),
    [
      'Antiguidades',
      'Arte',
      'Brinquedos e jogos',
      'Casa e jardim',
      'Colecionáveis',
      'Eletrônicos',
      'Esportes',
      'Joias e relógios',
      'Livros',
      'Moda',
      'Música e instrumentos',
      'Veículos e peças',
      'Outros',
    ],
  );
  const english = categoriesByName(en.categories, 'en');
  assert.deepEqual(english.slice(0, 3), ['antiques', 'art', 'books']);
  assert.equal(english.at(-1), 'other');
  assert.equal(english.length, AUCTION_CATEGORIES.length);
});

test('an auction without a category, or with one this build does not know, is Outros', () => {
  assert.equal(categoryOf({ category: 'music' }), 'music');
  assert.equal(categoryOf({}), 'other', 'an event from a replica older than categories');
  assert.equal(categoryOf({ category: 'spaceships' }), 'other', 'a newer replica’s');
  for (const notOne of ['', 'toString', '__proto__', 'Music', null, 3])
    assert.equal(isCategory(notOne), false, String(notOne));
});
