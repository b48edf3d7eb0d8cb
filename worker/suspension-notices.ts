// Suspension e-mails: when a moderator suspends an account, suspendUser
// streams it (core/redis/scripts/suspendUser-5.lua); this tells the account
// why, and that it cannot sign in until reinstated — it was signed out
// everywhere without a word otherwise. Not a choice one turns off; only to a
// verified address, like every notice. A mark per suspension keeps a
// redelivered entry from writing twice; an account reinstated before the
// entry is read is told nothing.
import type { FlagReason } from '../core/schemas.ts';
import {
  createNoticeHandler,
  tellOnce,
  type NoticeDeps,
  type RecordNoticeOutcome,
} from './notice-entries.ts';
import type { StreamGroup } from './stream.ts';

export type SuspensionOutcome = RecordNoticeOutcome;

export function createSuspensionNotifier(
  group: StreamGroup,
  deps: NoticeDeps,
  options: { maxDeliveries: number },
) {
  const { redis, keys, mailer, metrics } = deps;

  async function notify(userId: string, bidsCancelled: boolean): Promise<SuspensionOutcome> {
    if (!mailer) return 'disabled';
    const [suspended, reason, suspendedAt] = await redis.hmget(
      keys.user(userId),
      'suspended',
      'suspensionReason',
      'suspendedAt',
    );
    // Reinstating deletes the three fields together (suspendUser-5.lua).
    if (suspended !== '1') return 'gone';
    return tellOnce(deps, {
      userId,
      choice: null,
      mark: keys.suspensionMailed(userId, suspendedAt as string),
      compose: (to) =>
        deps.words.suspensionEmail({ name: to.name, reason: reason as FlagReason, bidsCancelled }),
      context: { userId, mail: 'suspension' },
    });
  }

  return createNoticeHandler(group, {
    mail: 'suspension',
    required: ['userId'],
    maxDeliveries: options.maxDeliveries,
    log: deps.log,
    // Entries from before bids could be cancelled carry no `bidsCancelled`: none were.
    async notify({ userId, bidsCancelled }, entryLog) {
      const outcome = await notify(userId as string, bidsCancelled === '1');
      return () => {
        metrics.suspensionEmail(outcome);
        if (outcome !== 'disabled') entryLog.info({ outcome }, 'suspension notice handled');
      };
    },
    gaveUp: () => metrics.suspensionEmail('unavailable'),
  });
}
