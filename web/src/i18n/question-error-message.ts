// Errors of asking and answering: three codes mean something else here than
// their general sentence, which speaks of bids (error-message.ts); the rest
// read the same anywhere.
import { ApiError } from '../api/http.ts';
import type { Locale } from '../format.ts';
import { errorMessage } from './error-message.ts';
import type { Messages } from './messages-pt-br.ts';

export function questionErrorMessage(error: unknown, t: Messages, locale: Locale): string {
  const code = error instanceof ApiError ? error.code : null;
  if (code === 'OWN_AUCTION') return t.questions.ownAuction;
  if (code === 'AUCTION_CLOSED') return t.questions.auctionClosed;
  if (code === 'NOT_SELLER') return t.questions.notSeller;
  return errorMessage(error, t, locale);
}
