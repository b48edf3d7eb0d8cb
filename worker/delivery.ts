// Each channel of a finished auction (the Discord post, the winner's and the
// seller's e-mails) is sent at most once, fenced by the auction's lock
// (claimDelivery-2.lua), and what came of it is recorded in the job hash.
import { FailureCode, JobFailure } from './failures.ts';
import type { JobRecord, JobState } from './job-state.ts';
import type { DeliveryChannel } from './redis/scripts.ts';

export type DeliveryResult =
  | 'disabled'
  | 'none'
  | 'sent'
  | 'already-sent'
  | 'rejected'
  | 'unknown'
  /** A post: a moderator took the auction down before it was made. */
  | 'withdrawn';

/** What a job needs to claim a channel: its auction, the lock it holds and the job hash. */
export interface DeliveryFence {
  auctionId: string;
  lockToken: string;
  state: JobState;
}

const CHANNEL_FAILURES: Record<DeliveryChannel, { rejected: FailureCode; unknown: FailureCode }> = {
  discord: {
    rejected: FailureCode.DISCORD_REJECTED,
    unknown: FailureCode.DISCORD_OUTCOME_UNKNOWN,
  },
  email: { rejected: FailureCode.MAIL_REJECTED, unknown: FailureCode.MAIL_OUTCOME_UNKNOWN },
  sellerEmail: { rejected: FailureCode.MAIL_REJECTED, unknown: FailureCode.MAIL_OUTCOME_UNKNOWN },
};

/** Records in the job hash what came of a delivery (`<channel>Status`, `<channel><Detail>`). */
function recordDelivery(
  state: Pick<JobState, 'update'>,
  channel: DeliveryChannel,
  auctionId: string,
  status: 'sent' | 'rejected' | 'unknown',
  detail: Record<string, string>,
): Promise<void> {
  return state.update(auctionId, {
    [`${channel}Status`]: status,
    ...Object.fromEntries(Object.entries(detail).map(([k, v]) => [`${channel}${k}`, v])),
  } as JobRecord);
}

/**
 * Sends on a channel at most once per auction, fenced by the auction's lock
 * (claimDelivery-2.lua): what was sent, refused or left unknown is recorded
 * in the job hash and never sent again; when the channel certainly has no
 * message, the claim is dropped and the error rethrown, so a redelivery tries again.
 */
export async function deliverOnce(
  channel: DeliveryChannel,
  { auctionId, lockToken, state }: DeliveryFence,
  send: () => Promise<string>,
): Promise<{ result: Exclude<DeliveryResult, 'disabled' | 'none'>; deadLetter?: JobFailure }> {
  const claim = await state.claim(channel, auctionId, lockToken);
  if (claim === 'lost-lock') throw new JobFailure(FailureCode.LOCK_LOST);
  // Deleted: it was sent, and a moderator's takedown deleted it since.
  if (claim === 'sent' || claim === 'deleted') return { result: 'already-sent' };
  if (claim === 'withdrawn') return { result: 'withdrawn' };
  if (claim === 'rejected' || claim === 'unknown') return { result: claim };
  if (claim === 'sending') {
    // A worker died between sending and recording the answer; the message
    // probably exists, so it is not sent again (docs/worker.md, crash window).
    const failure = new JobFailure(
      CHANNEL_FAILURES[channel].unknown,
      'a previous attempt was interrupted',
    );
    await recordDelivery(state, channel, auctionId, 'unknown', { Reason: failure.code });
    return { result: 'unknown', deadLetter: failure };
  }
  return sendClaimedDelivery(channel, auctionId, state, send, () =>
    state.unclaim(channel, auctionId),
  );
}

/**
 * Sends a delivery already claimed (`sending` in the job hash) and records
 * what came of it: `sent` with its id; `rejected`, or `unknown` when the
 * channel may have it (never sent again), each with a failure for the
 * dead-letter stream; when nothing certainly left, the claim is given back
 * (`release`) and the error rethrown, so a later delivery tries again. The
 * job's posts and e-mails go through it, and a post made again after a
 * takedown is reversed (discord-takedowns.ts).
 */
export async function sendClaimedDelivery(
  channel: DeliveryChannel,
  auctionId: string,
  state: Pick<JobState, 'update'>,
  send: () => Promise<string>,
  release: () => Promise<unknown>,
): Promise<{ result: 'sent' | 'rejected' | 'unknown'; deadLetter?: JobFailure }> {
  const failures = CHANNEL_FAILURES[channel];
  try {
    const messageId = await send();
    await recordDelivery(state, channel, auctionId, 'sent', { MessageId: messageId });
    return { result: 'sent' };
  } catch (error) {
    if (error instanceof JobFailure && error.code === failures.rejected) {
      await recordDelivery(state, channel, auctionId, 'rejected', { Reason: error.message });
      return { result: 'rejected', deadLetter: error };
    }
    if (error instanceof JobFailure && error.code === failures.unknown) {
      // The channel may have the message; it is never sent again (docs/worker.md).
      await recordDelivery(state, channel, auctionId, 'unknown', { Reason: error.message });
      return { result: 'unknown', deadLetter: error };
    }
    // Every attempt was refused or never left: there is no message, a later delivery may send.
    await release();
    throw error;
  }
}
