// One finished auction, start to end, with its lock held by the caller:
// facts from the bid history → texts (once; a stored report is reused) →
// report stored and announced → one Discord post (fenced, at most once).
import type { Logger } from 'pino';
import type { AuctionStore } from '../core/redis/auction-store.ts';
import type { AuctionReport, Bid, FinishedAuction } from '../core/schemas.ts';
import { announcementFor } from './announcement.ts';
import { buildDiscordPayload } from './discord-message.ts';
import type { DiscordClient } from './discord.ts';
import { FailureCode, JobFailure } from './failures.ts';
import type { JobState } from './job-state.ts';
import { auctionFacts, type AuctionFacts } from './texts/facts.ts';
import type { Formatters } from './texts/format.ts';
import type { Phrasebook } from './texts/phrasebook.ts';
import type { TextWriter } from './texts/writer.ts';

export interface JobDeps {
  store: AuctionStore;
  state: JobState;
  writer: TextWriter;
  discord: DiscordClient | null;
  words: Phrasebook;
  fmt: Formatters;
  log: Logger;
}

export type DiscordResult = 'disabled' | 'sent' | 'already-sent' | 'rejected' | 'unknown';

export interface JobOutcome {
  generatedBy: string;
  report: 'written' | 'reused';
  discord: DiscordResult;
  /** Done, but an operator should look: the entry also goes to the dead-letter stream. */
  deadLetter?: JobFailure;
}

const BIDS_PAGE = 500;

export async function processFinishedAuction(
  finished: FinishedAuction,
  lockToken: string,
  deps: JobDeps,
  signal: AbortSignal,
): Promise<JobOutcome> {
  const auctionId = finished.auction.id;
  const facts = auctionFacts(finished, await allBids(deps.store, auctionId));
  let report = await deps.state.report(auctionId);
  const reused = report !== null;
  if (!report) {
    const written = await deps.writer.write(facts, signal);
    if (written.fallback) await deps.state.update(auctionId, { textsFallback: written.fallback });
    report = await deps.state.storeReport({
      auctionId,
      ...written.texts,
      generatedBy: written.generatedBy,
      createdAt: await deps.state.now(),
    });
  }
  const discord = await postOnce(report, facts, lockToken, deps, signal);
  return { generatedBy: report.generatedBy, report: reused ? 'reused' : 'written', ...discord };
}

async function postOnce(
  report: AuctionReport,
  facts: AuctionFacts,
  lockToken: string,
  deps: JobDeps,
  signal: AbortSignal,
): Promise<{ discord: DiscordResult; deadLetter?: JobFailure }> {
  if (!deps.discord) return { discord: 'disabled' };
  const auctionId = report.auctionId;
  const claim = await deps.state.claimDiscordPost(auctionId, lockToken);
  if (claim === 'lost-lock') throw new JobFailure(FailureCode.LOCK_LOST);
  if (claim === 'sent') return { discord: 'already-sent' };
  if (claim === 'rejected' || claim === 'unknown') return { discord: claim };
  if (claim === 'sending') {
    // A worker died between sending and recording Discord's answer; the post
    // probably exists, so it is not sent again (docs/worker.md, crash window).
    const failure = new JobFailure(
      FailureCode.DISCORD_OUTCOME_UNKNOWN,
      'a previous attempt was interrupted',
    );
    await deps.state.update(auctionId, { discordStatus: 'unknown', discordReason: failure.code });
    return { discord: 'unknown', deadLetter: failure };
  }
  const payload = buildDiscordPayload(announcementFor(report, facts, deps.words, deps.fmt));
  try {
    const messageId = await deps.discord.send(payload, auctionId, signal);
    await deps.state.update(auctionId, { discordStatus: 'sent', discordMessageId: messageId });
    return { discord: 'sent' };
  } catch (error) {
    if (error instanceof JobFailure && error.code === FailureCode.DISCORD_REJECTED) {
      await deps.state.update(auctionId, {
        discordStatus: 'rejected',
        discordReason: error.message,
      });
      return { discord: 'rejected', deadLetter: error };
    }
    if (error instanceof JobFailure && error.code === FailureCode.DISCORD_OUTCOME_UNKNOWN) {
      // Discord may have the message; it is never sent again (docs/worker.md).
      await deps.state.update(auctionId, {
        discordStatus: 'unknown',
        discordReason: error.message,
      });
      return { discord: 'unknown', deadLetter: error };
    }
    // Every attempt was refused or never left: Discord has no message, a later delivery may send.
    await deps.state.unclaimDiscordPost(auctionId);
    throw error;
  }
}

async function allBids(store: AuctionStore, auctionId: string): Promise<Bid[]> {
  const bids: Bid[] = [];
  for (;;) {
    const page = await store.bids(auctionId, bids.at(-1)?.seq ?? 0, BIDS_PAGE);
    bids.push(...page);
    if (page.length < BIDS_PAGE) return bids;
  }
}
