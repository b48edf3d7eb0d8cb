// What *Registro de decisões* says under its list and in its polite status
// (live/moderation-log-paging.ts decides which): a filtered log's words are
// the moderation page's catalogue (moderation-log-messages.ts), the
// unfiltered log's empty sentence the main catalogues'.
import { formatCount, type Locale } from '../format.ts';
import type { LogFoot, LogNews } from '../live/moderation-log-paging.ts';
import type { Messages } from './messages-pt-br.ts';
import type { ModerationLogMessages } from './moderation-log-messages.ts';

interface LogWords {
  t: Messages;
  words: ModerationLogMessages;
  locale: Locale;
  /** Whether any filter is set: an unfiltered log's end needs no sentence. */
  filtered: boolean;
}

/** The note under the list, or null. */
export function logFootNote(foot: LogFoot, { t, words, filtered }: LogWords): string | null {
  switch (foot) {
    case 'searchOn':
      return words.notYet;
    case 'none':
      return filtered ? words.noneFiltered : t.moderationLog.empty;
    case 'end':
      return filtered ? words.endFiltered : null;
    case 'more':
      return null;
  }
}

/** The polite status's sentence. */
export function logNewsText(news: LogNews, said: LogWords): string {
  const { words, locale } = said;
  switch (news.kind) {
    case 'shown':
      return words.shown(formatCount(news.count, locale), news.count);
    case 'added':
      return words.added(
        formatCount(news.added, locale),
        news.added,
        formatCount(news.count, locale),
      );
    case 'noneAdded':
      return news.more ? words.noneAdded : (logFootNote('end', said) ?? words.noneAdded);
    case 'foot':
      return logFootNote(news.foot, said) ?? '';
  }
}
