// Filtering the moderation log on /moderation: the address ↔ the filters the
// API takes (web/src/routing/moderation-log-path.ts, live/moderation-log-filter.ts),
// the moderators a *Moderador* choice offers and the names the filters show,
// and paging a filtered log whose pages may come back short or empty with a
// cursor (live/moderation-log-paging.ts) — what its foot offers and what its
// polite status says, in both languages (i18n/moderation-log-news-text.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModerationLogFilter } from '../../../core/schemas.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { moderationLogMessages } from '../../../web/src/i18n/moderation-log-messages.ts';
import { logFootNote, logNewsText } from '../../../web/src/i18n/moderation-log-news-text.ts';
import { LOG_ACTIONS } from '../../../web/src/i18n/moderation-log-text.ts';
import {
  filteredNames,
  isLogFiltered,
  logFilterKey,
  logFilterOf,
  moderationLogPath,
  moderatorsMet,
} from '../../../web/src/live/moderation-log-filter.ts';
import {
  logFoot,
  logNews,
  type LogAsked,
  type LogRead,
} from '../../../web/src/live/moderation-log-paging.ts';
import { LOG_PARAMS, moderationLogLink } from '../../../web/src/routing/moderation-log-path.ts';

const search = (path: string) => path.split('?')[1] ?? '';

test('the address’s filters are the API’s, each under its own parameter', () => {
  assert.deepEqual(
    Object.keys(LOG_PARAMS).sort(),
    Object.keys(ModerationLogFilter.properties).sort(),
    'a filter added to the API and not here fails',
  );
  assert.equal(moderationLogLink('auctionId', 'a-1'), '/moderation?logAuction=a-1');
  assert.equal(moderationLogLink('userId', 'u-1'), '/moderation?logUser=u-1');
  assert.equal(moderationLogLink('moderatorId', 'u-2'), '/moderation?logModerator=u-2');
  assert.deepEqual(logFilterOf(search(moderationLogLink('auctionId', 'a-1'))), {
    auctionId: 'a-1',
  });
  assert.equal(moderationLogPath({}, ''), '/moderation');
});

test('a change to one filter keeps the others; an empty value removes it', () => {
  const both = moderationLogPath({ moderatorId: 'u-mara' }, '?logAction=removed');
  assert.equal(both, '/moderation?logAction=removed&logModerator=u-mara');
  assert.equal(moderationLogPath({ action: '' }, search(both)), '/moderation?logModerator=u-mara');
  assert.equal(
    moderationLogPath({ action: '', moderatorId: '', auctionId: '', userId: '' }, search(both)),
    '/moderation',
  );
  assert.equal(
    moderationLogPath({ action: 'kept' }, '?other=1&logAction=removed'),
    '/moderation?other=1&logAction=kept',
    'a parameter not the log’s stays',
  );
});

test('the filters read back from the address as the API takes them', () => {
  const path = moderationLogPath(
    { action: 'appeal_reversed', moderatorId: 'u-mara', auctionId: 'a_1', userId: 'u-vera' },
    '',
  );
  assert.deepEqual(logFilterOf(search(path)), {
    action: 'appeal_reversed',
    moderatorId: 'u-mara',
    auctionId: 'a_1',
    userId: 'u-vera',
  });
  assert.deepEqual(logFilterOf(''), {});
  assert.equal(isLogFiltered(logFilterOf('')), false);
  assert.equal(isLogFiltered(logFilterOf('logAction=kept')), true);
});

test('a value the API would refuse is no filter, not a failed page', () => {
  assert.deepEqual(
    logFilterOf(
      'logAction=deleted&logModerator=a%20b&logAuction=&logUser=' + 'x'.repeat(65) + '&q=1',
    ),
    {},
  );
  assert.deepEqual(logFilterOf('logAction=toString&logModerator=u-1'), { moderatorId: 'u-1' });
});

test('each set of filters is a list of its own, read afresh', () => {
  const keys = [
    {},
    { action: 'removed' as const },
    { moderatorId: 'u-1' },
    { auctionId: 'u-1' },
    { userId: 'u-1' },
    { action: 'removed' as const, moderatorId: 'u-1' },
  ].map(logFilterKey);
  assert.equal(new Set(keys).size, keys.length);
  assert.equal(
    logFilterKey({ moderatorId: 'u-1', action: 'kept' }),
    logFilterKey({ action: 'kept', moderatorId: 'u-1' }),
  );
});

test('the moderators offered are those met in the log, each once, by name', () => {
  const mara = { id: 'u-mara', name: 'Mara' };
  const otto = { id: 'u-otto', name: 'Otto' };
  const ana = { id: 'u-ana', name: 'Ana' };
  const met = moderatorsMet([], [{ moderator: otto }, { moderator: mara }, { moderator: otto }]);
  assert.deepEqual(met, [mara, otto]);
  assert.equal(moderatorsMet(met, [{ moderator: mara }, { moderator: null }]), met, 'none new');
  assert.deepEqual(
    moderatorsMet(met, [{ moderator: ana }]),
    [ana, mara, otto],
    'kept across pages',
  );
});

test('the auction and the account filtered on are named as the decisions read name them', () => {
  const entries = [
    { auctionId: 'a-1', auctionTitle: null, userId: null, userName: null },
    { auctionId: 'a-1', auctionTitle: 'Relógio falso', userId: 'u-1', userName: 'Vera' },
  ];
  assert.deepEqual(filteredNames({ auctionId: 'a-1', userId: 'u-1' }, entries), {
    auctionTitle: 'Relógio falso',
    userName: 'Vera',
  });
  assert.deepEqual(filteredNames({ auctionId: 'a-2' }, entries), {
    auctionTitle: null,
    userName: null,
  });
});

const read = (count: number, more: boolean): LogRead => ({ count, more });
const filter: LogAsked = { kind: 'filter' };
const after = (before: number): LogAsked => ({ kind: 'more', before });

test('the foot: more to load, none found so far, none at all, or the start reached', () => {
  assert.equal(logFoot(read(3, true)), 'more');
  assert.equal(logFoot(read(0, true)), 'searchOn', 'an empty page with a cursor: read on');
  assert.equal(logFoot(read(0, false)), 'none');
  assert.equal(logFoot(read(3, false)), 'end');
});

test('what a read asked for found: shown, added, none added, none so far, none', () => {
  assert.deepEqual(logNews(filter, read(12, true)), { kind: 'shown', count: 12 });
  assert.deepEqual(logNews(filter, read(0, true)), { kind: 'foot', foot: 'searchOn' });
  assert.deepEqual(logNews(filter, read(0, false)), { kind: 'foot', foot: 'none' });
  assert.deepEqual(logNews(after(12), read(17, true)), { kind: 'added', added: 5, count: 17 });
  assert.deepEqual(logNews(after(12), read(12, true)), { kind: 'noneAdded', more: true });
  assert.deepEqual(logNews(after(12), read(12, false)), { kind: 'noneAdded', more: false });
  assert.deepEqual(logNews(after(0), read(0, true)), { kind: 'foot', foot: 'searchOn' });
  assert.deepEqual(logNews(after(0), read(2, false)), { kind: 'added', added: 2, count: 2 });
});

test('the foot and the status in words, in Portuguese and in English', () => {
  const pt = { t: ptBR, words: moderationLogMessages['pt-BR'], locale: 'pt-BR' as const };
  const said = (asked: LogAsked, now: LogRead, filtered = true) =>
    logNewsText(logNews(asked, now), { ...pt, filtered });
  assert.equal(said(filter, read(0, true)), 'Nenhuma decisão encontrada até aqui no registro.');
  assert.equal(said(filter, read(0, false)), 'Nenhuma decisão com estes filtros.');
  assert.equal(said(filter, read(0, false), false), ptBR.moderationLog.empty);
  assert.equal(said(filter, read(1, false)), '1 decisão mostrada.');
  assert.equal(said(filter, read(1200, true)), '1.200 decisões mostradas.');
  assert.equal(said(after(50), read(51, true)), 'Mais 1 decisão: 51 ao todo.');
  assert.equal(
    said(after(3), read(3, true)),
    'Nenhuma outra decisão encontrada nesta parte do registro.',
  );
  assert.equal(
    said(after(3), read(3, false)),
    'Não há outras decisões com estes filtros: o início do registro foi alcançado.',
  );
  assert.equal(logFootNote('more', { ...pt, filtered: true }), null);
  assert.equal(logFootNote('end', { ...pt, filtered: false }), null, 'the whole log needs no end');

  const english = { t: en, words: moderationLogMessages.en, locale: 'en' as const, filtered: true };
  assert.equal(
    logNewsText(logNews(filter, read(0, true)), english),
    'No decision found so far in the log.',
  );
  assert.equal(
    logNewsText(logNews(after(50), read(1050, true)), english),
    '1,000 more decisions: 1,050 in all.',
  );
  assert.equal(
    logNewsText(logNews(filter, read(0, false)), english),
    'No decision with these filters.',
  );
});

test('*Tipo de decisão* offers every kind of decision, each under its own words', () => {
  for (const words of Object.values(moderationLogMessages)) {
    const options = LOG_ACTIONS.map((action) => words.actions[action]);
    assert.equal(new Set(options).size, LOG_ACTIONS.length);
  }
  assert.equal(moderationLogMessages['pt-BR'].actions.bids_cancelled, 'Lances cancelados');
  assert.deepEqual(logFilterOf('?logAction=bids_cancelled'), { action: 'bids_cancelled' });
});
