// Whether the moderators took an auction down and it stays so (a removal
// reversed on the seller's appeal leaves it ended but no longer taken down):
// what the platform published about it — its page's report, its Discord
// post — is withdrawn while this holds.
import type { Auction } from './schemas.ts';

export function takenDown(auction: Pick<Auction, 'removalReason' | 'removalReversed'>): boolean {
  return auction.removalReason !== undefined && auction.removalReversed !== true;
}
