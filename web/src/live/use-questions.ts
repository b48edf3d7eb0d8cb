// Keeps the questions of one auction page live. The page's room (joined by
// useAuctionLive) brings `question:asked` and `question:answered`; the list is
// read over REST at first, each time the room answers a (re)watch — events
// sent while the socket was away are not replayed — on `events:resync`, and
// when a change keeps waiting for one that never came (questions-state.ts).
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Question, QuestionEvent } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { initialQuestionsState, missesChanges, questionsReducer } from './questions-state.ts';
import { serialTask } from './serial-task.ts';
import { getSocket } from './socket.ts';

/** How long a change may wait for the one before it (the REST reply and its event can cross). */
const GAP_GRACE_MS = 300;

export interface QuestionsLive {
  /** 'failed' only until a reading succeeds. */
  status: 'loading' | 'ready' | 'failed';
  /** In the order asked. */
  items: Question[];
  ask(text: string): Promise<Question>;
  answer(number: number, text: string): Promise<Question>;
  /** The seller removes a question. */
  remove(number: number): Promise<void>;
  /** Reads the list again (after a failure, or an answer the API says exists). */
  reload(): Promise<void>;
}

/** `watching`: the page's room has answered its latest watch (useAuctionLive). */
export function useQuestions(auctionId: string, watching: boolean): QuestionsLive {
  const [state, dispatch] = useReducer(questionsReducer, initialQuestionsState);
  const [failed, setFailed] = useState(false);
  const latest = useRef(state);
  latest.current = state;

  // One reading at a time; asking while one runs reads once more afterwards.
  const read = useMemo(
    () =>
      serialTask(async () => {
        try {
          dispatch({ type: 'loaded', list: await api.listQuestions(auctionId) });
          setFailed(false);
        } catch {
          // Shown only until something reads the list successfully.
          if (!latest.current.loaded) setFailed(true);
        }
      }),
    [auctionId],
  );

  // At first (the list shows even without a socket), and whenever the room is
  // joined again: what happened while the socket was away reaches us only this way.
  useEffect(() => {
    if (watching || !latest.current.loaded) void read();
  }, [read, watching]);

  useEffect(() => {
    const socket = getSocket();
    const onChange = (event: QuestionEvent) => {
      if (event.auctionId !== auctionId) return;
      dispatch({ type: 'changed', change: { version: event.version, question: event.question } });
    };
    const onRemoved = (event: { auctionId: string; version: number; number: number }) => {
      if (event.auctionId !== auctionId) return;
      dispatch({ type: 'changed', change: { version: event.version, removed: event.number } });
    };
    const onResync = () => void read();
    socket.on('question:asked', onChange);
    socket.on('question:answered', onChange);
    socket.on('question:removed', onRemoved);
    socket.on('events:resync', onResync);
    return () => {
      socket.off('question:asked', onChange);
      socket.off('question:answered', onChange);
      socket.off('question:removed', onRemoved);
      socket.off('events:resync', onResync);
    };
  }, [auctionId, read]);

  const gap = missesChanges(state);
  useEffect(() => {
    if (!gap) return;
    const timer = setTimeout(() => {
      if (missesChanges(latest.current)) void read();
    }, GAP_GRACE_MS);
    return () => clearTimeout(timer);
  }, [gap, read]);

  const ask = useCallback(
    async (text: string) => {
      const change = await api.askQuestion(auctionId, text);
      dispatch({ type: 'changed', change });
      return change.question;
    },
    [auctionId],
  );

  const answer = useCallback(
    async (number: number, text: string) => {
      const change = await api.answerQuestion(auctionId, number, text);
      dispatch({ type: 'changed', change });
      return change.question;
    },
    [auctionId],
  );

  const remove = useCallback(
    async (number: number) => {
      const { version } = await api.removeQuestion(auctionId, number);
      dispatch({ type: 'changed', change: { version, removed: number } });
    },
    [auctionId],
  );

  return {
    status: state.loaded ? 'ready' : failed ? 'failed' : 'loading',
    items: state.items,
    ask,
    answer,
    remove,
    reload: read,
  };
}
