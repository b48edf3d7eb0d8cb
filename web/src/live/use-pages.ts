// A list read a page at a time and not live (the feedback a profile
// received): the first page whenever `key` changes, then each next page on
// `loadMore`, appended — the shape LoadMore (components/load-more.tsx) pages.
// A failed first read keeps its error, so a page can tell a refusal (403)
// from a failure to reach the API.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Pager } from '../components/load-more.tsx';

export interface Pages<T> extends Pager {
  /** 'failed' when the first page could not be read. */
  status: 'loading' | 'ready' | 'failed';
  /** Why the first page could not be read (an ApiError, most often); null otherwise. */
  failure: unknown;
  items: T[];
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
  // The read of the current key, for loadMore; a page read for an older key is dropped.
  const latest = useRef({ read, key });

  useEffect(() => {
    latest.current = { read, key };
    setHeld(initial());
    let current = true;
    read().then(
      (page) => current && setHeld({ ...initial<T>('ready'), ...page }),
      (error: unknown) => current && setHeld(initial('failed', error)),
    );
    return () => {
      current = false;
    };
  }, [key]);

  const { nextCursor, loadingMore } = held;
  const loadMore = useCallback(async () => {
    const { read: readPage, key: readFor } = latest.current;
    if (nextCursor === null || loadingMore) return;
    setHeld((now) => ({ ...now, loadingMore: true, loadMoreFailed: false }));
    try {
      const page = await readPage(nextCursor);
      if (latest.current.key !== readFor) return;
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

  return { ...held, loadMore };
}
