// One finished auction, start to end, with its lock held by the caller:
// facts from the bid history → texts (once; a stored report is reused) →
// report stored and announced → one Discord post, one e-mail to the winner
// and one to the seller (each fenced, at most once).
import type { Logger } from 'pino';
import type { AuctionStore } from '../core/redis/auction-store.ts';
import type { AuctionReport, FinishedAuction } from '../core/schemas.ts';
import { announcementFor } from './announcement.ts';
import { buildDiscordPayload } from './discord-message.ts';
import type { DiscordClient } from './discord.ts';
import { FailureCode, JobFailure, type MailRecipient } from './failures.ts';
import type { JobState } from './job-state.ts';
import { MailFailure, type Mail, type Mailer } from '../core/mail/mailer.ts';
import { deliverOnce, type DeliveryFence, type DeliveryResult } from './delivery.ts';
import { auctionFacts, isSold, type AuctionFacts } from './texts/facts.ts';
import type { Formatters } from './texts/format.ts';
import type { Phrasebook } from './texts/phrasebook.ts';
import type { TextWriter } from './texts/writer.ts';

export interface JobDeps {
  store: AuctionStore;
  state: JobState;
  writer: TextWriter;
  discord: DiscordClient | null;
  mailer: Mailer | null;
  words: Phrasebook;
  fmt: Formatters;
  /** The address of an auction's page, for e-mails; null without PUBLIC_URL. */
  auctionUrl(auctionId: string): string | null;
  /** The absolute address of a path of the site (a photo's); null without PUBLIC_URL. */
  siteUrl(path: string): string | null;
  log: Logger;
}

export type DiscordResult = Exclude<DeliveryResult, 'none'>;
/** 'none': nobody to write to — nobody won, or the recipient deleted their account. */
export type EmailResult = DeliveryResult;
export type SellerEmailResult = DeliveryResult;

/** One finished auction's job, as its three deliveries need it. */
interface Job extends DeliveryFence {
  report: AuctionReport;
  finished: FinishedAuction;
  facts: AuctionFacts;
  deps: JobDeps;
  signal: AbortSignal;
}

export interface JobOutcome {
  generatedBy: string;
  report: 'written' | 'reused';
  discord: DiscordResult;
  email: EmailResult;
  sellerEmail: SellerEmailResult;
  /** Done, but an operator should look: the entry also goes to the dead-letter stream. */
  deadLetter?: JobFailure;
}

export async function processFinishedAuction(
  finished: FinishedAuction,
  lockToken: string,
  deps: JobDeps,
  signal: AbortSignal,
): Promise<JobOutcome> {
  const auctionId = finished.auction.id;
  const facts = auctionFacts(finished, await deps.store.allBids(auctionId));
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
  // Each channel is tried even when another is down, so a Discord outage
  // does not hold the e-mails back (nor the reverse); a channel that must be
  // tried again fails the job afterwards, and the redelivery finds the
  // others already sent.
  const job: Job = {
    auctionId,
    lockToken,
    state: deps.state,
    report,
    finished,
    facts,
    deps,
    signal,
  };
  const tried = [
    await settled(postOnce(job)),
    await settled(mailWinnerOnce(job)),
    await settled(mailSellerOnce(job)),
  ] as const;
  const [posted, mailed, told] = [unwrap(tried[0]), unwrap(tried[1]), unwrap(tried[2])];
  return {
    generatedBy: report.generatedBy,
    report: reused ? 'reused' : 'written',
    discord: posted.discord,
    email: mailed.email,
    sellerEmail: told.sellerEmail,
    deadLetter: [posted.deadLetter, mailed.deadLetter, told.deadLetter].reduce(eitherFailure),
  };
}

/** One dead letter per entry: the first failure's code, the second's named in its detail. */
function eitherFailure(first?: JobFailure, second?: JobFailure): JobFailure | undefined {
  if (!first || !second) return first ?? second;
  const also = second.detail ? `${second.code}: ${second.detail}` : second.code;
  return new JobFailure(
    first.code,
    first.detail ? `${first.detail}; also ${also}` : `also ${also}`,
  );
}

interface Failed {
  error: unknown;
}

async function settled<T extends object>(work: Promise<T>): Promise<T | Failed> {
  return work.catch((error: unknown) => ({ error }));
}

function unwrap<T extends object>(result: T | Failed): T {
  if ('error' in result) throw result.error;
  return result;
}

/** The Discord message for a finished auction's report (also posted again on a reversal). */
export function discordPayloadFor(
  report: AuctionReport,
  finished: FinishedAuction,
  facts: AuctionFacts,
  deps: Pick<JobDeps, 'words' | 'fmt' | 'auctionUrl' | 'siteUrl'>,
) {
  // Entries streamed before auctions had photos have no list.
  const cover = finished.auction.photos?.[0];
  return buildDiscordPayload(
    announcementFor(report, facts, deps.words, deps.fmt, {
      url: deps.auctionUrl(report.auctionId),
      imageUrl: cover ? deps.siteUrl(cover.url) : null,
    }),
  );
}

async function postOnce(job: Job): Promise<{ discord: DiscordResult; deadLetter?: JobFailure }> {
  const { discord } = job.deps;
  if (!discord) return { discord: 'disabled' };
  const payload = discordPayloadFor(job.report, job.finished, job.facts, job.deps);
  const { result, deadLetter } = await deliverOnce('discord', job, () =>
    discord.send(payload, job.auctionId, job.signal),
  );
  return { discord: result, deadLetter };
}

/**
 * The e-mail the texts hold for the winner, to the address of their account,
 * once; a reply goes to the seller, whose address a line below the text gives
 * (never stored in the report, which the auction page shows to anyone).
 */
async function mailWinnerOnce(job: Job): Promise<{ email: EmailResult; deadLetter?: JobFailure }> {
  const { report, finished, facts, deps } = job;
  const { mailer } = deps;
  if (!mailer) return { email: 'disabled' };
  const winner = finished.winner;
  if (!winner || !report.email || !isSold(facts)) return { email: 'none' };
  const subjectFallback = deps.words.mailSubject(finished.auction.title);
  const addresses = await addressesOf(deps, winner.id, finished.auction.seller.id);
  if (!addresses) return { email: 'none' };
  const { result, deadLetter } = await deliverOnce('email', job, async () => {
    const [to, seller] = addresses;
    const { subject, text } = mailParts(report.email as string, subjectFallback);
    const url = deps.auctionUrl(report.auctionId);
    const added = [
      ...(seller ? [deps.words.sellerContact(facts, seller)] : []),
      deps.words.feedbackInvite(facts.seller),
      ...(url ? [deps.words.auctionLink(url)] : []),
    ];
    const below = added.length > 0 ? `\n\n${added.join('\n')}` : '';
    const mail = { to, subject, text: `${text.trimEnd()}${below}`, replyTo: seller };
    return sendMail(mailer, mail, 'winner', job);
  });
  return { email: result, deadLetter };
}

/**
 * The seller's e-mail, for every outcome (the texts are templates, not the
 * model's): how the auction ended and, for a sale, who bought it, for how much
 * and how to reach them — a reply goes to the buyer.
 */
async function mailSellerOnce(
  job: Job,
): Promise<{ sellerEmail: SellerEmailResult; deadLetter?: JobFailure }> {
  const { finished, facts, deps, auctionId } = job;
  const { mailer } = deps;
  if (!mailer) return { sellerEmail: 'disabled' };
  const addresses = await addressesOf(deps, finished.auction.seller.id, finished.winner?.id);
  if (!addresses) return { sellerEmail: 'none' };
  const { result, deadLetter } = await deliverOnce('sellerEmail', job, async () => {
    const [to, buyer] = addresses;
    const mail = {
      to,
      ...deps.words.sellerEmail(facts, deps.fmt, buyer ?? null, deps.auctionUrl(auctionId)),
      replyTo: buyer,
    };
    return sendMail(mailer, mail, 'seller', job);
  });
  return { sellerEmail: result, deadLetter };
}

/**
 * The recipient's address and the other party's, when there is one; null
 * when the recipient deleted their account (DELETE /api/auth/me): there is
 * nobody to write to, which is no failure. Without the other party's
 * account, the e-mail goes without their contact.
 */
async function addressesOf(
  deps: JobDeps,
  recipientId: string,
  otherId: string | undefined,
): Promise<[string, string | undefined] | null> {
  const [to, other] = await Promise.all([
    deps.state.emailOf(recipientId),
    otherId ? deps.state.emailOf(otherId) : null,
  ]);
  return to ? [to, other ?? undefined] : null;
}

/** MailFailure → JobFailure; the detail says whom the e-mail was for ("to the seller: SMTP 550"). */
function sendMail(
  mailer: Mailer,
  mail: Mail,
  recipient: MailRecipient,
  { auctionId, signal }: Pick<Job, 'auctionId' | 'signal'>,
) {
  return mailer.send(mail, { auctionId, recipient }, signal).catch((error: unknown) => {
    if (!(error instanceof MailFailure)) throw error;
    throw new JobFailure(
      MAIL_FAILURES[error.kind],
      `to the ${recipient}: ${error.detail}`,
      recipient,
    );
  });
}

const MAIL_FAILURES: Record<MailFailure['kind'], FailureCode> = {
  rejected: FailureCode.MAIL_REJECTED,
  unavailable: FailureCode.MAIL_UNAVAILABLE,
  unknown: FailureCode.MAIL_OUTCOME_UNKNOWN,
};

/** The texts write the subject as their first line ("Assunto: …" / "Subject: …"). */
export function mailParts(
  text: string,
  subjectFallback: string,
): { subject: string; text: string } {
  const [first = '', ...rest] = text.split('\n');
  const subject = /^(?:Assunto|Subject)\s*:\s*(.+)$/i.exec(first.trim())?.[1];
  if (!subject) return { subject: subjectFallback, text };
  return { subject, text: rest.join('\n').replace(/^\s*\n/, '') };
}
