// The feedback of one sale on its auction page (`GET /api/auctions/:id/feedback`):
// read at first, with one's own added as soon as the API took it and the
// other party's as soon as `feedback:left` reaches the page's room; an
// answer to a rating the same way (`feedback:replied`), an answer shown
// never lost to a reading older than it (forms/feedback-reply.ts). Read
// again on request (after a refusal that means it changed elsewhere), after
// a reconnection and on `events:resync` (events sent meanwhile are not
// replayed), and when an event comes before the first reading ends.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuctionFeedback, Feedback, LeaveFeedbackBody } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { keepKnownReplies, withReply } from '../forms/feedback-reply.ts';
import { withFeedback } from '../forms/sale-feedback.ts';
import { getSocket } from './socket.ts';

export type SaleFeedbackState =
  { status: 'loading' } | { status: 'ready'; sale: AuctionFeedback } | { status: 'failed' };

export interface SaleFeedback {
  state: SaleFeedbackState;
  /** The latest feedback heard live (left elsewhere), to announce. */
  heard: Feedback | null;
  /** The latest answer heard live (given elsewhere), to announce. */
  heardReply: Feedback | null;
  reload(): void;
  /** Posts the viewer's feedback; resolves with it once shown, rejects with the API's refusal. */
  leave(body: LeaveFeedbackBody): Promise<Feedback>;
  /** Posts the viewer's answer to the rating `role` left; resolves once shown. */
  reply(role: Feedback['role'], text: string): Promise<Feedback>;
}

const added = (state: SaleFeedbackState, feedback: Feedback): SaleFeedbackState =>
  state.status === 'ready' ? { status: 'ready', sale: withFeedback(state.sale, feedback) } : state;
const answered = (state: SaleFeedbackState, feedback: Feedback): SaleFeedbackState =>
  state.status === 'ready' ? { status: 'ready', sale: withReply(state.sale, feedback) } : state;

export function useSaleFeedback(auctionId: string): SaleFeedback {
  const [state, setState] = useState<SaleFeedbackState>({ status: 'loading' });
  const [heard, setHeard] = useState<Feedback | null>(null);
  const [heardReply, setHeardReply] = useState<Feedback | null>(null);
  const [reading, setReading] = useState(0);
  const latest = useRef(state);
  latest.current = state;
  const reload = useCallback(() => setReading((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    api.auctionFeedback(auctionId).then(
      (sale) =>
        current &&
        setState((shown) => ({
          status: 'ready',
          sale: keepKnownReplies(shown.status === 'ready' ? shown.sale : null, sale),
        })),
      () =>
        current && setState((shown) => (shown.status === 'ready' ? shown : { status: 'failed' })),
    );
    return () => {
      current = false;
    };
  }, [auctionId, reading]);

  useEffect(() => {
    const socket = getSocket();
    const onLeft = (event: { auctionId: string; feedback: Feedback }) => {
      if (event.auctionId !== auctionId) return;
      if (latest.current.status !== 'ready') return reload();
      setState((shown) => added(shown, event.feedback));
      setHeard(event.feedback);
    };
    const onReplied = (event: { auctionId: string; feedback: Feedback }) => {
      if (event.auctionId !== auctionId) return;
      if (latest.current.status !== 'ready') return reload();
      setState((shown) => answered(shown, event.feedback));
      setHeardReply(event.feedback);
    };
    socket.on('feedback:left', onLeft);
    socket.on('feedback:replied', onReplied);
    socket.on('connect', reload);
    socket.on('events:resync', reload);
    return () => {
      socket.off('feedback:left', onLeft);
      socket.off('feedback:replied', onReplied);
      socket.off('connect', reload);
      socket.off('events:resync', reload);
    };
  }, [auctionId, reload]);

  const leave = useCallback(
    async (body: LeaveFeedbackBody) => {
      const { feedback } = await api.leaveFeedback(auctionId, body);
      setState((shown) => added(shown, feedback));
      return feedback;
    },
    [auctionId],
  );
  const reply = useCallback(
    async (role: Feedback['role'], text: string) => {
      const { feedback } = await api.replyToFeedback(auctionId, role, text);
      setState((shown) => answered(shown, feedback));
      return feedback;
    },
    [auctionId],
  );
  return { state, heard, heardReply, reload, leave, reply };
}
