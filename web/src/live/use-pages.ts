// A list read a page at a time and not live (the feedback a profile
// received): the first page whenever `key` changes, then each next page on
// `loadMore`, appended — the shape LoadMore (components/load-more.tsx) pages.
// A failed first read keeps its error, so a page can tell a refusal (403)
// from a failure to reach the API. `refresh` reads the first page again on
// request (the moderation log's *Atualizar*), the list shown kept until it
// arrives.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Pager } from '../components/load-more.tsx';

export interface Pages<T> extends Pager {
  /** 'failed' when the first page could not be read. */
  status: 'loading' | 'ready' | 'failed';
  /** Why the first page could not be read (an ApiError, most often); null otherwise. */
  failure: unknown;
  items: T[];
  /** The first page again, replacing the list once read; rejects when it cannot be read. */
  refresh(): Promise<void>;
}

type ReadPage<T> = (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>;

interface Held<T> {
  status: Pages<T>['status'];
  failure: unknown;
  items: T[];
  nextCursor: string | null;
  loadingMore: boolean;
  loadMoreFailed: boolean;
}

const initial = <T>(status: Held<T>['status'] = 'loading', failure: unknown = null): Held<T> => ({
  status,
  failure,
  items: [],
  nextCursor: null,
  loadingMore: false,
  loadMoreFailed: false,
});

export function usePages<T>(read: ReadPage<T>, key: string): Pages<T> {
  const [held, setHeld] = useState<Held<T>>(initial);
  // The read of the current key, for loadMore; a page read for an older key is
  // dropped, as is a next page asked for before a refresh (its cursor is stale).
  const latest = useRef({ read, key, round: 0 });

  useEffect(() => {
    const round = latest.current.round + 1;
    latest.current = { read, key, round };
    setHeld(initial());
    // Dropped when the key changed, or a refresh came, since it was asked for.
    const current = () => latest.current.round === round;
    read().then(
      (page) => current() && setHeld({ ...initial<T>('ready'), ...page }),
      (error: unknown) => current() && setHeld(initial('failed', error)),
    );
  }, [key]);

  const { nextCursor, loadingMore } = held;
  const loadMore = useCallback(async () => {
    const { read: readPage, round } = latest.current;
    if (nextCursor === null || loadingMore) return;
    setHeld((now) => ({ ...now, loadingMore: true, loadMoreFailed: false }));
    try {
      const page = await readPage(nextCursor);
      if (latest.current.round !== round) return;
      setHeld((now) => ({
        ...now,
        items: [...now.items, ...page.items],
        nextCursor: page.nextCursor,
        loadingMore: false,
      }));
    } catch {
      setHeld((now) => ({ ...now, loadingMore: false, loadMoreFailed: true }));
    }
  }, [nextCursor, loadingMore]);

  const refresh = useCallback(async () => {
    const round = latest.current.round + 1;
    latest.current = { ...latest.current, round };
    try {
      const page = await latest.current.read();
      if (latest.current.round === round) setHeld({ ...initial<T>('ready'), ...page });
    } catch (error) {
      // A next page asked for before this refresh was dropped: the list may page again.
      if (latest.current.round === round) setHeld((now) => ({ ...now, loadingMore: false }));
      throw error;
    }
  }, []);

  return { ...held, loadMore, refresh };
}
