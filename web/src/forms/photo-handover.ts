// The create form adds the chosen photos once the auction exists, then opens
// its page; the photos that failed are told there, beside the seller's photo
// manager where they can be tried again. In-app navigation keeps this module,
// so it carries them across (a reload loses them, as it would a form's state).
import type { PhotoFailure } from './photo-files.ts';

let handed: { auctionId: string; failures: PhotoFailure[] } | null = null;

export function handOverPhotoFailures(auctionId: string, failures: PhotoFailure[]): void {
  handed = failures.length > 0 ? { auctionId, failures } : null;
}

/** The failures handed over for this auction (read, not taken: see clear). */
export function handedOverPhotoFailures(auctionId: string): PhotoFailure[] {
  return handed?.auctionId === auctionId ? handed.failures : [];
}

/**
 * Forgets them once the page shows them, so a later visit does not repeat
 * them. Separate from reading because React (StrictMode) may run a state
 * initializer twice, and a take-once read would leave the second empty.
 */
export function clearHandedOverPhotoFailures(auctionId: string): void {
  if (handed?.auctionId === auctionId) handed = null;
}
