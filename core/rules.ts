// Pure auction rules. The Lua scripts in core/redis/scripts apply the same
// rules atomically inside Redis; these versions serve validation, views and
// unit tests, and a test checks both agree.

/** Used when an auction is created without `minIncrement`: R$ 1,00. */
export const DEFAULT_MIN_INCREMENT = 100;

export interface PriceState {
  startingPrice: number;
  currentPrice: number;
  minIncrement: number;
  bidCount: number;
}

/** The lowest amount accepted now: the starting price, then price + increment. */
export function minimumBid(state: PriceState): number {
  return state.bidCount === 0 ? state.startingPrice : state.currentPrice + state.minIncrement;
}

/**
 * Soft close (anti-sniping): an accepted bid with less than the window left
 * moves the end to bid time + window. Returns the (possibly) new end, in ms.
 */
export function endAfterBid(endsAtMs: number, bidAtMs: number, softCloseSeconds: number): number {
  const windowMs = softCloseSeconds * 1000;
  return windowMs > 0 && endsAtMs - bidAtMs < windowMs ? bidAtMs + windowMs : endsAtMs;
}
