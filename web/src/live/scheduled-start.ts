// How long until a scheduled auction takes bids, on the server clock as the
// page knows it (an estimate, which the shared ticker moves once a second).
// An auction created without a start time began when it was created
// (`startsAt` equals `createdAt`) and this page learnt of it afterwards, so it
// has started whatever the clock says: comparing its start with a reading up
// to a second old would show a brand-new auction as "Começa em 00:01" and
// hold its bid form for that moment.
import type { Auction } from '../../../core/schemas.ts';

export function msUntilStart(
  auction: Pick<Auction, 'startsAt' | 'createdAt'>,
  serverNow: number,
): number {
  if (auction.startsAt === auction.createdAt) return 0;
  return Math.max(0, Date.parse(auction.startsAt) - serverNow);
}
