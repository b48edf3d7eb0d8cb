// The words of filtering *Registro de decisões* on /moderation — its
// controls, what a filtered page found, paging on through the log — in both
// languages. A catalogue of its own rather than a part of messages-pt-br.ts
// and messages-en.ts, as the transparency report's: only moderators read it,
// and here it ships in the moderation page's chunk instead of everyone's first
// load. The rest of the log's words are the main catalogues'
// (t.moderationLog…), its sentences among them.
import type { Locale } from '../format.ts';
import type { LogAction } from './moderation-log-text.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const ptBR = {
  legend: 'Filtrar decisões',
  action: 'Tipo de decisão',
  allActions: 'Todas as decisões',
  /** Each kind of decision, as an option of *Tipo de decisão*. */
  actions: {
    removed: 'Remoções de anúncios',
    kept: 'Anúncios mantidos após denúncias',
    suspended: 'Suspensões de contas',
    reinstated: 'Reativações de contas',
    appeal_upheld: 'Recursos: decisões mantidas',
    appeal_reversed: 'Recursos: decisões revertidas',
    bids_cancelled: 'Lances cancelados',
  } satisfies Record<LogAction, string>,
  moderator: 'Moderador',
  allModerators: 'Todos os moderadores',
  onlyModerator: (name: string) => `Só as decisões de ${name}`,
  /** Chosen by a link or the address, none of their decisions read yet. */
  onlyChosenModerator: 'Só as decisões do moderador escolhido',
  moderatorHint: 'Os moderadores das decisões já carregadas.',
  /** A filter a link set (an auction's page, a profile): what it keeps. */
  aboutAuction: (title: string | null) =>
    `Só as decisões sobre ${title === null ? 'o anúncio escolhido' : `“${title}”`}`,
  aboutAccount: (name: string | null) =>
    `Só as decisões sobre ${name === null ? 'a conta escolhida' : `a conta de ${name}`}`,
  removeFilter: 'Remover filtro',
  /** The button's name: its visible words, then which filter. */
  removeFilterName: (filter: string) => `Remover filtro: ${filter}`,
  clearFilters: 'Limpar filtros',
  /** A filtered page reads a stretch of the log at a time: none in it, more to read. */
  notYet: 'Nenhuma decisão encontrada até aqui no registro.',
  searchOn: 'Continuar procurando',
  /** The log's start reached, none matching. */
  noneFiltered: 'Nenhuma decisão com estes filtros.',
  /** The log's start reached after some were shown. */
  endFiltered: 'Não há outras decisões com estes filtros: o início do registro foi alcançado.',
  /** The polite status once the list read what was asked. */
  shown: (n: string, count: number) =>
    `${n} ${plural(count, 'decisão mostrada', 'decisões mostradas')}.`,
  added: (n: string, count: number, total: string) =>
    `Mais ${n} ${plural(count, 'decisão', 'decisões')}: ${total} ao todo.`,
  noneAdded: 'Nenhuma outra decisão encontrada nesta parte do registro.',
};

export type ModerationLogMessages = typeof ptBR;

const en: ModerationLogMessages = {
  legend: 'Filter decisions',
  action: 'Type of decision',
  allActions: 'All decisions',
  actions: {
    removed: 'Listings removed',
    kept: 'Listings kept after reports',
    suspended: 'Accounts suspended',
    reinstated: 'Accounts reinstated',
    appeal_upheld: 'Appeals: decisions upheld',
    appeal_reversed: 'Appeals: decisions reversed',
    bids_cancelled: 'Bids cancelled',
  },
  moderator: 'Moderator',
  allModerators: 'All moderators',
  onlyModerator: (name) => `Only ${name}’s decisions`,
  onlyChosenModerator: 'Only the chosen moderator’s decisions',
  moderatorHint: 'The moderators of the decisions loaded so far.',
  aboutAuction: (title) =>
    `Only decisions about ${title === null ? 'the chosen listing' : `“${title}”`}`,
  aboutAccount: (name) =>
    `Only decisions about ${name === null ? 'the chosen account' : `${name}’s account`}`,
  removeFilter: 'Remove filter',
  removeFilterName: (filter) => `Remove filter: ${filter}`,
  clearFilters: 'Clear filters',
  notYet: 'No decision found so far in the log.',
  searchOn: 'Keep searching',
  noneFiltered: 'No decision with these filters.',
  endFiltered: 'No other decision with these filters: the start of the log was reached.',
  shown: (n, count) => `${n} ${plural(count, 'decision', 'decisions')} shown.`,
  added: (n, count, total) =>
    `${n} more ${plural(count, 'decision', 'decisions')}: ${total} in all.`,
  noneAdded: 'No other decision found in this part of the log.',
};

export const moderationLogMessages: Record<Locale, ModerationLogMessages> = {
  'pt-BR': ptBR,
  en,
};
