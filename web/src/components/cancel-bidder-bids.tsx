// *Cancelar lances de um licitante* (eBay's bid cancellation), for the seller
// of an open auction, under the bid history: one action per bidder with a bid
// standing, as the API counts the whole history (read again after every
// withdrawal) with the bids the page hears since (forms/seller-bid-cancellation.ts).
// Until that count is read, or if it cannot be, those among the bids the page
// holds — and while older bids are not loaded, it says so and loads them, as
// the history does, so a bidder whose bids are all older can be reached. Each
// asks first, in place (confirm-action.tsx: the focus on the reasons, Escape
// or *Voltar* to step back): one of eBay's four reasons, none picked for the
// seller since the bidder is e-mailed it, and what follows — every bid of that
// bidder on this auction is cancelled, the history shows them cancelled by
// the seller, and they may bid again unless blocked. Never retried: a lost
// answer may have cancelled them, so the seller is asked to look. Done, a
// polite status says whose bids went and who leads now, and the focus goes to
// the next bidder's button, or to the panel's title when none is left; a
// refusal is said in words by code beside the button.
import { useEffect, useRef, useState } from 'react';
import type {
  Auction,
  Bid,
  SellerCancelReason,
  SellerCancelResult,
  StandingBidder,
  StandingBidders,
} from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { formatMoney } from '../format.ts';
import {
  biddersToOffer,
  offersCancellation,
  SELLER_CANCEL_REASONS,
} from '../forms/seller-bid-cancellation.ts';
import { useI18n } from '../i18n/i18n.ts';
import { sellerCancelMessages } from '../i18n/seller-cancel-messages.ts';
import { sellerCancelDoneText, sellerCancelErrorMessage } from '../i18n/seller-cancel-text.ts';
import { ConfirmAction } from './confirm-action.tsx';
import { OutcomeLine, type Outcome } from './outcome-line.tsx';
import { RadioChoice } from './radio-choice.tsx';

interface CancelBidderBidsProps {
  auction: Auction;
  /** The bids the page holds: whose stand. */
  bids: Bid[];
  viewerId: string;
  cancelBids(bidderId: string, reason: SellerCancelReason): Promise<SellerCancelResult>;
  /** The API said the auction is closed: the page refreshes and shows why. */
  onClosed(message: string): void;
  /** Bids older than those the page holds exist. */
  olderBids: boolean;
  /** Loads the next older page of bids, as the history's button does. */
  onLoadOlder(): void;
}

export function CancelBidderBids(props: CancelBidderBidsProps) {
  const { auction, bids, viewerId, cancelBids, onClosed, olderBids, onLoadOlder } = props;
  const { t, locale } = useI18n();
  const words = sellerCancelMessages[locale];
  const [outcome, setOutcome] = useState<Outcome>(null);
  // Bumped after each cancellation, so the focus moves once the list changed.
  const [round, setRound] = useState(0);
  const title = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const isSeller = offersCancellation(auction, viewerId);
  const [counted, setCounted] = useState<StandingBidders | null>(null);
  const bidders = biddersToOffer(auction, bids, viewerId, counted);
  // Only the page's bids without the count: then it offers to load older ones.
  const missingOlder = olderBids && counted === null;

  // Read again whenever bids were withdrawn (this panel's, a retraction, the
  // moderators'): the count is of the history as it was; later bids the page adds.
  useEffect(() => {
    if (!isSeller) return;
    let current = true;
    api
      .standingBidders(auction.id)
      .then((count) => current && setCounted(count))
      .catch(() => current && setCounted(null));
    return () => {
      current = false;
    };
  }, [auction.id, auction.cancelledBidCount, isSeller]);

  // Pressed until none older is left: the button then goes, and the focus
  // goes to the panel's title rather than to the page.
  const loadingOlder = useRef(false);

  useEffect(() => {
    if (round === 0) return;
    (list.current?.querySelector<HTMLElement>('button') ?? title.current)?.focus();
  }, [round]);

  useEffect(() => {
    if (missingOlder || !loadingOlder.current) return;
    loadingOlder.current = false;
    title.current?.focus();
  }, [missingOlder]);

  if (auction.status !== 'open') return null;
  if (bidders.length === 0 && outcome === null && !missingOlder) return null;

  const cancelOne = async (bidder: StandingBidder, reason: SellerCancelReason) => {
    setOutcome(null);
    try {
      const result = await cancelBids(bidder.id, reason);
      // Gone from the count at once, so the focus moves past them; the count
      // read again (the withdrawal changed cancelledBidCount) corrects the rest.
      setCounted(
        (count) =>
          count && { ...count, bidders: count.bidders.filter((one) => one.id !== bidder.id) },
      );
      setOutcome({ ok: true, text: sellerCancelDoneText(bidder.name, result.auction, t, locale) });
      setRound((n) => n + 1);
      return null;
    } catch (error) {
      const message = sellerCancelErrorMessage(error, bidder.name, t, locale);
      if (error instanceof ApiError && error.code === 'AUCTION_CLOSED') onClosed(message);
      return message;
    }
  };

  return (
    <section
      className="panel cancel-bids"
      aria-labelledby="cancel-bids-title"
      data-testid="seller-cancel-bids"
    >
      <h2 id="cancel-bids-title" ref={title} tabIndex={-1}>
        {words.title}
      </h2>
      <p className="note">{words.explain}</p>
      {bidders.length > 0 ? (
        <ul className="cancel-bids__list" ref={list}>
          {bidders.map((bidder) => (
            <li key={bidder.id} className="cancel-bids__bidder" data-testid="cancel-bids-bidder">
              <p className="cancel-bids__who">
                <strong>{bidder.name}</strong>{' '}
                {words.standing(bidder.standing, formatMoney(bidder.highest, locale))}
              </p>
              <CancelOneBidder bidder={bidder} onConfirm={(reason) => cancelOne(bidder, reason)} />
            </li>
          ))}
        </ul>
      ) : null}
      {missingOlder ? (
        <div className="cancel-bids__older">
          <p className="note">{words.olderBids}</p>
          <button
            type="button"
            className="button button--quiet"
            data-testid="cancel-bids-load-older"
            onClick={() => {
              loadingOlder.current = true;
              onLoadOlder();
            }}
          >
            {t.auction.loadOlder}
          </button>
        </div>
      ) : null}
      <OutcomeLine outcome={outcome} testId="cancel-bids-outcome" />
    </section>
  );
}

interface CancelOneBidderProps {
  bidder: StandingBidder;
  /** Resolves with the refusal to say, or null once done. */
  onConfirm(reason: SellerCancelReason): Promise<string | null>;
}

/** One bidder's *Cancelar lances de …*, asking the reason first. */
function CancelOneBidder({ bidder, onConfirm }: CancelOneBidderProps) {
  const { locale } = useI18n();
  const words = sellerCancelMessages[locale];
  const [reason, setReason] = useState<SellerCancelReason | null>(null);
  const [missing, setMissing] = useState(false);
  const id = `cancel-bids-${bidder.id}`;
  const options = SELLER_CANCEL_REASONS.map((option) => [option, words.reasons[option]] as const);
  const reasons = (
    <fieldset
      className="fieldset"
      aria-describedby={missing ? `${id}-reason-error` : undefined}
      data-testid={`${id}-reasons`}
    >
      <legend>{words.reason}</legend>
      <RadioChoice
        name={`${id}-reason`}
        value={reason}
        options={options}
        onChange={(chosen) => {
          setReason(chosen);
          setMissing(false);
        }}
      />
      {missing ? (
        <p id={`${id}-reason-error`} className="field__error">
          {words.chooseReason}
        </p>
      ) : null}
    </fieldset>
  );
  return (
    <ConfirmAction
      id={id}
      variant="danger"
      trigger={words.button(bidder.name)}
      question={words.question(bidder.name)}
      choices={reasons}
      choicesComplete={() => {
        setMissing(reason === null);
        return reason !== null;
      }}
      confirm={words.confirm}
      onConfirm={() => (reason === null ? Promise.resolve(words.chooseReason) : onConfirm(reason))}
    />
  );
}
