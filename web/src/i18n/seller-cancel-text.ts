// What the seller is told of their cancellation of a bidder's bids: what was
// done and who leads now, or each refusal in words by code (STYLE.md habit 5).
import type { CompactAuction } from '../../../core/schemas.ts';
import { ApiError } from '../api/http.ts';
import type { Locale } from '../format.ts';
import { errorMessage } from './error-message.ts';
import type { Messages } from './messages-pt-br.ts';
import { leadNowText } from './retraction-text.ts';
import { sellerCancelMessages } from './seller-cancel-messages.ts';

/**
 * "Pronto: os lances de Caio foram cancelados. Bia está na frente, com
 * R$ 20,00." `auction`: as the answer left it.
 */
export function sellerCancelDoneText(
  name: string,
  auction: Pick<CompactAuction, 'leader' | 'currentPrice'>,
  t: Messages,
  locale: Locale,
): string {
  // The seller never leads their own auction: no viewer to say "you" to.
  return `${sellerCancelMessages[locale].done(name)} ${leadNowText(auction, null, t, locale)}`;
}

/**
 * A refused cancellation of `name`'s bids in words, by code; a lost answer
 * (no connection, a server error) may have cancelled them, so the seller is
 * asked to look before trying again — the request is never retried by itself.
 */
export function sellerCancelErrorMessage(
  error: unknown,
  name: string,
  t: Messages,
  locale: Locale,
): string {
  const words = sellerCancelMessages[locale];
  if (!(error instanceof ApiError)) return errorMessage(error, t, locale);
  switch (error.code) {
    case 'NO_BID_TO_CANCEL':
      return words.noBid(name);
    case 'AUCTION_CLOSED':
      return words.auctionClosed;
    case 'NOT_SELLER':
      return words.notSeller;
    case 'RATE_LIMITED': {
      const seconds = Number(error.details.retryAfterSeconds);
      return words.rateLimited(Number.isSafeInteger(seconds) && seconds > 0 ? seconds : null);
    }
    case 'VALIDATION_FAILED':
      return words.invalid;
    case 'NETWORK':
      return words.lost(name);
    default:
      // SERVER_BUSY is said before anything is done; other 5xx may come after.
      if (error.status >= 500 && error.code !== 'SERVER_BUSY') return words.lost(name);
      return errorMessage(error, t, locale);
  }
}
