// The sales the signed-in viewer may still rate, read once when the page
// opens (and again if the account changes). Not live: rating happens on the
// sale's own page, so coming back here reads the list afresh.
import { useEffect, useState } from 'react';
import type { PendingFeedback } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';

export interface PendingFeedbackList {
  status: 'loading' | 'ready' | 'failed';
  /** The soonest window to close first. */
  items: PendingFeedback[];
}

const initial: PendingFeedbackList = { status: 'loading', items: [] };

/** `token`: whose list (null reads nothing). */
export function usePendingFeedback(token: string | null): PendingFeedbackList {
  const [list, setList] = useState(initial);

  useEffect(() => {
    setList(initial);
    if (token === null) return;
    let current = true;
    api.pendingFeedback().then(
      ({ items }) => current && setList({ status: 'ready', items }),
      () => current && setList({ status: 'failed', items: [] }),
    );
    return () => {
      current = false;
    };
  }, [token]);

  return list;
}
