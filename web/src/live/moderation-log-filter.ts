// Which decisions *Registro de decisões* shows: every one, or only those of
// one kind, one moderator's, about one auction or about one account — each
// given filter must match, as GET /api/moderation/log combines them. Read
// from the address (routing/moderation-log-path.ts names the parameters), so a
// filtered log survives a reload. A value the API would refuse (an action
// this build does not know, an id not an Id) is no filter rather than a 400.
// Pure, with the names the filters show, taken from the decisions read.
import type { ModerationLogEntry, PublicUser } from '../../../core/schemas.ts';
import type { LogFilter } from '../api/endpoints.ts';
import { isLogAction } from '../i18n/moderation-log-text.ts';
import { LOG_PARAMS, type LogFilterName } from '../routing/moderation-log-path.ts';

/** core/schemas.ts's Id. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The filters an address asks for, as the API takes them (those not given left out). */
export function logFilterOf(search: string): LogFilter {
  const params = new URLSearchParams(search);
  const filter: LogFilter = {};
  const action = params.get(LOG_PARAMS.action);
  if (isLogAction(action)) filter.action = action;
  for (const name of ['moderatorId', 'auctionId', 'userId'] as const) {
    const id = params.get(LOG_PARAMS[name]);
    if (id !== null && ID.test(id)) filter[name] = id;
  }
  return filter;
}

/**
 * /moderation with the log's filters of `search` changed by `changes`: an
 * empty value removes its filter, the other parameters stay.
 */
export function moderationLogPath(
  changes: Partial<Record<LogFilterName, string>>,
  search: string,
): string {
  const params = new URLSearchParams(search);
  for (const name of Object.keys(changes) as LogFilterName[]) {
    const value = changes[name];
    if (value) params.set(LOG_PARAMS[name], value);
    else params.delete(LOG_PARAMS[name]);
  }
  const query = params.toString();
  return query ? `/moderation?${query}` : '/moderation';
}

export const isLogFiltered = (filter: LogFilter): boolean =>
  Object.values(filter).some((value) => value !== undefined);

/** Which list the filters make: a new one is read from the first page. */
export const logFilterKey = (filter: LogFilter): string =>
  JSON.stringify([filter.action, filter.moderatorId, filter.auctionId, filter.userId]);

/**
 * The moderators a *Moderador* choice offers: those `known` so far, joined by
 * the deciders of `entries` (a gone account cannot be chosen), by name. The
 * same array when none is new, so a caller can keep it in state.
 */
export function moderatorsMet(
  known: readonly PublicUser[],
  entries: readonly Pick<ModerationLogEntry, 'moderator'>[],
): readonly PublicUser[] {
  const byId = new Map(known.map((moderator) => [moderator.id, moderator]));
  for (const { moderator } of entries)
    if (moderator && !byId.has(moderator.id)) byId.set(moderator.id, moderator);
  if (byId.size === known.length) return known;
  return [...byId.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
}

/** The auction's title and the account's name the filters name, from the decisions read; null when none says. */
export function filteredNames(
  filter: LogFilter,
  entries: readonly Pick<
    ModerationLogEntry,
    'auctionId' | 'auctionTitle' | 'userId' | 'userName'
  >[],
): { auctionTitle: string | null; userName: string | null } {
  const auction = entries.find(
    (entry) => entry.auctionId === filter.auctionId && entry.auctionTitle,
  );
  const account = entries.find((entry) => entry.userId === filter.userId && entry.userName);
  return { auctionTitle: auction?.auctionTitle ?? null, userName: account?.userName ?? null };
}
