// The bid form: pre-filled with the minimum (kept current until the person
// edits it), an optional secret maximum for automatic bidding, amounts typed
// in reais and parsed exactly with parseReais, closed until a scheduled
// auction starts, a question first when an amount looks mistyped (five times
// the minimum or more: large-bid-question.tsx), and a clear message for every
// outcome, chosen by the API's error code. An accepted bid's message gives
// way to what became of that bid when it is withdrawn elsewhere
// (withdrawn-own-bid.ts).
import { useEffect, useState, type FormEvent } from 'react';
import type { Auction, Bid, BidResult, MaximumResult } from '../../../core/schemas.ts';
import { ApiError } from '../api/http.ts';
import { formatMoney, formatMoneyInput, formatTime } from '../format.ts';
import { readMoney } from '../forms/money-field.ts';
import { ownBidWithdrawal } from '../forms/withdrawn-own-bid.ts';
import { bidAcceptedMessage } from '../i18n/bid-accepted-message.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import { ownBidWithdrawnText } from '../i18n/retraction-text.ts';
import { rememberOwnMaximum } from '../live/own-maximum.ts';
import { msUntilStart } from '../live/scheduled-start.ts';
import { useServerNow } from '../live/ticker.ts';
import { useOwnMaximum } from '../live/use-own-maximum.ts';
import { Link } from '../routing/link.tsx';
import { LargeBidQuestion, useLargeBidGuard } from './large-bid-question.tsx';
import { RaiseMaximumForm } from './raise-maximum-form.tsx';
import { TextField } from './text-field.tsx';

interface BidFormProps {
  auction: Auction;
  /** The bids the page holds, with their marks: whether those a message spoke of still count. */
  bids: Bid[];
  viewerId: string | null;
  /** This page's own retraction is on its way: it says what went itself, and the form starts afresh. */
  retracting: boolean;
  placeBid(amount: number, maxAmount?: number): Promise<BidResult>;
  raiseMaximum(maxAmount: number): Promise<MaximumResult>;
  /** The viewer's maximum as the server keeps it while they lead, for a device that bid elsewhere. */
  fetchOwnMaximum?(): Promise<number | null>;
  /**
   * Called when the API says the auction is closed: the page refreshes it,
   * which removes this form, so the page keeps showing `message`.
   */
  onClosed(message: string): void;
}

type Feedback =
  | { kind: 'error'; text: string; signIn: boolean }
  /**
   * Accepted, leading ('success') or topped at once by someone's maximum
   * ('warning'); or ('warning') what became of that bid, withdrawn elsewhere.
   * `seq`: the auction's then; the message goes once a later event arrives.
   * `ownBids`: the viewer's bids it speaks of (none once it says they went).
   */
  | { kind: 'success' | 'warning'; text: string; seq: number; ownBids: Bid[] }
  | null;

export function BidForm(props: BidFormProps) {
  const { auction, bids, viewerId, retracting, placeBid, raiseMaximum, fetchOwnMaximum, onClosed } =
    props;
  const { t, locale } = useI18n();
  const [minimum, setMinimum] = useState(auction.minimumBid);
  const [text, setText] = useState(() => formatMoneyInput(auction.minimumBid, locale));
  const [maxText, setMaxText] = useState('');
  const [edited, setEdited] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [submitting, setSubmitting] = useState(false);
  const [ownMax, setOwnMax] = useOwnMaximum(auction, viewerId, fetchOwnMaximum);
  const notStarted = msUntilStart(auction, useServerNow()) > 0;
  const guard = useLargeBidGuard('bid-amount');

  // Follow the live minimum (and the language's decimal separator) until the
  // person types their own amount.
  useEffect(() => setMinimum(auction.minimumBid), [auction.minimumBid]);
  useEffect(() => {
    if (!edited) setText(formatMoneyInput(minimum, locale));
  }, [minimum, locale, edited]);
  // A later bid makes the last answer old news. A withdrawal keeps the seq
  // (or adds the new leader's bid), so the bids the answer spoke of are
  // looked at too: withdrawn, the answer says so instead of "aceito".
  useEffect(() => {
    setFeedback((current) => {
      if (current === null || current.kind === 'error') return current;
      const withdrawal = retracting ? null : ownBidWithdrawal(current.ownBids, bids);
      if (withdrawal === null) return auction.seq > current.seq ? null : current;
      const text = ownBidWithdrawnText(withdrawal, auction, viewerId, t, locale);
      return { kind: 'warning', text, seq: auction.seq, ownBids: [] };
    });
  }, [auction, bids, retracting, viewerId, t, locale]);

  const fail = (message: string, signIn = false) =>
    setFeedback({ kind: 'error', text: message, signIn });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amount = readMoney(text, t);
    if (amount.error !== undefined) return fail(amount.error);
    const max = maxText.trim() ? readMoney(maxText, t) : null;
    if (max?.error !== undefined) return fail(`${t.bidForm.maxAmount}: ${max.error}`);
    if (max && max.cents < amount.cents) return fail(t.bidForm.maxBelowAmount);
    setFeedback(null);
    if (!guard.hold(amount.cents, max?.cents ?? null, minimum))
      await send(amount.cents, max?.cents);
  };

  const send = async (amount: number, max: number | undefined) => {
    setSubmitting(true);
    setFeedback(null);
    try {
      const wasLeading = viewerId !== null && auction.leader?.id === viewerId;
      const result = await placeBid(amount, max);
      const bidderId = result.bid.bidder.id;
      const remembered = rememberOwnMaximum(bidderId, auction.id, {
        maxAmount: max ?? null,
        wasLeading,
      });
      setOwnMax(remembered);
      setEdited(false);
      setMaxText('');
      setFeedback({
        kind: result.leading ? 'success' : 'warning',
        text: bidAcceptedMessage(
          result,
          bidderId,
          max !== undefined ? remembered : null,
          t,
          locale,
        ),
        seq: result.auction.seq,
        ownBids: result.bids.filter((bid) => bid.bidder.id === bidderId),
      });
    } catch (error) {
      const code = error instanceof ApiError ? error.code : '';
      if (code === 'BID_TOO_LOW' && error instanceof ApiError) {
        const newMinimum = Number(error.details.minimumBid);
        if (Number.isSafeInteger(newMinimum)) setMinimum(newMinimum);
        setEdited(false);
      }
      if (code === 'AUCTION_CLOSED') return onClosed(errorMessage(error, t, locale));
      fail(errorMessage(error, t, locale), code === 'UNAUTHORIZED');
    } finally {
      setSubmitting(false);
    }
  };

  const leading = viewerId !== null && auction.leader?.id === viewerId;
  const nextPath = `/login?next=${encodeURIComponent(`/auctions/${auction.id}`)}`;
  return (
    <>
      <form className="bid-form" onSubmit={submit} noValidate aria-labelledby="bid-legend">
        <h2 id="bid-legend" className="bid-form__legend">
          {t.bidForm.legend}
        </h2>
        {notStarted ? (
          <p className="bid-form__note" data-testid="bids-open-at">
            {t.bidForm.notStarted(formatTime(auction.startsAt, locale))}
          </p>
        ) : null}
        <fieldset className="bid-form__fields" disabled={notStarted || guard.held !== null}>
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
          <TextField
            id="bid-max"
            label={t.bidForm.maxAmount}
            hint={t.bidForm.maxAmountHint}
            inputMode="decimal"
            autoComplete="off"
            value={maxText}
            onChange={(event) => setMaxText(event.target.value)}
          />
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? t.bidForm.submitting : t.bidForm.submit}
          </button>
        </fieldset>
        {guard.held ? (
          <LargeBidQuestion
            held={guard.held}
            onConfirm={(held) => {
              guard.answer();
              void send(held.amount, held.max ?? undefined);
            }}
            onBack={guard.answer}
          />
        ) : null}
        {ownMax !== null ? (
          <p className="bid-form__own-max" data-testid="own-maximum">
            {/* Whoever is not leading had their maximum passed: a maximum always answers. */}
            {leading
              ? t.bidForm.ownMax(formatMoney(ownMax, locale))
              : t.bidForm.ownMaxPassed(formatMoney(ownMax, locale))}
          </p>
        ) : null}
        {viewerId === null ? (
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
      {leading && viewerId !== null && !notStarted ? (
        <RaiseMaximumForm
          auction={auction}
          viewerId={viewerId}
          raiseMaximum={raiseMaximum}
          onRaised={(max) => {
            setOwnMax(max);
            // The last bid's message quoted the old maximum.
            setFeedback(null);
          }}
          onClosed={onClosed}
        />
      ) : null}
    </>
  );
}
