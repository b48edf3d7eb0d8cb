// What the moderation log says of one decision, as the parts of a sentence:
// who took it (the moderator, linking to their profile), the verb, what it was
// about (the auction's title or the account's name, linking to it) and the
// words after — "Mara removeu “Relógio falso”.", "Otto upheld the removal of
// “Relógio falso” on appeal." An appeal's decision is about the auction
// (a removal appealed, or keeping it up) or the account (a suspension), as
// the entry's `appealKind` says. Bids cancelled are about both: the
// suspended account, then the auction its bids were cancelled on ("Mara
// cancelou os lances de Sérgio em “Relógio falso”."). The actions are ModerationLogEntry's in core/schemas.ts, copied as
// the reasons are in flag-reasons.ts (importing them would pull TypeBox into
// the bundle; the Record fails the typecheck when the API's list changes, and
// a unit test compares the two). One this build does not know yet — a newer
// replica's — reads as a decision not described, never as its key.
import type { ModerationLogEntry } from '../../../core/schemas.ts';
import { isFlagReason } from '../flag-reasons.ts';
import type { Messages } from './messages-pt-br.ts';

export type LogAction = ModerationLogEntry['action'];

const KNOWN: Record<LogAction, true> = {
  removed: true,
  kept: true,
  suspended: true,
  reinstated: true,
  appeal_upheld: true,
  appeal_reversed: true,
  bids_cancelled: true,
};

export const LOG_ACTIONS = Object.keys(KNOWN) as LogAction[];

export function isLogAction(value: unknown): value is LogAction {
  return typeof value === 'string' && Object.hasOwn(KNOWN, value);
}

/** A name or title in the sentence: a link while what it names exists (`href`), else words. */
export interface LogMention {
  text: string;
  href: string | null;
}

export interface LogSentence {
  who: LogMention;
  verb: string;
  /** Null for an action this build does not know: the verb alone says it. */
  about: LogMention | null;
  /** What else it was about, after `about` and the words between (bids cancelled: the auction). */
  then: { words: string; mention: LogMention } | null;
  after: string;
}

type Entry = Omit<ModerationLogEntry, 'id' | 'at' | 'appealId'>;

const auctionOf = ({ auctionId, auctionTitle }: Entry, t: Messages): LogMention =>
  auctionId !== null && auctionTitle !== null
    ? { text: `“${auctionTitle}”`, href: `/auctions/${auctionId}` }
    : { text: t.moderationLog.auctionGone, href: null };

const accountOf = ({ userId, userName }: Entry, t: Messages): LogMention =>
  userId !== null && userName !== null
    ? { text: userName, href: `/users/${userId}` }
    : { text: t.moderationLog.accountGone, href: null };

export function logSentence(entry: Entry, t: Messages): LogSentence {
  const words = t.moderationLog.decisions;
  const { moderator, action } = entry;
  const who = moderator
    ? { text: moderator.name, href: `/users/${moderator.id}` }
    : { text: t.moderationLog.moderatorGone, href: null };
  if (!isLogAction(action)) return { who, ...words.unknown, about: null, then: null };
  if (action === 'bids_cancelled') {
    const { verb, on, after } = words.bids_cancelled;
    const then = { words: on, mention: auctionOf(entry, t) };
    return { who, verb, about: accountOf(entry, t), then, after };
  }
  // An appeal names the account when it contested a suspension, else the
  // auction (a removal, or keeping it up); an answer without the kind, by
  // the entry it names.
  const appealKind = entry.appealKind ?? (entry.auctionId === null ? 'suspension' : 'removal');
  const onAccount =
    action === 'suspended' ||
    action === 'reinstated' ||
    (action.startsWith('appeal_') && appealKind === 'suspension');
  const about = onAccount ? accountOf(entry, t) : auctionOf(entry, t);
  const said =
    action === 'appeal_upheld' || action === 'appeal_reversed'
      ? words[action][appealKind]
      : words[action];
  return { who, ...said, about, then: null };
}

/** "Motivo: Falsificação"; null when none was given, or for a reason this build does not know. */
export function logReasonText(reason: string | null, t: Messages): string | null {
  return isFlagReason(reason) ? t.moderationLog.reason(t.flagReasons[reason]) : null;
}
