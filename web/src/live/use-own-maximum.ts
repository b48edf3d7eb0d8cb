// The viewer's own secret maximum on an auction, for the bid form's reminder:
// remembered on this device (own-maximum.ts) and, while they lead, asked of
// the server once per leadership, since they may have set it on another
// device. Only a maximum above the price is worth a reminder.
import { useEffect, useState } from 'react';
import type { Auction } from '../../../core/schemas.ts';
import { readOwnMaximum, rememberLeaderMaximum } from './own-maximum.ts';

/** The maximum to remind the viewer of (null: none), and its setter for the form's own bids. */
export function useOwnMaximum(
  auction: Pick<Auction, 'id' | 'leader' | 'currentPrice'>,
  viewerId: string | null,
  fetchOwnMaximum?: () => Promise<number | null>,
) {
  const [ownMax, setOwnMax] = useState(() =>
    viewerId ? readOwnMaximum(viewerId, auction.id) : null,
  );
  useEffect(
    () => setOwnMax(viewerId ? readOwnMaximum(viewerId, auction.id) : null),
    [viewerId, auction.id],
  );

  const leader = auction.leader?.id ?? null;
  useEffect(() => {
    if (!viewerId || leader !== viewerId || !fetchOwnMaximum) return;
    let current = true;
    fetchOwnMaximum().then(
      (max) => {
        if (current && max !== null && max > auction.currentPrice)
          setOwnMax(rememberLeaderMaximum(viewerId, auction.id, max));
      },
      () => {}, // a reminder only: the page works without it
    );
    return () => {
      current = false;
    };
  }, [viewerId, leader, auction.id, fetchOwnMaximum]); // once per leadership, not per price

  return [ownMax, setOwnMax] as const;
}
