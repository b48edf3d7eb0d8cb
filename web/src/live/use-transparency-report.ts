// The transparency report on /moderation, read on request only — never when
// the page opens: it counts every decision and report of the period, and a
// moderator opens the page to work the queues. A request made while another
// runs drops the older answer, and a change of session drops any answer read
// for the one before (an answer is the asking moderator's to see).
import { useEffect, useRef, useState } from 'react';
import type { TransparencyReport } from '../../../core/schemas.ts';
import { readTransparencyReport } from '../api/transparency.ts';
import type { ReportPeriod } from '../forms/report-period.ts';

export type TransparencyState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; report: TransparencyReport }
  /** `error`: an ApiError most often (VALIDATION_FAILED, NOT_A_MODERATOR, NETWORK…). */
  | { status: 'failed'; error: unknown };

export function useTransparencyReport(token: string) {
  const [state, setState] = useState<TransparencyState>({ status: 'idle' });
  // Bumped by each request and each change of session: an answer of an older round is dropped.
  const round = useRef(0);

  useEffect(() => {
    round.current += 1;
    setState({ status: 'idle' });
  }, [token]);

  const generate = async ({ from, to }: ReportPeriod) => {
    const mine = ++round.current;
    setState({ status: 'loading' });
    let next: TransparencyState;
    try {
      next = { status: 'ready', report: await readTransparencyReport(from, to) };
    } catch (error) {
      next = { status: 'failed', error };
    }
    if (round.current === mine) setState(next);
  };

  return { state, generate };
}
