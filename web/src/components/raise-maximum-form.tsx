// For the leading bidder: raise the secret maximum without bidding against
// oneself (eBay's "increase maximum bid"). The price stays; it moves only
// if the new maximum reaches a hidden reserve, which the server then bids up to.
import { useState, type FormEvent } from 'react';
import type { Auction, MaximumResult } from '../../../core/schemas.ts';
import { ApiError } from '../api/http.ts';
import { formatMoney } from '../format.ts';
import { readMoney } from '../forms/money-field.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import { rememberOwnMaximum } from '../live/own-maximum.ts';
import { TextField } from './text-field.tsx';

interface RaiseMaximumFormProps {
  auction: Auction;
  viewerId: string;
  raiseMaximum(maxAmount: number): Promise<MaximumResult>;
  /** The maximum now remembered on this device. */
  onRaised(maxAmount: number): void;
  /** The API said the auction is closed (see BidForm). */
  onClosed(message: string): void;
}

type Feedback = { kind: 'success' | 'error'; text: string } | null;

export function RaiseMaximumForm(props: RaiseMaximumFormProps) {
  const { auction, viewerId, raiseMaximum, onRaised, onClosed } = props;
  const { t, locale } = useI18n();
  const [text, setText] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const max = readMoney(text, t);
    if (max.error !== undefined) return setFeedback({ kind: 'error', text: max.error });
    setSubmitting(true);
    setFeedback(null);
    try {
      const result = await raiseMaximum(max.cents);
      const remembered = rememberOwnMaximum(viewerId, auction.id, {
        maxAmount: result.maxAmount,
        wasLeading: true,
      });
      onRaised(remembered ?? result.maxAmount);
      setText('');
      const saved = formatMoney(result.maxAmount, locale);
      setFeedback({
        kind: 'success',
        text:
          result.bids.length > 0
            ? t.raiseMax.savedAtReserve(saved, formatMoney(result.auction.currentPrice, locale))
            : t.raiseMax.saved(saved),
      });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'AUCTION_CLOSED')
        return onClosed(errorMessage(error, t, locale));
      setFeedback({ kind: 'error', text: errorMessage(error, t, locale) });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <details className="raise-max" data-testid="raise-max">
      <summary>{t.raiseMax.legend}</summary>
      <form onSubmit={submit} noValidate>
        <TextField
          id="raise-max-amount"
          label={t.raiseMax.amount}
          hint={t.raiseMax.explain}
          inputMode="decimal"
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button" disabled={submitting}>
          {t.raiseMax.submit}
        </button>
        <div
          role={feedback?.kind === 'error' ? 'alert' : 'status'}
          data-testid="raise-max-feedback"
        >
          {feedback ? (
            <p className={`feedback feedback--${feedback.kind}`}>{feedback.text}</p>
          ) : null}
        </div>
      </form>
    </details>
  );
}
