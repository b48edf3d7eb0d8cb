// The viewer's own secret maximum on an auction, remembered on this device
// (localStorage, per user and auction) so the bid form can remind them of
// it. It leaves the device only inside their own bid request; another device
// of theirs learns it from the API while they lead (GET …/max-bid).
import { safeStorage } from '../store.ts';

const key = (userId: string, auctionId: string) => `arremate.max.${userId}.${auctionId}`;

export function readOwnMaximum(userId: string, auctionId: string): number | null {
  const value = Number(safeStorage.read(key(userId, auctionId)));
  return Number.isSafeInteger(value) && value > 0 ? value : null;
}

/** The server's word while the user leads: the same maximum on every device. */
export function rememberLeaderMaximum(userId: string, auctionId: string, maxAmount: number) {
  safeStorage.write(key(userId, auctionId), String(maxAmount));
  return maxAmount;
}

/**
 * After an accepted bid. The server keeps a leader's higher maximum when they
 * bid again without one, and any other bid without one starts afresh.
 */
export function rememberOwnMaximum(
  userId: string,
  auctionId: string,
  bid: { maxAmount: number | null; wasLeading: boolean },
): number | null {
  const previous = readOwnMaximum(userId, auctionId);
  const next =
    bid.maxAmount !== null
      ? Math.max(bid.maxAmount, bid.wasLeading ? (previous ?? 0) : 0)
      : bid.wasLeading
        ? previous
        : null;
  safeStorage.write(key(userId, auctionId), next === null ? null : String(next));
  return next;
}

/**
 * After the user retracted their bid: a maximum goes with the bids it came
 * with. Should they still lead, the bid form asks the server for what is left.
 */
export function forgetOwnMaximum(userId: string, auctionId: string): void {
  safeStorage.write(key(userId, auctionId), null);
}
