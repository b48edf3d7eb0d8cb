// English wording of the template texts.
import { CATEGORY_NAMES } from '../../core/category-names.ts';
import { FEEDBACK_WINDOW_DAYS } from '../../core/schemas.ts';
import { isSold } from './facts.ts';
import { moderationEmails } from './moderation-phrases-en.ts';
import { excerpt, plural, type LeadRestoredCause, type Phrasebook } from './phrasebook.ts';
import { sellerCancellationEn } from './seller-cancellation-phrases.ts';

const bidsAndBidders = (bids: number, bidders: number) =>
  `${plural(bids, 'bid', 'bids')} from ${plural(bidders, 'bidder', 'bidders')}`;

/** Why a rival's bids no longer count, up to "you lead": never the rival, nor the seller's reason. */
const LEAD_RESTORED_CAUSES: Record<LeadRestoredCause, (title: string) => string> = {
  moderation: (title) =>
    `The moderators suspended an account that bid on "${title}" and cancelled those bids. ` +
    'The auction was worked out again as if it had never taken part: ',
  retraction: (title) =>
    `A bidder took back the bid they had placed on "${title}". The auction was worked out ` +
    'again without it: ',
  seller: (title) =>
    `The seller of "${title}" cancelled another bidder's bids. The auction was worked out ` +
    'again without them: ',
};

/** The end of every notice e-mail: the page (with PUBLIC_URL), how to stop them, the signature. */
const noticeEnding = (auctionUrl: string | null) => [
  ...(auctionUrl ? ['', en.auctionLink(auctionUrl)] : []),
  '',
  'To stop these notices, turn them off in My account.',
  '',
  'The Arremate team',
];

export const en: Phrasebook = {
  reportTitle: (f) => `Auction report: "${f.title}"`,
  item: (f) =>
    f.description.trim() ? `Item: ${f.title} — ${excerpt(f.description)}` : `Item: ${f.title}`,
  seller: (f) => `Seller: ${f.seller}`,
  result: {
    sold: (f, fmt) =>
      `Result: sold for ${fmt.money(f.finalPrice)} to ${f.winner}.` +
      (f.hasReserve ? " The seller's reserve price was met." : ''),
    boughtNow: (f, fmt) =>
      `Result: bought by ${f.winner} with Buy It Now for ${fmt.money(f.finalPrice)}, ` +
      'which closed the auction at once.',
    reserveNotMet: (f, fmt) =>
      `Result: not sold. There were bids, but the highest (${fmt.money(f.highestBid)}) did not ` +
      'reach the reserve price the seller set, which is kept secret; so there is no winner and ' +
      'no sale.',
    noBids: () => 'Result: closed without bids; the item was not sold.',
  },
  bids: (f) => {
    if (f.bidCount === 0) return 'Bids: none received.';
    const automatic =
      f.automaticBidCount === 0
        ? ''
        : ` (${plural(f.automaticBidCount, 'automatic bid', 'automatic bids')}: the system ` +
          'answers other bids on behalf of a bidder who set a maximum)';
    return `Bids: ${bidsAndBidders(f.bidCount, f.bidderCount)}${automatic}.`;
  },
  price: {
    unchanged: (start) => `Price: it stayed at the starting price of ${start}.`,
    boughtBeforeBids: (start, price, rise) =>
      `Price: starting price ${start}; the item was bought at the Buy It Now price, ${price}, ` +
      `before any bid — ${rise}.`,
    moved: (start, first, closing, rise) =>
      `Price: opened at ${start} (starting price); the first bid was ${first} and ${closing} — ${rise}.`,
    closing: {
      SOLD: (amount) => `the winning bid ${amount}`,
      RESERVE_NOT_MET: (amount) => `the highest bid ${amount}`,
      BOUGHT_NOW: (amount) => `the Buy It Now purchase closed it at ${amount}`,
    },
    rise: (percent) =>
      percent === null ? 'no rise on the starting price' : `up ${percent} on the starting price`,
    jump: (amount, from, to, bidder, automatic) =>
      `Largest jump: ${amount} (from ${from} to ${to}, ${automatic ? 'automatic ' : ''}bid by ${bidder}).`,
  },
  softClose: (effect, fmt) => {
    const window = fmt.duration(effect.windowSeconds * 1000);
    return effect.kind === 'extended'
      ? `Extension: bids placed less than ${window} before the end extended it (anti-sniping); the auction ` +
          `ended on ${fmt.dateTime(effect.endedAt)}.`
      : `Extension: bids came less than ${window} before the end; the auction ended at its ` +
          `hard deadline, ${fmt.dateTime(effect.endedAt)}, which no extension can pass.`;
  },
  duration: (f, fmt) =>
    `Duration: ${fmt.duration(f.durationMs)} (from ${fmt.dateTime(f.startedAt)} to ${fmt.dateTime(f.closedAt)}).`,
  mailSubject: (title) => `You won "${title}"`,
  sellerContact: (f, sellerEmail) =>
    `To arrange payment and delivery with ${f.seller}, reply to this e-mail or write to ${sellerEmail}.`,
  auctionLink: (url) => `The auction's page: ${url}`,
  feedbackInvite: (other) =>
    `Once the item is delivered, rate ${other} on the auction's page, within ${FEEDBACK_WINDOW_DAYS} days: ` +
    'ratings help buyers and sellers here know whom to trust.',
  outbidEmail: (n, fmt) => ({
    subject: `You have been outbid on "${n.title}"`,
    text: [
      `Hello ${n.name},`,
      '',
      `Someone bid more than you on "${n.title}". The current bid is ` +
        `${fmt.money(n.currentPrice)}; to lead again, offer at least ` +
        `${fmt.money(n.minimumBid)} before ${fmt.dateTime(n.endsAt)}.`,
      ...(n.auctionUrl ? ['', en.auctionLink(n.auctionUrl)] : []),
      '',
      'You get at most one such notice per bid of yours. To stop them, turn e-mail notices off ' +
        'in My account.',
      '',
      'The Arremate team',
    ].join('\n'),
  }),
  leadRestoredEmail: (n, fmt) => ({
    subject: `You lead again on "${n.title}"`,
    text: [
      `Hello ${n.name},`,
      '',
      LEAD_RESTORED_CAUSES[n.cause](n.title) +
        `you lead, at ${fmt.money(n.currentPrice)}. The auction ends on ` +
        `${fmt.dateTime(n.endsAt)}.`,
      ...(n.auctionUrl ? ['', en.auctionLink(n.auctionUrl)] : []),
      '',
      'This notice follows your choice of outbid notices. To stop them, turn e-mail notices off ' +
        'in My account.',
      '',
      'The Arremate team',
    ].join('\n'),
  }),
  feedbackReceivedEmail: (n) => {
    const who = n.authorRole === 'buyer' ? 'who bought' : 'who sold';
    return {
      subject: `${n.authorName} rated you: ${n.rating}`,
      text: [
        `Hello ${n.name},`,
        '',
        `${n.authorName}, ${who} "${n.title}", left you a ${n.rating} rating` +
          (n.comment ? ':' : '.'),
        ...(n.comment ? ['', `"${n.comment}"`] : []),
        '',
        'The rating is public on your profile. You may answer it once, on the auction page.',
        ...noticeEnding(n.auctionUrl),
      ].join('\n'),
    };
  },
  feedbackRepliedEmail: (n) => ({
    subject: `${n.ratedName} answered your rating`,
    text: [
      `Hello ${n.name},`,
      '',
      `You left ${n.ratedName} a ${n.rating} rating after the sale of "${n.title}"` +
        (n.comment ? `: "${n.comment}"` : '.'),
      '',
      `${n.ratedName} answered:`,
      `"${n.reply ?? ''}"`,
      '',
      'The answer is public beside the rating; neither changes any more.',
      ...noticeEnding(n.auctionUrl),
    ].join('\n'),
  }),
  ...moderationEmails({ auctionLink: (url) => en.auctionLink(url) }),
  ...sellerCancellationEn({ auctionLink: (url) => en.auctionLink(url) }),
  searchMatchEmail: (n, fmt) => {
    const category = n.category ? CATEGORY_NAMES['en'][n.category] : null;
    const search = n.query
      ? `“${n.query}”${category ? ` in ${category}` : ''}`
      : `the category ${category}`;
    const starts =
      Date.parse(n.startsAt) > Date.now() ? ` It starts on ${fmt.dateTime(n.startsAt)}.` : '';
    return {
      subject: `New listing for your search: "${n.title}"`,
      text: [
        `Hello ${n.name},`,
        '',
        `A new listing matches the search you saved (${search}):`,
        '',
        `"${n.title}", from ${fmt.money(n.price)}, ends on ${fmt.dateTime(n.endsAt)}.` + starts,
        ...(n.auctionUrl ? ['', en.auctionLink(n.auctionUrl)] : []),
        '',
        `You get at most ${plural(n.perDay, 'alert like this', 'alerts like this')} a day. ` +
          'To stop them, delete the alert or turn these notices off in My account.',
        '',
        'The Arremate team',
      ].join('\n'),
    };
  },
  questionAskedEmail: (n) => ({
    subject: `New question about "${n.title}"`,
    text: [
      `Hello ${n.name},`,
      '',
      `${n.askerName} asked about your auction "${n.title}":`,
      '',
      `"${n.question}"`,
      '',
      'The question and your answer are public on the auction page; answer it there.',
      ...noticeEnding(n.auctionUrl),
    ].join('\n'),
  }),
  questionAnsweredEmail: (n) => ({
    subject: `Your question about "${n.title}" was answered`,
    text: [
      `Hello ${n.name},`,
      '',
      `You asked about "${n.title}":`,
      `"${n.question}"`,
      '',
      'The seller answered:',
      `"${n.answer ?? ''}"`,
      ...noticeEnding(n.auctionUrl),
    ].join('\n'),
  }),
  endingSoonEmail: (n, fmt) => {
    const standing = n.leading
      ? `You are leading, at ${fmt.money(n.currentPrice)}.`
      : n.hasBids
        ? `The current bid is ${fmt.money(n.currentPrice)}; to lead, offer at least ` +
          `${fmt.money(n.minimumBid)}.`
        : `Nobody has bid yet: the first bid may be ${fmt.money(n.minimumBid)}.`;
    return {
      subject: `"${n.title}" is ending soon`,
      text: [
        `Hello ${n.name},`,
        '',
        `The auction "${n.title}", ${n.watching ? 'which you are watching' : 'which you bid on'}, ` +
          `ends on ${fmt.dateTime(n.endsAt)}. ${standing}`,
        ...(n.auctionUrl ? ['', en.auctionLink(n.auctionUrl)] : []),
        '',
        'You get this notice once per auction you watch or bid on. To stop them, turn e-mail ' +
          'notices off in My account.',
        '',
        'The Arremate team',
      ].join('\n'),
    };
  },
  sellerEmail: (f, fmt, buyerEmail, auctionUrl) => {
    const ended = `Your auction "${f.title}" ended on ${fmt.dateTime(f.closedAt)}`;
    const footer = [
      ...(auctionUrl ? [en.auctionLink(auctionUrl)] : []),
      `Auction code: ${f.auctionId}.`,
      '',
      'The Arremate team',
    ];
    if (isSold(f)) {
      const reach = buyerEmail ? `: reply to this e-mail or write to ${buyerEmail}` : '';
      return {
        subject:
          f.outcome === 'BOUGHT_NOW'
            ? `Your item "${f.title}" was bought with Buy It Now`
            : `Your auction "${f.title}" sold`,
        text: [
          `Hello ${f.seller},`,
          '',
          f.outcome === 'BOUGHT_NOW'
            ? `${ended}: ${f.winner} bought the item with Buy It Now, for ${fmt.money(f.finalPrice)}.`
            : `${ended}: ${f.winner} won the item for ${fmt.money(f.finalPrice)}, after ` +
              `${bidsAndBidders(f.bidCount, f.bidderCount)}.`,
          '',
          'Next steps:',
          `1. Arrange payment and delivery with ${f.winner}${reach}.`,
          `2. You are owed ${fmt.money(f.finalPrice)}; ship the item only once the payment is confirmed.`,
          `3. ${en.feedbackInvite(f.winner)}`,
          '',
          ...footer,
        ].join('\n'),
      };
    }
    return {
      subject: `Your auction "${f.title}" ended without a sale`,
      text: [
        `Hello ${f.seller},`,
        '',
        f.outcome === 'RESERVE_NOT_MET' && f.highestBid !== null
          ? `${ended} with ${plural(f.bidCount, 'bid', 'bids')}, but the highest ` +
            `(${fmt.money(f.highestBid)}) did not reach your reserve price, so there was no sale.`
          : `${ended} without bids; the item was not sold.`,
        'You can offer it again whenever you like, in a new auction.',
        '',
        ...footer,
      ].join('\n'),
    };
  },
  email: (f, fmt) =>
    [
      f.outcome === 'BOUGHT_NOW'
        ? `Subject: You bought "${f.title}"`
        : `Subject: You won "${f.title}"`,
      '',
      `Hello ${f.winner},`,
      '',
      f.outcome === 'BOUGHT_NOW'
        ? `Congratulations! You bought "${f.title}" with Buy It Now for ${fmt.money(f.finalPrice)} ` +
          `on ${fmt.dateTime(f.closedAt)}.`
        : `Congratulations! Your bid of ${fmt.money(f.finalPrice)} won the auction "${f.title}", which closed on ` +
          `${fmt.dateTime(f.closedAt)} after ${bidsAndBidders(f.bidCount, f.bidderCount)}.`,
      '',
      'Next steps for payment:',
      `1. ${f.seller}, who listed the item, will contact you with the payment method and the delivery details.`,
      `2. Pay exactly ${fmt.money(f.finalPrice)} and keep the receipt.`,
      '3. Before paying, check that the payee is the person who listed the item; be wary of requests from anyone else.',
      `4. If you have questions, quote the auction code: ${f.auctionId}.`,
      '',
      'Thank you for taking part!',
      'The Arremate team',
    ].join('\n'),
  post: {
    sold: (f, fmt) =>
      `Auction closed: "${f.title}" sold for ${fmt.money(f.finalPrice)} to ${f.winner}, ` +
      `after ${bidsAndBidders(f.bidCount, f.bidderCount)}.`,
    boughtNow: (f, fmt) =>
      `Auction closed: ${f.winner} bought "${f.title}" with Buy It Now for ${fmt.money(f.finalPrice)}.`,
    reserveNotMet: (f, fmt) =>
      `Auction closed unsold: "${f.title}" got ${plural(f.bidCount, 'bid', 'bids')} (the highest ` +
      `${fmt.money(f.highestBid)}), but the seller's reserve price was not met.`,
    noBids: (f, fmt) =>
      `Auction closed without bids: "${f.title}" (starting price ${fmt.money(f.startingPrice)}).`,
  },
  discord: {
    title: (f) => `Auction closed: ${f.title}`,
    outcome: 'Outcome',
    outcomes: {
      SOLD: 'Sold',
      BOUGHT_NOW: 'Bought with Buy It Now',
      NO_BIDS: 'No bids',
      RESERVE_NOT_MET: 'Reserve not met',
    },
    price: 'Final price',
    notSold: 'Not sold',
    notSoldHighest: (amount) => `Not sold (highest bid: ${amount})`,
    winner: 'Winner',
    nobody: 'Nobody',
    bids: 'Bids',
    bidsValue: (f) =>
      f.bidCount === 0
        ? '0'
        : `${f.bidCount} (${plural(f.bidderCount, 'bidder', 'bidders')}` +
          `${f.automaticBidCount > 0 ? `, ${f.automaticBidCount} automatic` : ''})`,
    byModel: (model) => `Texts written by AI (${model}).`,
  },
  notByAi: 'Written automatically from the auction data, without AI.',
  shortNotByAi: '(automatic text, no AI)',
};
