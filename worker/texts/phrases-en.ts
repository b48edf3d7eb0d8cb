// English wording of the template texts.
import { excerpt, plural, type Phrasebook } from './phrasebook.ts';

export const en: Phrasebook = {
  reportTitle: (f) => `Auction report: "${f.title}"`,
  item: (f) =>
    f.description.trim() ? `Item: ${f.title} — ${excerpt(f.description)}` : `Item: ${f.title}`,
  seller: (f) => `Seller: ${f.seller}`,
  result: (f, fmt) =>
    f.winner !== null && f.finalPrice !== null
      ? `Result: sold for ${fmt.money(f.finalPrice)} to ${f.winner}.`
      : 'Result: closed without bids; the item was not sold.',
  bids: (f) =>
    f.bidCount === 0
      ? 'Bids: none received.'
      : `Bids: ${plural(f.bidCount, 'bid', 'bids')} from ${plural(f.bidderCount, 'bidder', 'bidders')}.`,
  priceMovement: (f, fmt) => {
    if (f.finalPrice === null || f.firstBid === null || f.increaseRatio === null) {
      return `Price: it stayed at the starting price of ${fmt.money(f.startingPrice)}.`;
    }
    const lines = [
      `Price: opened at ${fmt.money(f.startingPrice)} (starting price); the first bid was ` +
        `${fmt.money(f.firstBid)} and the winning bid ${fmt.money(f.finalPrice)} — ` +
        `up ${fmt.percent(f.increaseRatio)} on the starting price.`,
    ];
    const jump = f.largestJump;
    if (jump && jump.amount > 0) {
      lines.push(
        `Largest jump: ${fmt.money(jump.amount)} (from ${fmt.money(jump.from)} to ${fmt.money(jump.to)}, ` +
          `bid by ${jump.bidder}).`,
      );
    }
    return lines.join('\n');
  },
  duration: (f, fmt) =>
    `Duration: ${fmt.duration(f.durationMs)} (from ${fmt.dateTime(f.createdAt)} to ${fmt.dateTime(f.closedAt)}).`,
  email: (f, fmt) =>
    [
      `Subject: You won "${f.title}"`,
      '',
      `Hello ${f.winner},`,
      '',
      `Congratulations! Your bid of ${fmt.money(f.finalPrice)} won the auction "${f.title}", which closed on ` +
        `${fmt.dateTime(f.closedAt)} after ${plural(f.bidCount, 'bid', 'bids')} from ` +
        `${plural(f.bidderCount, 'bidder', 'bidders')}.`,
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
  post: (f, fmt) =>
    f.winner !== null && f.finalPrice !== null
      ? `Auction closed: "${f.title}" sold for ${fmt.money(f.finalPrice)} to ${f.winner}, ` +
        `after ${plural(f.bidCount, 'bid', 'bids')} from ${plural(f.bidderCount, 'bidder', 'bidders')}.`
      : `Auction closed without bids: "${f.title}" (starting price ${fmt.money(f.startingPrice)}).`,
  discord: {
    title: (f) => `Auction closed: ${f.title}`,
    price: 'Final price',
    notSold: 'Not sold',
    winner: 'Winner',
    nobody: 'Nobody',
    bids: 'Bids',
    bidsValue: (f) => `${f.bidCount} (${plural(f.bidderCount, 'bidder', 'bidders')})`,
    byModel: (model) => `Texts written by AI (${model}).`,
  },
  notByAi: 'Written automatically from the auction data, without AI.',
  shortNotByAi: '(automatic text, no AI)',
};
