// Paging through a filtered moderation log. One request reads at most 20,000
// entries of the log (core/redis/moderation-log.ts), so a filtered page may
// hold fewer decisions than asked, even none, with a cursor meaning "read on
// from here"; a null cursor, that the log's start was reached. Pure: what the
// list's foot offers, and what the polite status says once a read the
// moderator asked for (new filters, the next page) arrived.

/** What the list holds once read: how many decisions, and whether the log reads on. */
export interface LogRead {
  count: number;
  more: boolean;
}

/**
 * Under the list: `more`, *Carregar mais*; `searchOn`, none found so far and
 * *Continuar procurando*; `none`, none at all; `end`, the start reached after
 * some were shown (said only of a filtered log: an unfiltered one holds them all).
 */
export type LogFoot = 'more' | 'searchOn' | 'none' | 'end';

export function logFoot({ count, more }: LogRead): LogFoot {
  if (more) return count === 0 ? 'searchOn' : 'more';
  return count === 0 ? 'none' : 'end';
}

/** What was asked: the first page of new filters, or the next page after `before` shown. */
export type LogAsked = { kind: 'filter' } | { kind: 'more'; before: number };

export type LogNews =
  | { kind: 'shown'; count: number }
  | { kind: 'added'; added: number; count: number }
  /** A next page with none: more may follow (`more`), or the start was reached. */
  | { kind: 'noneAdded'; more: boolean }
  /** None shown at all: `searchOn` or `none`, as the foot says. */
  | { kind: 'foot'; foot: 'searchOn' | 'none' };

export function logNews(asked: LogAsked, read: LogRead): LogNews {
  if (read.count === 0) return { kind: 'foot', foot: read.more ? 'searchOn' : 'none' };
  if (asked.kind === 'filter') return { kind: 'shown', count: read.count };
  const added = read.count - asked.before;
  return added > 0
    ? { kind: 'added', added, count: read.count }
    : { kind: 'noneAdded', more: read.more };
}
