// A signed-in viewer's list read once when the page opens (and again if the
// account changes), not live: what changes it happens on another page (a
// sale's, an auction's), so coming back reads it afresh. The sales to rate
// on *Minha atividade* are read this way.
import { useEffect, useState } from 'react';

export interface ListOnOpen<T> {
  status: 'loading' | 'ready' | 'failed';
  items: T[];
}

/** `token`: whose list (null reads nothing); `read` asks the API for it. */
export function useListOnOpen<T>(
  token: string | null,
  read: () => Promise<{ items: T[] }>,
): ListOnOpen<T> {
  const [list, setList] = useState<ListOnOpen<T>>({ status: 'loading', items: [] });

  useEffect(() => {
    setList({ status: 'loading', items: [] });
    if (token === null) return;
    let current = true;
    read().then(
      ({ items }) => current && setList({ status: 'ready', items }),
      () => current && setList({ status: 'failed', items: [] }),
    );
    return () => {
      current = false;
    };
    // `read` is one of the API's functions: the token alone says when to read again.
  }, [token]);

  return list;
}
