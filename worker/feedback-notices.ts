// Feedback e-mails: leaveFeedback adds an entry each time one party of a sale
// rates the other (kind `left`), replyToFeedback each time the rated person
// answers (`replied`) — core/redis/scripts/leaveFeedback-5.lua,
// replyToFeedback-4.lua. This e-mails the rated person (the rating, the
// comment, and that they may answer it), or the rating's author (the answer),
// unless their account is gone, their address is not verified yet, or they
// turned these e-mails off. A mark per rating and kind keeps a redelivered
// entry from writing twice.
import type { StoredFeedback } from '../core/redis/feedback-store.ts';
import {
  createNoticeHandler,
  tellOnce,
  type NoticeDeps,
  type RecordNoticeOutcome,
} from './notice-entries.ts';
import type { StreamGroup } from './stream.ts';

export type FeedbackOutcome = RecordNoticeOutcome;

const kindOf = (kind: string | undefined) => (kind === 'replied' ? 'replied' : 'left');

export function createFeedbackNotifier(
  group: StreamGroup,
  deps: NoticeDeps,
  options: { maxDeliveries: number },
) {
  const { redis, keys, mailer, log, metrics } = deps;

  async function notify(
    auctionId: string,
    role: string,
    kind: 'left' | 'replied',
  ): Promise<FeedbackOutcome> {
    if (!mailer) return 'disabled';
    const [title, stored] = await Promise.all([
      redis.hget(keys.auction(auctionId), 'title'),
      redis.hget(keys.auctionFeedback(auctionId), role),
    ]);
    if (title === null || !stored) return 'gone';
    const feedback = JSON.parse(stored) as StoredFeedback;
    const replied = kind === 'replied';
    if (replied && !feedback.reply) return 'gone';
    const recipientId = replied ? feedback.fromId : feedback.toId;
    return tellOnce(deps, {
      userId: recipientId,
      choice: 'feedbackEmails',
      mark: keys.feedbackMailed(auctionId, role, kind),
      compose(to) {
        const notice = {
          name: to.name,
          title,
          authorName: feedback.fromName,
          authorRole: feedback.role,
          ratedName: feedback.toName,
          rating: feedback.rating,
          comment: feedback.comment,
          reply: feedback.reply?.text ?? null,
          auctionUrl: deps.auctionUrl(auctionId),
        };
        return replied
          ? deps.words.feedbackRepliedEmail(notice)
          : deps.words.feedbackReceivedEmail(notice);
      },
      context: { auctionId, userId: recipientId, mail: 'feedback' },
    });
  }

  return createNoticeHandler(group, {
    mail: 'feedback',
    required: ['auctionId', 'role'],
    maxDeliveries: options.maxDeliveries,
    log,
    async notify({ auctionId, role, kind }, entryLog) {
      const outcome = await notify(auctionId as string, role as string, kindOf(kind));
      return () => {
        metrics.feedbackEmail(kindOf(kind), outcome);
        if (outcome !== 'disabled')
          entryLog.info({ outcome, role, kind: kindOf(kind) }, 'feedback notice handled');
      };
    },
    gaveUp: ({ kind }) => metrics.feedbackEmail(kindOf(kind), 'unavailable'),
  });
}
