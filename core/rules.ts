// Pure auction rules. The Lua scripts in core/redis/scripts apply the same
// rules atomically inside Redis; these versions serve validation, views and
// unit tests, and a test checks both agree.

/**
 * Increments when an auction has no fixed `minIncrement`, by price band
 * (after eBay's table, in reais): [price below, increment], in centavos.
 * Below R$ 1 → R$ 0,05; R$ 5 → 0,25; R$ 25 → 0,50; R$ 100 → 1,00;
 * R$ 250 → 2,50; R$ 500 → 5,00; R$ 1.000 → 10,00; R$ 2.500 → 25,00;
 * R$ 5.000 → 50,00; from R$ 5.000 on → R$ 100,00.
 */
export const INCREMENT_TABLE: readonly (readonly [number, number])[] = [
  [100, 5],
  [500, 25],
  [2_500, 50],
  [10_000, 100],
  [25_000, 250],
  [50_000, 500],
  [100_000, 1_000],
  [250_000, 2_500],
  [500_000, 5_000],
];
export const TOP_INCREMENT = 10_000;

/** The increment at `price`: the auction's fixed one, else the table's. */
export function incrementAt(price: number, fixedIncrement: number | null): number {
  if (fixedIncrement !== null) return fixedIncrement;
  return INCREMENT_TABLE.find(([below]) => price < below)?.[1] ?? TOP_INCREMENT;
}

export interface PriceState {
  startingPrice: number;
  currentPrice: number;
  /** null: the default table applies. */
  fixedIncrement: number | null;
  bidCount: number;
}

/** The lowest amount accepted now: the starting price, then price + increment. */
export function minimumBid(state: PriceState): number {
  if (state.bidCount === 0) return state.startingPrice;
  return state.currentPrice + incrementAt(state.currentPrice, state.fixedIncrement);
}

/** null when there is no reserve; else whether the price has reached it. */
export function reserveMet(state: PriceState & { reservePrice: number | null }): boolean | null {
  if (state.reservePrice === null) return null;
  return state.bidCount > 0 && state.currentPrice >= state.reservePrice;
}

/** Buy It Now is offered until the first bid, or until the reserve is met. */
export function buyNowAvailable(
  state: PriceState & { reservePrice: number | null; buyNowPrice: number | null; open: boolean },
): boolean {
  if (!state.open || state.buyNowPrice === null) return false;
  return state.bidCount === 0 || reserveMet(state) === false;
}

/**
 * Soft close (anti-sniping): an accepted bid with less than the window left
 * moves the end to bid time + window, never past the hard deadline
 * `maxEndsAtMs` when there is one. Returns the (possibly) new end, in ms.
 */
export function endAfterBid(
  endsAtMs: number,
  bidAtMs: number,
  softCloseSeconds: number,
  maxEndsAtMs: number | null = null,
): number {
  const windowMs = softCloseSeconds * 1000;
  if (windowMs === 0 || endsAtMs - bidAtMs >= windowMs) return endsAtMs;
  const extended = Math.min(bidAtMs + windowMs, maxEndsAtMs ?? Infinity);
  return Math.max(endsAtMs, extended);
}

/**
 * Bid retraction, as eBay allows it (a mistyped amount): up to this many
 * hours before the end, retracting takes back every bid one placed on the
 * auction; after that, only one's latest bid, and only within
 * RETRACT_LATEST_WITHIN_HOURS of placing it, so nobody uses it to probe a
 * rival's maximum in the last hours.
 */
export const RETRACT_ALL_BEFORE_END_HOURS = 12;
export const RETRACT_LATEST_WITHIN_HOURS = 1;
/**
 * How long a retraction shows on the bidder's profile (and is kept at all):
 * eBay shows the last six months', so a pattern shows and an old mistake
 * does not follow anyone for good.
 */
export const RETRACTIONS_SHOWN_MONTHS = 6;
/** The months above in ms, by 30-day months (Redis's clock knows no calendar). */
export const RETRACTIONS_SHOWN_MS = RETRACTIONS_SHOWN_MONTHS * 30 * 86_400_000;
