// Refusals of reporting an auction and of a moderator's decisions. Three codes
// read otherwise here than their general sentence (error-message.ts):
// OWN_AUCTION and ALREADY_FLAGGED speak of reporting, and AUCTION_CLOSED —
// whose general sentence speaks of bids — is, on removing, an open auction
// past its end that is being closed that very moment (an ended one may be
// removed). The rest read the same anywhere.
import { ApiError } from '../api/http.ts';
import type { Locale } from '../format.ts';
import { errorMessage } from './error-message.ts';
import type { Messages } from './messages-pt-br.ts';

export function moderationErrorMessage(error: unknown, t: Messages, locale: Locale): string {
  const code = error instanceof ApiError ? error.code : null;
  if (code === 'OWN_AUCTION') return t.flag.ownAuction;
  if (code === 'ALREADY_FLAGGED') return t.flag.alreadyFlagged;
  if (code === 'AUCTION_CLOSED') return t.moderation.closingNow;
  return errorMessage(error, t, locale);
}
