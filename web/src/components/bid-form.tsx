// The bid form: pre-filled with the minimum (kept current until the person
// edits it), amounts typed in reais and parsed exactly with parseReais, and a
// clear message for every outcome, chosen by the API's error code.
import { useEffect, useState, type FormEvent } from 'react';
import type { Auction, BidResult } from '../../../core/schemas.ts';
import { ApiError } from '../api/http.ts';
import { formatMoney, formatMoneyInput } from '../format.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import { readMoney } from '../forms/money-field.ts';
import { Link } from '../routing/link.tsx';
import { TextField } from './text-field.tsx';

interface BidFormProps {
  auction: Auction;
  signedIn: boolean;
  placeBid(amount: number): Promise<BidResult>;
  /**
   * Called when the API says the auction is closed: the page refreshes it,
   * which removes this form, so the page keeps showing `message`.
   */
  onClosed(message: string): void;
}

type Feedback =
  | { kind: 'error'; text: string; signIn: boolean }
  /** The auction's seq after the bid: the message goes once a later event arrives. */
  | { kind: 'success'; text: string; seq: number }
  | null;

export function BidForm({ auction, signedIn, placeBid, onClosed }: BidFormProps) {
  const { t, locale } = useI18n();
  const [minimum, setMinimum] = useState(auction.minimumBid);
  const [text, setText] = useState(() => formatMoneyInput(auction.minimumBid, locale));
  const [edited, setEdited] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [submitting, setSubmitting] = useState(false);

  // Follow the live minimum (and the language's decimal separator) until the
  // person types their own amount.
  useEffect(() => setMinimum(auction.minimumBid), [auction.minimumBid]);
  useEffect(() => {
    if (!edited) setText(formatMoneyInput(minimum, locale));
  }, [minimum, locale, edited]);
  useEffect(() => {
    setFeedback((current) =>
      current?.kind === 'success' && auction.seq > current.seq ? null : current,
    );
  }, [auction.seq]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const reading = readMoney(text, t);
    if (reading.error !== undefined) {
      setFeedback({ kind: 'error', text: reading.error, signIn: false });
      return;
    }
    setSubmitting(true);
    setFeedback(null);
    try {
      const result = await placeBid(reading.cents);
      const amount = formatMoney(reading.cents, locale);
      setEdited(false);
      setFeedback({
        kind: 'success',
        // A proxy maximum may answer at once: then the bid counts but does not lead.
        text: result.leading ? t.bidForm.accepted(amount) : t.bidForm.acceptedButCovered(amount),
        seq: result.auction.seq,
      });
    } catch (error) {
      const code = error instanceof ApiError ? error.code : '';
      if (code === 'BID_TOO_LOW' && error instanceof ApiError) {
        const newMinimum = Number(error.details.minimumBid);
        if (Number.isSafeInteger(newMinimum)) setMinimum(newMinimum);
        setEdited(false);
      }
      if (code === 'AUCTION_CLOSED') return onClosed(errorMessage(error, t, locale));
      setFeedback({
        kind: 'error',
        text: errorMessage(error, t, locale),
        signIn: code === 'UNAUTHORIZED',
      });
    } finally {
      setSubmitting(false);
    }
  };

  const nextPath = `/login?next=${encodeURIComponent(`/auctions/${auction.id}`)}`;
  return (
    <form className="bid-form" onSubmit={submit} noValidate aria-labelledby="bid-legend">
      <h2 id="bid-legend" className="bid-form__legend">
        {t.bidForm.legend}
      </h2>
      <div className="bid-form__row">
        <TextField
          id="bid-amount"
          label={t.bidForm.amount}
          hint={t.bidForm.amountHint(formatMoney(minimum, locale))}
          inputMode="decimal"
          autoComplete="off"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setEdited(true);
          }}
        />
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? t.bidForm.submitting : t.bidForm.submit}
        </button>
      </div>
      {!signedIn ? (
        <p className="bid-form__note">
          <Link href={nextPath}>{t.bidForm.signInToBid}</Link>
        </p>
      ) : null}
      <div role={feedback?.kind === 'error' ? 'alert' : 'status'} data-testid="bid-feedback">
        {feedback ? (
          <p className={`feedback feedback--${feedback.kind}`}>
            {feedback.text}
            {feedback.kind === 'error' && feedback.signIn ? (
              <>
                {' '}
                <Link href={nextPath}>{t.nav.signIn}</Link>
              </>
            ) : null}
          </p>
        ) : null}
      </div>
    </form>
  );
}
