// The auctions the signed-in viewer reported, with what became of each
// (`GET /api/me/flags`), read once when *Minha atividade* opens (and again if
// the account changes). Not live: a moderator keeping an auction sends no
// event at all (app/routes/moderation.ts), and a report is made on the
// auction's page, so coming back here reads the list afresh.
import { useEffect, useState } from 'react';
import type { GivenFlag } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';

export interface MyReports {
  status: 'loading' | 'ready' | 'failed';
  /** The latest reported first. */
  items: GivenFlag[];
}

const initial: MyReports = { status: 'loading', items: [] };

/** `token`: whose list (null reads nothing). */
export function useMyReports(token: string | null): MyReports {
  const [list, setList] = useState(initial);

  useEffect(() => {
    setList(initial);
    if (token === null) return;
    let current = true;
    api.myReports().then(
      ({ items }) => current && setList({ status: 'ready', items }),
      () => current && setList({ status: 'failed', items: [] }),
    );
    return () => {
      current = false;
    };
  }, [token]);

  return list;
}
