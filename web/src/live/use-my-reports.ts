// Keeps *Minhas denúncias* on *Minha atividade*: one reading of
// `GET /api/me/flags`, then what moderators decide. `report:decided` (sent to
// every device of each author of the reports a review decided) moves the
// report to kept — with `keptAt`, so the keep may be appealed at once — or
// removed. Appealing here puts the appeal in its report at once;
// `appeal:decided` (sent to every device of the appellant) puts in the
// decision — reversed, the auction was taken down. A decision about an
// auction not on the list (reported elsewhere since the reading) reads the
// list again; so do a reconnection — events sent while the socket was away
// are not replayed — and `events:resync`. A later review that removes an
// auction whose report of yours was kept tells only that review's reporters:
// yours shows removed on the next reading.
import { useCallback, useEffect, useRef, useState } from 'react';
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
import { serialTask } from './serial-task.ts';
import { getSocket } from './socket.ts';

export interface MyReports {
  /** 'failed' only until a reading succeeds. */
  status: 'loading' | 'ready' | 'failed';
  /** The latest reported first. */
  items: GivenFlag[];
  /** The reporter appealed the keep of `auctionId` (just sent, or found sent elsewhere). */
  appealed(auctionId: string, appeal: Appeal): void;
}

type Held = Omit<MyReports, 'appealed'>;

const initial: Held = { status: 'loading', items: [] };

/** `token`: whose list (null reads nothing). */
export function useMyReports(token: string | null): MyReports {
  const [state, setState] = useState<Held>(initial);
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => {
    if (token === null) return;
    setState(initial);
    let active = true;
    // One reading at a time; one asked for meanwhile runs once more afterwards.
    const read = serialTask(async () => {
      try {
        const { items } = await api.myReports();
        if (active) setState((held) => ({ status: 'ready', items: mergeRead(held.items, items) }));
      } catch {
        if (active)
          setState((held) => (held.status === 'ready' ? held : { ...held, status: 'failed' }));
      }
    });
    const onDecided = (decided: AppealDecided) => {
      // Also a seller's removal appeal (their own auction, never reported by
      // them): a reading more, which finds nothing new.
      if (!isListed(latest.current.items, decided.auctionId)) return void read();
      setState((held) => ({ ...held, items: withAppealDecided(held.items, decided) }));
    };
    const onReportDecided = (decided: ReportDecided) => {
      if (!isListed(latest.current.items, decided.auctionId)) return void read();
      setState((held) => ({ ...held, items: withReportDecided(held.items, decided) }));
    };
    const onReconnect = () => void read();
    const socket = getSocket();
    socket.on('appeal:decided', onDecided);
    socket.on('report:decided', onReportDecided);
    socket.on('connect', onReconnect);
    socket.on('events:resync', onReconnect);
    void read();
    return () => {
      active = false;
      socket.off('appeal:decided', onDecided);
      socket.off('report:decided', onReportDecided);
      socket.off('connect', onReconnect);
      socket.off('events:resync', onReconnect);
    };
  }, [token]);

  const appealed = useCallback((auctionId: string, appeal: Appeal) => {
    setState((held) => ({ ...held, items: withAppealLodged(held.items, auctionId, appeal) }));
  }, []);

  return { ...state, appealed };
}
