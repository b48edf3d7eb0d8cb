// The notice streams (outbid, lead restored, ending soon, questions,
// feedback, removals, suspensions, sellers' bid cancellations, reviews,
// appeals, new listings; and the takedowns, whose posts are deleted)
// are read the same way: an entry names what to tell; it is acknowledged
// whatever was decided about it, left pending for a later delivery when the
// mail relay (or Discord) is down, and sent to the dead-letter stream when it
// cannot be read, was delivered too many times, or was refused for good.
import type { Logger } from 'pino';
import { MailFailure, type Mail, type Mailer } from '../core/mail/mailer.ts';
import type { AuctionStore } from '../core/redis/auction-store.ts';
import type { RedisKeys } from '../core/redis/keys.ts';
import type { NotificationSettings } from '../core/schemas.ts';
import { FailureCode } from './failures.ts';
import type { WorkerMetrics } from './metrics.ts';
import type { WorkerRedis } from './redis/scripts.ts';
import type { StreamEntry, StreamGroup } from './stream.ts';
import type { Formatters } from './texts/format.ts';
import type { MailText, Phrasebook } from './texts/phrasebook.ts';

/** What the notice e-mails (outbid, ending soon) read and write with. */
export interface NoticeDeps {
  redis: WorkerRedis;
  keys: RedisKeys;
  store: AuctionStore;
  mailer: Mailer | null;
  words: Phrasebook;
  fmt: Formatters;
  auctionUrl(auctionId: string): string | null;
  log: Logger;
  metrics: WorkerMetrics;
}

/** What became of a notice to one person, whatever the notice. */
export type NoticeOutcome =
  | 'sent'
  /** The account was deleted, or has no address. */
  | 'no_account'
  /** Its owner has not followed the link sent to the address yet. */
  | 'unverified'
  | 'turned_off'
  /** Told already (a redelivered entry, or news they had). */
  | 'already_told'
  /** The relay refused it (5xx), or may have it without saying so: never sent again. */
  | 'rejected'
  | 'unknown';

/** What became of a notice about one record (a question, a rating) that may be gone. */
export type RecordNoticeOutcome =
  | NoticeOutcome
  /** No SMTP_URL: nothing is e-mailed. */
  | 'disabled'
  /** The auction or the record is not there: its owner removed it, or Redis lost it. */
  | 'gone';

/** How long a "told" mark about a record is kept: far longer than any redelivery. */
export const TOLD_MARK_TTL_SECONDS = 30 * 86_400;

/** The account fields that turn each kind of notice e-mail off ('0'): the e-mail choices. */
export type NoticeChoice = keyof NotificationSettings;

/**
 * Whom a notice may go to: the account's name and address, or why not — the
 * account is gone (or has no address), the address is not verified yet, or
 * its owner turned this kind of e-mail off. `choice` null: a notice nobody
 * turns off (a moderator ended their sale or their bids).
 */
export async function recipient(
  { redis, keys }: Pick<NoticeDeps, 'redis' | 'keys'>,
  userId: string,
  choice: NoticeChoice | null,
): Promise<{ name: string; email: string } | 'no_account' | 'unverified' | 'turned_off'> {
  const [name, email, verified, wanted] = await redis.hmget(
    keys.user(userId),
    'name',
    'email',
    'emailVerified',
    ...(choice ? [choice] : []),
  );
  if (!email || !name) return 'no_account';
  if (verified === '0') return 'unverified';
  if (wanted === '0') return 'turned_off';
  return { name, email };
}

/** Everyone who bid on the auction, each once, in the order of their first bid. */
export async function bidderIds(
  { redis, keys }: Pick<NoticeDeps, 'redis' | 'keys'>,
  auctionId: string,
): Promise<string[]> {
  const bids = await redis.zrange(keys.auctionBids(auctionId), 0, '-1');
  return [...new Set(bids.map((bid) => (JSON.parse(bid) as { bidderId: string }).bidderId))];
}

/**
 * Sends one notice whose "told" mark is already claimed: 'sent', or what the
 * relay did with it ('rejected', 'unknown': never sent again). A relay that is
 * down certainly did not send it: `giveBack` returns the claim and the error
 * goes on, so the entry stays pending and is read again later.
 */
export async function sendClaimed(
  mailer: Mailer,
  mail: Mail,
  context: Record<string, string>,
  giveBack: () => Promise<unknown>,
): Promise<'sent' | 'rejected' | 'unknown'> {
  try {
    await mailer.send(mail, context);
    return 'sent';
  } catch (error) {
    if (!(error instanceof MailFailure)) throw error;
    if (error.kind !== 'unavailable') return error.kind;
    await giveBack();
    throw error;
  }
}

/**
 * Sends a notice once per news: the "told" mark holds which news was told
 * (the bid they were overtaken after, the cancellation that put them back in
 * the lead), swapped in as the claim — 'already_told' when it held this one
 * — and swapped back when the relay is down (`sendClaimed`), so newer news
 * is told again but a redelivered entry is not.
 */
export async function sendOncePer(
  { redis, mailer }: { redis: NoticeDeps['redis']; mailer: Mailer },
  told: { mark: string; news: string; expiresAt: number },
  mail: Mail,
  context: Record<string, string>,
): Promise<'sent' | 'rejected' | 'unknown' | 'already_told'> {
  const previous = await redis.set(told.mark, told.news, 'PXAT', told.expiresAt, 'GET');
  if (previous === told.news) return 'already_told';
  const giveBack = () =>
    previous === null ? redis.del(told.mark) : redis.set(told.mark, previous, 'KEEPTTL');
  return sendClaimed(mailer, mail, context, giveBack);
}

/**
 * Tells one person once: whom it may go to (`recipient`), then the "told"
 * mark claimed (SET NX) — so a redelivered entry writes nothing twice —, then
 * the e-mail composed for them and sent (`sendClaimed`, which gives the claim
 * back when the relay is down). The mark lasts TOLD_MARK_TTL_SECONDS, or
 * until `markExpiresAt` (ms since the epoch) when given.
 */
export async function tellOnce(
  deps: Pick<NoticeDeps, 'redis' | 'keys' | 'mailer'>,
  notice: {
    userId: string;
    choice: NoticeChoice | null;
    mark: string;
    markExpiresAt?: number;
    compose(to: { name: string; email: string }): MailText;
    context: Record<string, string>;
  },
): Promise<NoticeOutcome> {
  const { redis, mailer } = deps;
  const to = await recipient(deps, notice.userId, notice.choice);
  if (typeof to === 'string') return to;
  const claimed =
    notice.markExpiresAt === undefined
      ? await redis.set(notice.mark, '1', 'EX', TOLD_MARK_TTL_SECONDS, 'NX')
      : await redis.set(notice.mark, '1', 'PXAT', notice.markExpiresAt, 'NX');
  if (claimed === null) return 'already_told';
  const mail = { to: to.email, ...notice.compose(to) };
  return sendClaimed(mailer!, mail, notice.context, () => redis.del(notice.mark));
}

/** How long a "told" mark outlives the auction's end (soft close may move the end). */
export const MARK_AFTER_END_MS = 86_400_000;

/**
 * Thrown by a notice's `notify` when the entry should go to the dead-letter
 * stream rather than be read again (the far end refused for good).
 */
export class DeadLetter extends Error {
  readonly code: FailureCode;
  readonly detail: string;
  /** Counts it, once it is in the dead-letter stream. */
  readonly report: () => void;
  constructor(code: FailureCode, detail: string, report: () => void) {
    super(detail);
    this.code = code;
    this.detail = detail;
    this.report = report;
  }
}

export interface NoticeKind {
  /** In log lines (`mail`) and dead letters: 'outbid', 'ending_soon'. */
  mail: string;
  /** What is delivered, in log lines and dead letters: 'e-mail' unless said. */
  noun?: string;
  /** The dead letter's code once the deliveries are spent: MAIL_UNAVAILABLE unless said. */
  unavailable?: FailureCode;
  /** Fields every entry must have. */
  required: readonly string[];
  maxDeliveries: number;
  log: Logger;
  /**
   * Sends what the entry asks for; returns how to log and count what it did,
   * once the entry is acknowledged. Throws (a MailFailure 'unavailable') to
   * leave the entry for a later delivery, or a DeadLetter to set it aside.
   */
  notify(
    fields: Record<string, string>,
    entryLog: Logger,
    signal?: AbortSignal,
  ): Promise<() => void>;
  /** Counts an entry given up on after too many deliveries. */
  gaveUp(fields: Record<string, string>): void;
}

export function createNoticeHandler(group: StreamGroup, kind: NoticeKind) {
  const what = `${kind.mail} ${kind.noun ?? 'e-mail'}`;
  return async function handleNotice(entry: StreamEntry, signal?: AbortSignal): Promise<void> {
    const { fields } = entry;
    const entryLog = kind.log.child({
      entryId: entry.id,
      ...Object.fromEntries(kind.required.map((name) => [name, fields[name]])),
      mail: kind.mail,
    });
    const missing = kind.required.filter((name) => !fields[name]);
    if (missing.length > 0) {
      await group.deadLetter(entry, FailureCode.INVALID_ENTRY, `no ${missing.join(' or ')}`);
      entryLog.error(`unreadable ${kind.mail} entry sent to the dead-letter stream`);
      return;
    }
    if (entry.deliveries > kind.maxDeliveries) {
      await group.deadLetter(entry, kind.unavailable ?? FailureCode.MAIL_UNAVAILABLE, what);
      entryLog.error(`${what} delivered too many times, sent to the dead-letter stream`);
      kind.gaveUp(fields);
      return;
    }
    try {
      const report = await kind.notify(fields, entryLog, signal);
      await group.ack(entry.id);
      report();
    } catch (error) {
      if (error instanceof DeadLetter) {
        await group.deadLetter(entry, error.code, error.detail);
        entryLog.error({ cause: error.detail }, `${what} refused, sent to the dead-letter stream`);
        error.report();
        return;
      }
      entryLog.warn(
        { cause: (error as Error).message },
        `${what} failed; the entry will be read again`,
      );
    }
  };
}
