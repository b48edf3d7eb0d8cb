// What a language must provide for the template (mock) texts. Each
// phrasebook only words the facts; which sentence fits which outcome is
// decided once, here and in mock.ts, and the figures come from AuctionFacts.
import type { AuctionCategory, FlagReason, SellerCancelReason } from '../../core/schemas.ts';
import { isSold, type AuctionFacts, type FinalOutcome, type SoldFacts } from './facts.ts';
import type { Formatters } from './format.ts';
import type { SoftCloseEffect } from './soft-close.ts';

/** Facts of an auction that had bids: it has a highest bid. */
export type BidFacts = AuctionFacts & { highestBid: number };

/** One sentence per way an auction can end. */
export interface OutcomeWords {
  sold(f: SoldFacts, fmt: Formatters): string;
  boughtNow(f: SoldFacts, fmt: Formatters): string;
  /** There were bids, but the highest stayed under the secret reserve. */
  reserveNotMet(f: BidFacts, fmt: Formatters): string;
  noBids(f: AuctionFacts, fmt: Formatters): string;
}

export function byOutcome(words: OutcomeWords, f: AuctionFacts, fmt: Formatters): string {
  if (isSold(f)) return f.outcome === 'BOUGHT_NOW' ? words.boughtNow(f, fmt) : words.sold(f, fmt);
  if (f.outcome === 'RESERVE_NOT_MET' && f.highestBid !== null)
    return words.reserveNotMet({ ...f, highestBid: f.highestBid }, fmt);
  return words.noBids(f, fmt);
}

/** How the price moved; amounts and the rise arrive formatted. */
export interface PriceWords {
  unchanged(start: string): string;
  boughtBeforeBids(start: string, price: string, rise: string): string;
  moved(start: string, first: string, closing: string, rise: string): string;
  /** How the last step of `moved` is said, by outcome. */
  closing: Record<'SOLD' | 'BOUGHT_NOW' | 'RESERVE_NOT_MET', (amount: string) => string>;
  /** null: the price closed at the starting price. */
  rise(percent: string | null): string;
  jump(amount: string, from: string, to: string, bidder: string, automatic: boolean): string;
}

/** What an outbid e-mail says: who is told, about which auction, where it stands now. */
export interface OutbidNotice {
  name: string;
  title: string;
  /** The price now, in centavos, and the minimum to lead again. */
  currentPrice: number;
  minimumBid: number;
  endsAt: string;
  auctionUrl: string | null;
}

/**
 * Whose doing it was that a rival's bids no longer count: the moderators
 * cancelled a suspended account's, the rival retracted them, or the seller
 * cancelled them. Never who the rival is, nor the seller's reason (that is
 * told to the rival alone).
 */
export type LeadRestoredCause = 'moderation' | 'retraction' | 'seller';

/** What the e-mail to a bidder who leads again says: the auction, where it stands now. */
export interface LeadRestoredNotice {
  name: string;
  title: string;
  cause: LeadRestoredCause;
  /** The price they lead at, in centavos. */
  currentPrice: number;
  endsAt: string;
  auctionUrl: string | null;
}

/** What an ending-soon e-mail says to a watcher or bidder: the auction, where it stands now. */
export interface EndingSoonNotice {
  name: string;
  title: string;
  /** In centavos: the price now, and the least a bid may be (the start, before any bid). */
  currentPrice: number;
  minimumBid: number;
  endsAt: string;
  hasBids: boolean;
  /** The person leads. */
  leading: boolean;
  /** They watch the auction; else they only bid on it. */
  watching: boolean;
  auctionUrl: string | null;
}

/** A question about an auction: to its seller when asked, to its asker when answered. */
export interface QuestionNotice {
  /** Who is written to. */
  name: string;
  title: string;
  askerName: string;
  question: string;
  /** Null in the e-mail to the seller (not answered yet). */
  answer: string | null;
  auctionUrl: string | null;
}

/** A rating one party of a sale left on the other: to the rated person, or its answer to the author. */
export interface FeedbackNotice {
  /** Who is written to. */
  name: string;
  title: string;
  authorName: string;
  /** The author's part: `buyer` rated the seller (the one written to). */
  authorRole: 'buyer' | 'seller';
  /** Who the rating is about (who answers it). */
  ratedName: string;
  rating: 'positive' | 'neutral' | 'negative';
  /** Empty when the author wrote none. */
  comment: string;
  /** The rated person's answer; null in the e-mail about the rating itself. */
  reply: string | null;
  auctionUrl: string | null;
}

/**
 * A moderator took an auction down: an open one to its seller and everyone
 * who bid on it; one that had ended to its seller and its buyer, if any.
 */
export interface RemovalNotice {
  /** Who is written to. */
  name: string;
  title: string;
  /** `seller`: their own listing; `bidder`: they bid on it (open); `buyer`: they won it (ended). */
  role: 'seller' | 'bidder' | 'buyer';
  /**
   * How it had ended before it was taken down — `closed` (its result stands,
   * the listing is what was taken down) or `cancelled` by its seller —, or
   * null: it was open, and the removal ended it.
   */
  endedAs: 'closed' | 'cancelled' | null;
  reason: FlagReason;
  auctionUrl: string | null;
}

/** What a moderator decided about an auction the person written to reported. */
export interface ReviewNotice {
  name: string;
  title: string;
  decision: 'removed' | 'kept';
  /** Why it was removed; null when kept. */
  reason: FlagReason | null;
  auctionUrl: string | null;
}

/** The seller cancelled every bid of the person written to on their auction. */
export interface SellerCancellationNotice {
  name: string;
  title: string;
  sellerName: string;
  reason: SellerCancelReason;
  auctionUrl: string | null;
}

/** A moderator suspended the account written to. */
export interface SuspensionNotice {
  name: string;
  reason: FlagReason;
  /** Its bids on open auctions were cancelled with the suspension. */
  bidsCancelled: boolean;
}

/** What a moderator decided on the appeal of the person written to (the DSA's art. 20). */
export type AppealNotice = {
  name: string;
  /** Why the decision appealed was taken; for a keep, why they reported the listing. */
  reason: FlagReason;
  outcome: 'upheld' | 'reversed';
  /** The moderator's reasons, as written. */
  reply: string;
} & AppealSubject;

/**
 * The decision appealed: the removal of their listing, the suspension of
 * their account, or keeping up a listing they reported.
 */
export type AppealSubject =
  | { kind: 'removal'; title: string; auctionUrl: string | null }
  | { kind: 'keep'; title: string; auctionUrl: string | null }
  | {
      kind: 'suspension';
      /** Suspended as the e-mail is written: a later suspension, which a reversal leaves in force. */
      suspendedNow: boolean;
    };

/** A new listing matches a search the person written to saved. */
export interface SearchMatchNotice {
  name: string;
  /** As they typed it; '' for a category alone. */
  query: string;
  category: AuctionCategory | null;
  title: string;
  /** Its price now (centavos): the starting price of a new listing. */
  price: number;
  startsAt: string;
  endsAt: string;
  /** SEARCH_ALERT_EMAILS_PER_DAY. */
  perDay: number;
  auctionUrl: string | null;
}

export interface MailText {
  subject: string;
  text: string;
}

export interface Phrasebook {
  reportTitle(f: AuctionFacts): string;
  item(f: AuctionFacts): string;
  seller(f: AuctionFacts): string;
  result: OutcomeWords;
  bids(f: AuctionFacts): string;
  price: PriceWords;
  /** Said only when late bids moved the end or met the hard deadline. */
  softClose(effect: SoftCloseEffect, fmt: Formatters): string;
  duration(f: AuctionFacts, fmt: Formatters): string;
  /** Only for a winner (SOLD or BOUGHT_NOW). */
  email(f: SoldFacts, fmt: Formatters): string;
  /** The e-mail's subject when its text does not start with one (Gemini's may not). */
  mailSubject(title: string): string;
  /** Added under the winner's e-mail when it is sent: how to reach the seller (replying does). */
  sellerContact(f: SoldFacts, sellerEmail: string): string;
  /** To the seller, for every outcome; a sale names the buyer and how to reach them. */
  sellerEmail(
    f: AuctionFacts,
    fmt: Formatters,
    buyerEmail: string | null,
    auctionUrl: string | null,
  ): MailText;
  /** The line with the auction page's address, in e-mails (with PUBLIC_URL). */
  auctionLink(url: string): string;
  /** Under both parties' e-mails after a sale: rate the other on the auction's page, in time. */
  feedbackInvite(otherParty: string): string;
  /** To a leader someone overtook, while the auction is open. */
  outbidEmail(notice: OutbidNotice, fmt: Formatters): MailText;
  /** To a bidder who leads again once a rival's bids were withdrawn (by whom: `cause`). */
  leadRestoredEmail(notice: LeadRestoredNotice, fmt: Formatters): MailText;
  /** To a bidder whose bids the seller cancelled: why, in words (not a choice: it ends their bids). */
  sellerCancellationEmail(notice: SellerCancellationNotice): MailText;
  /** To a watcher or bidder, once, ENDING_SOON_EMAIL_MINUTES before the end. */
  endingSoonEmail(notice: EndingSoonNotice, fmt: Formatters): MailText;
  /** To the seller when someone asks about their auction. */
  questionAskedEmail(notice: QuestionNotice): MailText;
  /** To the asker when the seller answers. */
  questionAnsweredEmail(notice: QuestionNotice): MailText;
  /** To the rated person when the other party of a sale rates them. */
  feedbackReceivedEmail(notice: FeedbackNotice): MailText;
  /** To the rating's author when the rated person answers it. */
  feedbackRepliedEmail(notice: FeedbackNotice): MailText;
  /** To the seller and the bidders of an auction a moderator removed (not a choice: it ends their sale or bids). */
  removalEmail(notice: RemovalNotice): MailText;
  /** To an account a moderator suspended: why, and that it cannot sign in until reinstated. */
  suspensionEmail(notice: SuspensionNotice): MailText;
  /** To the author of a report: what the moderators decided (not a choice: the decision is owed). */
  reviewEmail(notice: ReviewNotice): MailText;
  /** To the appellant: what the moderators decided on their appeal, and why (not a choice: it is owed). */
  appealEmail(notice: AppealNotice): MailText;
  /** To someone a new listing matches a saved search of. */
  searchMatchEmail(notice: SearchMatchNotice, fmt: Formatters): MailText;
  post: OutcomeWords;
  /** Labels of the Discord embed. */
  discord: {
    title(f: AuctionFacts): string;
    outcome: string;
    outcomes: Record<FinalOutcome, string>;
    price: string;
    notSold: string;
    /** The price field of an unsold auction that had bids. */
    notSoldHighest(amount: string): string;
    winner: string;
    nobody: string;
    bids: string;
    bidsValue(f: AuctionFacts): string;
    byModel(model: string): string;
  };
  /** The mark every template text carries: not written by an AI. */
  notByAi: string;
  shortNotByAi: string;
}

export const plural = (count: number, one: string, other: string) =>
  `${count} ${count === 1 ? one : other}`;

/** Long descriptions are cut at a word boundary for the report. */
export function excerpt(text: string, max = 500): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
