// Decisions on reports: when a moderator removes a reported auction or keeps
// it, removeAuction and dismissFlags stream the decision with its review
// round (core/redis/scripts/removeAuction-14.lua, dismissFlags-6.lua); this
// tells each person whose report that review decided — the notice-and-action
// channel owes its notifiers the decision (the EU's DSA, art. 16(5)). Not a
// choice one turns off; only to a verified address, like every notice. A
// mark per auction, round and reporter keeps a redelivered entry from
// writing twice. A keep reversed on one reporter's appeal takes the auction
// down: its entry names the appellant, and every other author — those of
// the rounds earlier reviews kept, whose keep e-mail told them otherwise,
// and of the open round — is told of the removal.
import { flagsOf } from '../core/redis/moderation-store.ts';
import type { FlagReason } from '../core/schemas.ts';
import {
  createNoticeHandler,
  tellOnce,
  type NoticeDeps,
  type RecordNoticeOutcome,
} from './notice-entries.ts';
import type { StreamGroup } from './stream.ts';

export type ReviewOutcome = RecordNoticeOutcome;
export type ReviewDecision = 'removed' | 'kept';

const decisionOf = (value: string | undefined): ReviewDecision =>
  value === 'removed' ? 'removed' : 'kept';

export function createReviewNotifier(
  group: StreamGroup,
  deps: NoticeDeps,
  options: { maxDeliveries: number },
) {
  const { redis, keys, mailer, metrics } = deps;

  async function notify(
    auctionId: string,
    decision: ReviewDecision,
    round: string,
    appellantId: string | undefined,
  ): Promise<ReviewOutcome[]> {
    if (!mailer) return ['disabled'];
    const [[title, removalReason], reports] = await Promise.all([
      redis.hmget(keys.auction(auctionId), 'title', 'removalReason'),
      redis.hgetall(keys.auctionFlags(auctionId)),
    ]);
    // That round's reports; on an appeal, every round's up to it.
    const decided = Number(round);
    const reporters = flagsOf(reports, (each) =>
      appellantId === undefined ? each === decided : each <= decided,
    )
      .map((flag) => flag.reporter.id)
      .filter((userId) => userId !== appellantId);
    if (!title) return ['gone'];
    // A keep reversed on the only reporter's appeal: nobody else to tell.
    if (reporters.length === 0) return appellantId === undefined ? ['gone'] : [];
    const told: ReviewOutcome[] = [];
    for (const userId of reporters)
      told.push(
        await tellOnce(deps, {
          userId,
          choice: null,
          mark: keys.reviewMailed(auctionId, round, userId),
          compose: (to) =>
            deps.words.reviewEmail({
              name: to.name,
              title,
              decision,
              reason: decision === 'removed' ? (removalReason as FlagReason) : null,
              auctionUrl: deps.auctionUrl(auctionId),
            }),
          context: { auctionId, userId, mail: 'review' },
        }),
      );
    return told;
  }

  return createNoticeHandler(group, {
    mail: 'review',
    required: ['auctionId', 'decision', 'round'],
    maxDeliveries: options.maxDeliveries,
    log: deps.log,
    async notify({ auctionId, decision, round, appellantId }, entryLog) {
      const kind = decisionOf(decision);
      const told = await notify(auctionId as string, kind, round as string, appellantId);
      return () => {
        for (const outcome of told) {
          metrics.reviewEmail(kind, outcome);
          if (outcome !== 'disabled')
            entryLog.info({ decision: kind, outcome }, 'review notice handled');
        }
      };
    },
    gaveUp: ({ decision }) => metrics.reviewEmail(decisionOf(decision), 'unavailable'),
  });
}
