// Mock mode: the three texts written from templates, deterministic for the
// same facts, and marked as not written by an AI (generatedBy "mock").
import { isSold, type AuctionFacts } from './facts.ts';
import type { Formatters, ReportLanguage } from './format.ts';
import { phrasebooks } from './languages.ts';
import { byOutcome, type PriceWords } from './phrasebook.ts';
import type { GeneratedTexts } from './texts-schema.ts';

export function mockTexts(
  facts: AuctionFacts,
  language: ReportLanguage,
  fmt: Formatters,
): GeneratedTexts {
  const words = phrasebooks[language];
  const report = [
    words.reportTitle(facts),
    '',
    words.item(facts),
    words.seller(facts),
    byOutcome(words.result, facts, fmt),
    words.bids(facts),
    priceMovement(facts, words.price, fmt),
    ...(facts.softClose ? [words.softClose(facts.softClose, fmt)] : []),
    words.duration(facts, fmt),
    '',
    words.notByAi,
  ].join('\n');
  return {
    report,
    email: isSold(facts) ? `${words.email(facts, fmt)}\n\n(${words.notByAi})` : null,
    post: `${byOutcome(words.post, facts, fmt)} ${words.shortNotByAi}`,
  };
}

/** Starting price → first bid → how it closed, the rise, and the largest jump between bids. */
function priceMovement(f: AuctionFacts, words: PriceWords, fmt: Formatters): string {
  const money = fmt.money;
  if (f.highestBid === null || f.increaseRatio === null) {
    return words.unchanged(money(f.startingPrice));
  }
  const start = money(f.startingPrice);
  const highest = money(f.highestBid);
  const rise = words.rise(f.increaseRatio > 0 ? fmt.percent(f.increaseRatio) : null);
  if (f.outcome === 'BOUGHT_NOW' && f.firstBid === null) {
    return words.boughtBeforeBids(start, highest, rise);
  }
  // NO_BIDS with a highest bid cannot happen; "the highest bid" would still be true.
  const closing = words.closing[f.outcome === 'NO_BIDS' ? 'RESERVE_NOT_MET' : f.outcome];
  const line = words.moved(start, money(f.firstBid ?? f.highestBid), closing(highest), rise);
  const jump = f.largestJump;
  if (!jump || jump.amount <= 0) return line;
  const { bidder, automatic } = jump;
  return `${line}\n${words.jump(money(jump.amount), money(jump.from), money(jump.to), bidder, automatic)}`;
}
