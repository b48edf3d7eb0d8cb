// A personal list kept live (*Minhas perguntas*, *Minhas denúncias*): one
// reading, then the events that change its items in place. An event about an
// item not listed (made elsewhere after the reading) reads the list again; so
// do a reconnection — events sent while the socket was away are not replayed
// — and `events:resync`. One reading runs at a time, and one asked for
// meanwhile runs once more afterwards; a reading merges into what is held, so
// news heard while it was in flight is not taken back.
import { useCallback, useEffect, useRef, useState } from 'react';
import { serialTask } from './serial-task.ts';
import { getSocket, type LiveSocket } from './socket.ts';

export interface LiveList<T> {
  /** 'failed' only until a reading succeeds. */
  status: 'loading' | 'ready' | 'failed';
  items: T[];
}

/** What the events may do with the list. */
export interface LiveListControl<T> {
  socket: LiveSocket;
  /** The items as held now. */
  listed(): T[];
  update(change: (items: T[]) => T[]): void;
  reread(): void;
}

export interface LiveListSource<T> {
  read(): Promise<{ items: T[] }>;
  /** The list a reading leaves, given what is held. */
  merge(held: T[], read: T[]): T[];
  /** Listens to the events that change the list; returns how to stop. */
  listen(control: LiveListControl<T>): () => void;
}

/** Before the first reading: loading, nothing listed. */
const initial = <T>(): LiveList<T> => ({ status: 'loading', items: [] });

/**
 * `token`: whose list (null reads nothing); `deps`: what else makes it
 * another list (the source's functions are taken as of these). Returns the
 * list and `update`, for changes the page makes itself.
 */
export function useLiveList<T>(
  token: string | null,
  source: LiveListSource<T>,
  deps: readonly unknown[] = [],
): [LiveList<T>, (change: (items: T[]) => T[]) => void] {
  const [state, setState] = useState<LiveList<T>>(initial);
  const latest = useRef(state);
  latest.current = state;
  const current = useRef(source);
  current.current = source;

  useEffect(() => {
    if (token === null) return;
    setState(initial<T>());
    const { read, merge, listen } = current.current;
    let active = true;
    const reread = serialTask(async () => {
      try {
        const { items } = await read();
        if (active) setState((held) => ({ status: 'ready', items: merge(held.items, items) }));
      } catch {
        if (active)
          setState((held) => (held.status === 'ready' ? held : { ...held, status: 'failed' }));
      }
    });
    const onReconnect = () => void reread();
    const socket = getSocket();
    const stopListening = listen({
      socket,
      listed: () => latest.current.items,
      update: (change) => setState((held) => ({ ...held, items: change(held.items) })),
      reread: () => void reread(),
    });
    socket.on('connect', onReconnect);
    socket.on('events:resync', onReconnect);
    void reread();
    return () => {
      active = false;
      stopListening();
      socket.off('connect', onReconnect);
      socket.off('events:resync', onReconnect);
    };
    // The source is taken as of `token` and `deps`.
  }, [token, ...deps]);

  const update = useCallback(
    (change: (items: T[]) => T[]) => setState((held) => ({ ...held, items: change(held.items) })),
    [],
  );
  return [state, update];
}
