// The bid form's typo guard (forms/large-bid.ts): a bid or maximum at least
// five times the minimum is asked about in place before it is sent — the
// amount in reais and how many times the minimum it is, *Confirmar lance* or
// *Voltar* (Escape too). The focus moves to the question, so screen readers
// read it at once, and back to the amount after either answer.
import { useCallback, useEffect, useRef, useState } from 'react';
import { largeAmounts, type LargeAmount } from '../forms/large-bid.ts';
import { useI18n } from '../i18n/i18n.ts';
import { largeBidQuestion } from '../i18n/large-bid-text.ts';

/** A bid held back for the question: what to send once confirmed. */
export interface HeldBid {
  amount: number;
  max: number | null;
  /** The minimum bid when asked, which the question quotes. */
  minimum: number;
  large: LargeAmount[];
}

/**
 * The typo guard's state for a form whose amount field is `amountId`: `hold`
 * keeps a large bid back (true) or lets it through (false); `answer` ends the
 * question and gives the focus back to the amount.
 */
export function useLargeBidGuard(amountId: string) {
  const [held, setHeld] = useState<HeldBid | null>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (held !== null || !refocus.current) return;
    refocus.current = false;
    // Once the fields are enabled again (they are while asking).
    document.getElementById(amountId)?.focus();
  }, [held, amountId]);
  const hold = useCallback((amount: number, max: number | null, minimum: number) => {
    const large = largeAmounts(amount, max, minimum);
    if (large.length === 0) return false;
    setHeld({ amount, max, minimum, large });
    return true;
  }, []);
  const answer = useCallback(() => {
    refocus.current = true;
    setHeld(null);
  }, []);
  return { held, hold, answer };
}

interface LargeBidQuestionProps {
  held: HeldBid;
  onConfirm(held: HeldBid): void;
  onBack(): void;
}

export function LargeBidQuestion({ held, onConfirm, onBack }: LargeBidQuestionProps) {
  const { t, locale } = useI18n();
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  return (
    <div
      className="confirm-action__ask large-bid"
      role="group"
      aria-labelledby="large-bid-question"
      data-testid="large-bid-question"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onBack();
      }}
    >
      <p id="large-bid-question" ref={question} tabIndex={-1}>
        {largeBidQuestion(held.large, held.minimum, t, locale)}
      </p>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => onConfirm(held)}>
          {t.bidForm.largeConfirm}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {t.confirm.back}
        </button>
      </div>
    </div>
  );
}
