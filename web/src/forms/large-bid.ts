// The typo guard on bidding: a bid, or a secret maximum, many times the
// minimum is far more often R$ 2.000,00 typed for R$ 20,00 than meant, and a
// bid binds (taking it back is limited: bid retraction), so the bid form asks
// before sending one. Below the threshold it sends at once, as it always did.

/** From this many times the current minimum bid on, the form asks first. */
export const LARGE_BID_FACTOR = 5;

/** An amount the form asks about: which field it was typed in, and how large it is. */
export interface LargeAmount {
  field: 'amount' | 'max';
  cents: number;
  /** How many times the minimum, rounded down to one decimal, so it is never overstated. */
  times: number;
}

/** `cents` as a multiple of `minimum`, rounded down to one decimal (2.000,00 / 20,00 → 100). */
export function timesMinimum(cents: number, minimum: number): number {
  return Math.floor((cents * 10) / minimum) / 10;
}

/**
 * The amounts to confirm before sending a bid of `amount` with an optional
 * secret maximum `max`, against the current `minimum` bid: none when neither
 * reaches LARGE_BID_FACTOR times it. The maximum is named only when it says
 * more than the amount (it is above it).
 */
export function largeAmounts(amount: number, max: number | null, minimum: number): LargeAmount[] {
  if (!Number.isSafeInteger(minimum) || minimum <= 0) return [];
  const large = (cents: number) => cents >= LARGE_BID_FACTOR * minimum;
  const found: LargeAmount[] = [];
  if (large(amount))
    found.push({ field: 'amount', cents: amount, times: timesMinimum(amount, minimum) });
  if (max !== null && max > amount && large(max))
    found.push({ field: 'max', cents: max, times: timesMinimum(max, minimum) });
  return found;
}
