// Keeps *Minhas denúncias* on *Minha atividade* live (use-live-list.ts): one
// reading of `GET /api/me/flags`, then what moderators decide.
// `report:decided` (sent to every device of each author of the reports a
// review decided, and of every report of an auction taken down) moves the
// report to kept — with `keptAt`, so the keep may be appealed at once — or
// removed. Appealing here puts the appeal in its report at once;
// `appeal:decided` (sent to every device of the appellant) puts in the
// decision — reversed, the auction was taken down. A decision about an
// auction not on the list (reported elsewhere since the reading) reads the
// list again.
import { useCallback } from 'react';
import type { Appeal, GivenFlag } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import {
  isListed,
  mergeRead,
  withAppealDecided,
  withAppealLodged,
  withReportDecided,
  type AppealDecided,
  type ReportDecided,
} from './my-reports-state.ts';
import { useLiveList, type LiveList } from './use-live-list.ts';

export interface MyReports extends LiveList<GivenFlag> {
  /** The reporter appealed the keep of `auctionId` (just sent, or found sent elsewhere). */
  appealed(auctionId: string, appeal: Appeal): void;
}

/** `token`: whose list (null reads nothing). */
export function useMyReports(token: string | null): MyReports {
  const [reports, update] = useLiveList<GivenFlag>(token, {
    read: api.myReports,
    merge: mergeRead,
    listen: ({ socket, listed, update: change, reread }) => {
      // Also a seller's removal appeal (their own auction, never reported by
      // them): a reading more, which finds nothing new.
      const onAppealDecided = (decided: AppealDecided) =>
        isListed(listed(), decided.auctionId)
          ? change((items) => withAppealDecided(items, decided))
          : reread();
      const onReportDecided = (decided: ReportDecided) =>
        isListed(listed(), decided.auctionId)
          ? change((items) => withReportDecided(items, decided))
          : reread();
      socket.on('appeal:decided', onAppealDecided);
      socket.on('report:decided', onReportDecided);
      return () => {
        socket.off('appeal:decided', onAppealDecided);
        socket.off('report:decided', onReportDecided);
      };
    },
  });

  const appealed = useCallback(
    (auctionId: string, appeal: Appeal) =>
      update((items) => withAppealLodged(items, auctionId, appeal)),
    [update],
  );

  return { ...reports, appealed };
}
