// Keeps *Minhas perguntas* live: one reading of `GET /api/me/questions`, then
// `question:answered` (sent to every device of the asker) fills in the answer.
// An answer to a question not on the list (asked elsewhere after the reading)
// reads the list again; so do a reconnection — events sent while the socket
// was away are not replayed — and `events:resync`.
import { useEffect, useRef, useState } from 'react';
import type { AskedQuestion, QuestionEvent } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { isListed, mergeRead, withAnswer } from './my-questions-state.ts';
import { serialTask } from './serial-task.ts';
import { getSocket } from './socket.ts';

export interface MyQuestions {
  /** 'failed' only until a reading succeeds. */
  status: 'loading' | 'ready' | 'failed';
  /** The latest asked first. */
  items: AskedQuestion[];
}

const initial: MyQuestions = { status: 'loading', items: [] };

/** `token`: whose list (null reads nothing); `userId`: the asker whose answers count. */
export function useMyQuestions(token: string | null, userId: string): MyQuestions {
  const [state, setState] = useState<MyQuestions>(initial);
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => {
    if (token === null) return;
    setState(initial);
    let active = true;
    // One reading at a time; one asked for meanwhile runs once more afterwards.
    const read = serialTask(async () => {
      try {
        const { items } = await api.myQuestions();
        if (active) setState((held) => ({ status: 'ready', items: mergeRead(held.items, items) }));
      } catch {
        if (active)
          setState((held) => (held.status === 'ready' ? held : { ...held, status: 'failed' }));
      }
    });
    const onAnswered = (event: QuestionEvent) => {
      if (event.question.asker.id !== userId) return;
      if (!isListed(latest.current.items, event)) return void read();
      setState((held) => ({ ...held, items: withAnswer(held.items, event) }));
    };
    const onReconnect = () => void read();
    const socket = getSocket();
    socket.on('question:answered', onAnswered);
    socket.on('connect', onReconnect);
    socket.on('events:resync', onReconnect);
    void read();
    return () => {
      active = false;
      socket.off('question:answered', onAnswered);
      socket.off('connect', onReconnect);
      socket.off('events:resync', onReconnect);
    };
  }, [token, userId]);

  return state;
}
