// Where *Registro de decisões* on /moderation shows only some decisions: its
// filters live in the address side by side, as the lobby's do — `logAction`,
// `logModerator`, `logAuction`, `logUser` — so a filtered log can be linked,
// reloaded and left with Back. Only the names and a link's address here, on
// pages everyone loads (an auction's page and a profile link to their
// *Histórico de moderação*); the log's own code, in the moderation page's
// chunk, reads and changes them (live/moderation-log-filter.ts).

/** Each filter of GET /api/moderation/log, and its parameter in the address. */
export const LOG_PARAMS = {
  action: 'logAction',
  moderatorId: 'logModerator',
  auctionId: 'logAuction',
  userId: 'logUser',
} as const;

export type LogFilterName = keyof typeof LOG_PARAMS;

/** The log showing only the decisions whose `name` is `value`. */
export const moderationLogLink = (name: LogFilterName, value: string): string =>
  `/moderation?${LOG_PARAMS[name]}=${encodeURIComponent(value)}`;
