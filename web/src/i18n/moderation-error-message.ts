// Refusals of reporting an auction and of a moderator's decisions: two codes
// mean something else here than their general sentence, which speaks of bids
// (error-message.ts); the rest read the same anywhere.
import { ApiError } from '../api/http.ts';
import type { Locale } from '../format.ts';
import { errorMessage } from './error-message.ts';
import type { Messages } from './messages-pt-br.ts';

export function moderationErrorMessage(error: unknown, t: Messages, locale: Locale): string {
  const code = error instanceof ApiError ? error.code : null;
  if (code === 'OWN_AUCTION') return t.flag.ownAuction;
  if (code === 'ALREADY_FLAGGED') return t.flag.alreadyFlagged;
  if (code === 'AUCTION_CLOSED') return t.moderation.notOpen;
  return errorMessage(error, t, locale);
}
