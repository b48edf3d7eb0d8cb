// *Retirar meu lance* (eBay's bid retraction, for an amount typed wrong): for
// a signed-in bidder with a bid of theirs standing on an open auction. It
// asks first, saying what would go on the server's clock — every bid of
// theirs more than 12 hours before the end, else only the latest, within an
// hour of placing it — and that their profile shows it. Done, a polite status
// says what went and who leads now; the focus goes to the button again when
// some bid of theirs still stands, else to the bid amount, to bid again. A
// refusal is said in words by code beside the question.
import { useEffect, useRef, useState } from 'react';
import type { Auction, Bid, RetractionResult } from '../../../core/schemas.ts';
import { ApiError } from '../api/http.ts';
import { mayRetract, retractionScopeAt } from '../forms/bid-retraction.ts';
import { useI18n } from '../i18n/i18n.ts';
import {
  retractionDoneText,
  retractionErrorMessage,
  retractionQuestion,
} from '../i18n/retraction-text.ts';
import { forgetOwnMaximum } from '../live/own-maximum.ts';
import { useServerNow } from '../live/ticker.ts';
import { ConfirmAction } from './confirm-action.tsx';
import { OutcomeLine, type Outcome } from './outcome-line.tsx';

interface RetractBidProps {
  auction: Auction;
  /** The bids the page holds: whether one of the viewer's stands, and the amounts retracted. */
  bids: Bid[];
  viewerId: string;
  retract(): Promise<RetractionResult>;
  /** Taken back: the bid form starts afresh (its last answer and remembered maximum are gone). */
  onRetracted(): void;
  /** The API said the auction is closed: the page refreshes and shows why. */
  onClosed(message: string): void;
}

export function RetractBid(props: RetractBidProps) {
  const { auction, bids, viewerId, retract, onRetracted, onClosed } = props;
  const { t, locale } = useI18n();
  const now = useServerNow();
  const [outcome, setOutcome] = useState<Outcome>(null);
  // Bumped after each retraction: the question starts afresh (it waits, sent, otherwise).
  const [round, setRound] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const offered = mayRetract(auction, bids, viewerId);

  useEffect(() => {
    if (round === 0) return;
    const again = box.current?.querySelector<HTMLElement>('button');
    (again ?? document.getElementById('bid-amount'))?.focus();
  }, [round]);

  const retractNow = async (): Promise<string | null> => {
    setOutcome(null);
    try {
      const result = await retract();
      forgetOwnMaximum(viewerId, auction.id);
      setOutcome({ ok: true, text: retractionDoneText(result, bids, viewerId, t, locale) });
      setRound((n) => n + 1);
      onRetracted();
      return null;
    } catch (error) {
      const message = retractionErrorMessage(error, t, locale);
      if (error instanceof ApiError && error.code === 'AUCTION_CLOSED') onClosed(message);
      return message;
    }
  };

  return (
    <div className="retract-bid" ref={box} data-testid="retraction">
      {offered ? (
        <ConfirmAction
          key={round}
          id="retract-bid"
          variant="danger"
          trigger={t.retraction.button}
          question={retractionQuestion(retractionScopeAt(auction.endsAt, now), t)}
          confirm={t.retraction.confirm}
          onConfirm={retractNow}
        />
      ) : null}
      <OutcomeLine outcome={outcome} testId="retraction-outcome" />
    </div>
  );
}
