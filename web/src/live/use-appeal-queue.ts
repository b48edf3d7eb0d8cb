// The moderators' list of appeals for the page (appeal-queue-store.ts), live:
// the socket brings `moderation:appeals` to moderators only (the API's room
// for them), and after a reconnection or `events:resync` — events may have
// been missed — the pages shown are read again.
import { useEffect, useMemo, useRef } from 'react';
import type { Appeal } from '../../../core/schemas.ts';
import { api, type AppealOutcome } from '../api/endpoints.ts';
import type { Pager } from '../components/load-more.tsx';
import { useStore } from '../store.ts';
import {
  createAppealQueue,
  type AppealChanges,
  type AppealQueueView,
} from './appeal-queue-store.ts';
import { getSocket } from './socket.ts';

export interface AppealQueueState extends AppealQueueView, Pager {
  /** Upholds or reverses the decision appealed; rejects with the API's refusal. */
  decide(appealId: string, body: { outcome: AppealOutcome; reply: string }): Promise<Appeal>;
}

/**
 * `token`: the signed-in session's; a new session reads the list again.
 * `onChanges`: told what a reading changed, before the list shows it.
 */
export function useAppealQueue(
  token: string,
  onChanges: (changes: AppealChanges) => void,
): AppealQueueState {
  const latestOnChanges = useRef(onChanges);
  useEffect(() => {
    latestOnChanges.current = onChanges;
  });
  const queue = useMemo(
    () => createAppealQueue(api, { onChanges: (changes) => latestOnChanges.current(changes) }),
    [token],
  );

  useEffect(() => {
    const stop = queue.start();
    const socket = getSocket();
    const onAppeals = ({ appealId }: { appealId: string }) => queue.heard(appealId);
    const onCaughtUp = () => queue.caughtUp();
    socket.on('moderation:appeals', onAppeals);
    socket.on('connect', onCaughtUp);
    socket.on('events:resync', onCaughtUp);
    return () => {
      stop();
      socket.off('moderation:appeals', onAppeals);
      socket.off('connect', onCaughtUp);
      socket.off('events:resync', onCaughtUp);
    };
  }, [queue]);

  const { loadMore, decide } = queue;
  return { ...useStore(queue.view), loadMore, decide };
}
