// Where the viewer stands in an auction they bid on, from its public state:
// who leads while it is open, who won once it closed.
import type { CompactAuction } from '../../../core/schemas.ts';

export type Standing = 'leading' | 'outbid' | 'won' | 'lost';

export function myStanding(auction: CompactAuction, userId: string): Standing {
  if (auction.status === 'open') return auction.leader?.id === userId ? 'leading' : 'outbid';
  return auction.winner?.id === userId ? 'won' : 'lost';
}
