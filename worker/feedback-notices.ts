// Feedback e-mails: leaveFeedback adds an entry each time one party of a sale
// rates the other (core/redis/scripts/leaveFeedback-5.lua). This e-mails the
// rated person — the rating, the comment, and that they may answer it —
// unless their account is gone, their address is not verified yet, or they
// turned these e-mails off. A mark per rating keeps a redelivered entry from
// writing twice.
import type { StoredFeedback } from '../core/redis/feedback-store.ts';
import {
  createNoticeHandler,
  recipient,
  sendClaimed,
  type NoticeDeps,
  type NoticeOutcome,
} from './notice-entries.ts';
import type { StreamGroup } from './stream.ts';

export type FeedbackOutcome =
  | NoticeOutcome
  /** No SMTP_URL: nothing is e-mailed. */
  | 'disabled'
  /** The auction or the rating is not there (Redis lost it). */
  | 'gone';

/** How long the "told" mark is kept: far longer than any redelivery. */
const MARK_TTL_SECONDS = 30 * 86_400;

export function createFeedbackNotifier(
  group: StreamGroup,
  deps: NoticeDeps,
  options: { maxDeliveries: number },
) {
  const { redis, keys, mailer, log, metrics } = deps;

  async function notify(auctionId: string, role: string): Promise<FeedbackOutcome> {
    if (!mailer) return 'disabled';
    const [title, stored] = await Promise.all([
      redis.hget(keys.auction(auctionId), 'title'),
      redis.hget(keys.auctionFeedback(auctionId), role),
    ]);
    if (title === null || !stored) return 'gone';
    const feedback = JSON.parse(stored) as StoredFeedback;
    const to = await recipient(deps, feedback.toId, 'feedbackEmails');
    if (typeof to === 'string') return to;
    const mark = keys.feedbackMailed(auctionId, role);
    if ((await redis.set(mark, '1', 'EX', MARK_TTL_SECONDS, 'NX')) === null) return 'already_told';
    const mail = deps.words.feedbackReceivedEmail({
      name: to.name,
      title,
      authorName: feedback.fromName,
      authorRole: feedback.role,
      rating: feedback.rating,
      comment: feedback.comment,
      auctionUrl: deps.auctionUrl(auctionId),
    });
    const context = { auctionId, userId: feedback.toId, mail: 'feedback' };
    return sendClaimed(mailer, { to: to.email, ...mail }, context, () => redis.del(mark));
  }

  return createNoticeHandler(group, {
    mail: 'feedback',
    required: ['auctionId', 'role'],
    maxDeliveries: options.maxDeliveries,
    log,
    async notify({ auctionId, role }, entryLog) {
      const outcome = await notify(auctionId as string, role as string);
      return () => {
        metrics.feedbackEmail(outcome);
        if (outcome !== 'disabled') entryLog.info({ outcome, role }, 'feedback notice handled');
      };
    },
    gaveUp: () => metrics.feedbackEmail('unavailable'),
  });
}
