// Decisions on appeals: when a moderator upholds or reverses an appeal
// against the removal of a listing, the suspension of an account or keeping
// up a reported listing, the deciding script streams it
// (core/redis/scripts/lib/appeal.lua); this tells
// the appellant the decision and its reasons — owed "without undue delay" by
// the EU's DSA, art. 20(5). Not a choice one turns off; only to a verified
// address, like every notice, and so to a suspended account too (tellOnce
// asks nothing about suspension). A mark per appeal keeps a redelivered entry
// from writing twice.
import { toAppeal } from '../core/redis/appeal-store.ts';
import type { Appeal } from '../core/schemas.ts';
import {
  createNoticeHandler,
  tellOnce,
  type NoticeDeps,
  type RecordNoticeOutcome,
} from './notice-entries.ts';
import type { StreamGroup } from './stream.ts';
import type { AppealSubject } from './texts/phrasebook.ts';

export type AppealOutcome = RecordNoticeOutcome;
export type AppealKind = Appeal['kind'];

export function createAppealNotifier(
  group: StreamGroup,
  deps: NoticeDeps,
  options: { maxDeliveries: number },
) {
  const { redis, keys, mailer, metrics } = deps;

  /** The decision appealed, as the e-mail names it; null when its auction is gone. */
  async function subjectOf(appeal: Appeal, userId: string): Promise<AppealSubject | null> {
    if (appeal.kind === 'suspension') {
      // A reversal reinstates only the suspension appealed (decideAppeal-7.lua).
      const suspended = await redis.hget(keys.user(userId), 'suspended');
      return { kind: 'suspension', suspendedNow: suspended === '1' };
    }
    const auctionId = appeal.auctionId ?? '';
    const title = await redis.hget(keys.auction(auctionId), 'title');
    return title ? { kind: appeal.kind, title, auctionUrl: deps.auctionUrl(auctionId) } : null;
  }

  async function notify(appealId: string): Promise<[AppealKind | null, AppealOutcome]> {
    if (!mailer) return [null, 'disabled'];
    const fields = await redis.hgetall(keys.appeal(appealId));
    const userId = fields.userId;
    // Deleting an account deletes its appeals (deleteAccount-15.lua).
    if (!userId) return [null, 'gone'];
    const appeal = toAppeal(fields);
    // Open: an entry not written by decideAppeal (forged, or another prefix's).
    if (appeal.status === 'open' || !appeal.review) return [appeal.kind, 'gone'];
    const { status: outcome, review } = appeal;
    const subject = await subjectOf(appeal, userId);
    if (!subject) return [appeal.kind, 'gone'];
    const told = await tellOnce(deps, {
      userId,
      choice: null,
      mark: keys.appealMailed(appealId),
      compose: (to) =>
        deps.words.appealEmail({
          name: to.name,
          reason: appeal.decision.reason,
          outcome,
          reply: review.reply,
          ...subject,
        }),
      context: { appealId, userId, mail: 'appeal' },
    });
    return [appeal.kind, told];
  }

  return createNoticeHandler(group, {
    mail: 'appeal',
    required: ['appealId'],
    maxDeliveries: options.maxDeliveries,
    log: deps.log,
    async notify({ appealId }, entryLog) {
      const [kind, outcome] = await notify(appealId as string);
      return () => {
        metrics.appealEmail(kind, outcome);
        if (outcome !== 'disabled') entryLog.info({ kind, outcome }, 'appeal notice handled');
      };
    },
    gaveUp: () => metrics.appealEmail(null, 'unavailable'),
  });
}
