// The two actions that end an auction at once, each behind a confirmation:
// Buy It Now for bidders (while it is offered) and cancelling for the seller
// (before the first bid, or once every bid was cancelled, beside correcting
// the listing). The API's error code picks the message; a cancellation refused
// because bids stand (someone bid since the page last heard) says to cancel
// each bidder's bids first, as eBay asks of a seller whose item is gone.
import type { Auction, EditAuctionBody } from '../../../core/schemas.ts';
import { ApiError } from '../api/http.ts';
import { formatMoney } from '../format.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import { msUntilStart } from '../live/scheduled-start.ts';
import { useServerNow } from '../live/ticker.ts';
import { Link } from '../routing/link.tsx';
import { ConfirmAction } from './confirm-action.tsx';
import { EditAuctionForm } from './edit-auction-form.tsx';

/** Runs `action`; resolves with the message for its failure, or null. */
function messageOnFailure(action: () => Promise<unknown>, describe: (error: unknown) => string) {
  return action().then(
    () => null,
    (error: unknown) => describe(error),
  );
}

interface BuyNowProps {
  auction: Auction;
  viewerId: string | null;
  buyNow(): Promise<unknown>;
  /** The API said the auction is closed: the page refreshes and shows why. */
  onClosed(message: string): void;
}

export function BuyNowAction({ auction, viewerId, buyNow, onClosed }: BuyNowProps) {
  const { t, locale } = useI18n();
  const notStarted = msUntilStart(auction, useServerNow()) > 0;
  if (!auction.buyNowAvailable || auction.buyNowPrice === null) return null;
  const price = formatMoney(auction.buyNowPrice, locale);
  return (
    <section className="panel buy-now" aria-labelledby="buy-now-title">
      <h2 id="buy-now-title">{t.buyNow.title}</h2>
      <p className="buy-now__explain">{t.buyNow.explain}</p>
      {viewerId === null ? (
        <Link href={`/login?next=${encodeURIComponent(`/auctions/${auction.id}`)}`}>
          {t.buyNow.signIn(price)}
        </Link>
      ) : (
        <ConfirmAction
          id="buy-now"
          trigger={t.buyNow.button(price)}
          question={t.buyNow.question(price)}
          confirm={t.buyNow.confirm(price)}
          disabled={notStarted}
          onConfirm={() =>
            messageOnFailure(buyNow, (error) => {
              const message = errorMessage(error, t, locale);
              if (error instanceof ApiError && error.code === 'AUCTION_CLOSED') onClosed(message);
              return message;
            })
          }
        />
      )}
    </section>
  );
}

interface SellerActionsProps {
  auction: Auction;
  cancel(): Promise<void>;
  edit(changes: EditAuctionBody): Promise<void>;
}

/** The seller's panel before the first bid: correct the listing, or cancel it. */
export function SellerActions({ auction, cancel, edit }: SellerActionsProps) {
  const { t, locale } = useI18n();
  return (
    <section className="panel seller-panel" aria-labelledby="seller-title">
      <h2 id="seller-title">{t.sellerPanel.title}</h2>
      <p className="note">
        {t.bidForm.ownAuction} {t.sellerPanel.canCancel}
      </p>
      <EditAuctionForm auction={auction} edit={edit} />
      <ConfirmAction
        id="cancel-auction"
        variant="danger"
        trigger={t.sellerPanel.cancel}
        question={t.sellerPanel.question}
        confirm={t.sellerPanel.confirm}
        onConfirm={() =>
          messageOnFailure(cancel, (error) =>
            error instanceof ApiError && error.code === 'AUCTION_HAS_BIDS'
              ? t.sellerPanel.cancelHasBids
              : errorMessage(error, t, locale),
          )
        }
      />
    </section>
  );
}
