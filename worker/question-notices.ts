// Question e-mails: the question scripts add an entry each time someone asks
// the seller a question (kind `asked`) and each time the seller answers one
// (`answered`) — core/redis/scripts/askQuestion-5.lua, answerQuestion-3.lua.
// This e-mails the seller, or the asker, unless their account is gone, their
// address is not verified yet, or they turned these e-mails off. A mark per
// question and kind keeps a redelivered entry from writing twice.
import type { StoredQuestion } from '../core/redis/question-store.ts';
import {
  createNoticeHandler,
  tellOnce,
  type NoticeDeps,
  type RecordNoticeOutcome,
} from './notice-entries.ts';
import type { StreamGroup } from './stream.ts';

export type QuestionOutcome = RecordNoticeOutcome;

const kindOf = (kind: string | undefined) => (kind === 'answered' ? 'answered' : 'asked');

export function createQuestionNotifier(
  group: StreamGroup,
  deps: NoticeDeps,
  options: { maxDeliveries: number },
) {
  const { redis, keys, store, mailer, log, metrics } = deps;

  async function notify(auctionId: string, number: string, kind: string): Promise<QuestionOutcome> {
    if (!mailer) return 'disabled';
    const [auction, stored] = await Promise.all([
      store.get(auctionId),
      redis.hget(keys.auctionQuestions(auctionId), `q:${number}`),
    ]);
    if (!auction || !stored) return 'gone';
    const question = JSON.parse(stored) as StoredQuestion;
    const answered = kind === 'answered';
    if (answered && !question.answer) return 'gone';
    const recipientId = answered ? question.askerId : auction.seller.id;
    return tellOnce(deps, {
      userId: recipientId,
      choice: 'questionEmails',
      mark: keys.questionMailed(auctionId, number, kind),
      compose(to) {
        const notice = {
          name: to.name,
          title: auction.title,
          askerName: question.askerName,
          question: question.text,
          answer: question.answer?.text ?? null,
          auctionUrl: deps.auctionUrl(auctionId),
        };
        return answered
          ? deps.words.questionAnsweredEmail(notice)
          : deps.words.questionAskedEmail(notice);
      },
      context: { auctionId, userId: recipientId, mail: 'question' },
    });
  }

  return createNoticeHandler(group, {
    mail: 'question',
    required: ['auctionId', 'number', 'kind'],
    maxDeliveries: options.maxDeliveries,
    log,
    async notify({ auctionId, number, kind }, entryLog) {
      const outcome = await notify(auctionId as string, number as string, kind as string);
      return () => {
        metrics.questionEmail(kindOf(kind), outcome);
        if (outcome !== 'disabled') entryLog.info({ outcome, kind }, 'question notice handled');
      };
    },
    gaveUp: ({ kind }) => metrics.questionEmail(kindOf(kind), 'unavailable'),
  });
}
