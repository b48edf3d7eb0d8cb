// The worker's report of a closed auction (issue 3): fetched when the auction
// is closed, and again on every `auction:report` or reconnection (`version`),
// until it exists. 404 REPORT_NOT_READY just means "not yet".
import { useEffect, useState } from 'react';
import { api, type AuctionReport } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';

export type ReportState =
  { status: 'idle' | 'pending' | 'failed' } | { status: 'ready'; report: AuctionReport };

export function useAuctionReport(auctionId: string, closed: boolean, version: number): ReportState {
  const [state, setState] = useState<ReportState>({ status: 'idle' });
  const ready = state.status === 'ready';

  useEffect(() => {
    if (!closed || ready) return;
    let active = true;
    setState((current) => (current.status === 'idle' ? { status: 'pending' } : current));
    api
      .report(auctionId)
      .then((report) => active && setState({ status: 'ready', report }))
      .catch((error: unknown) => {
        const notYet = error instanceof ApiError && error.code === 'REPORT_NOT_READY';
        if (active) setState({ status: notYet ? 'pending' : 'failed' });
      });
    return () => {
      active = false;
    };
  }, [auctionId, closed, ready, version]);

  return state;
}
