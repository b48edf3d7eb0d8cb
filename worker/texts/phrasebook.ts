// What a language must provide for the template (mock) texts. Each
// phrasebook only words the facts; the figures come from AuctionFacts.
import type { AuctionFacts } from './facts.ts';
import type { Formatters } from './format.ts';

/** Facts of an auction that was sold: it has a winner and a final price. */
export type SoldFacts = AuctionFacts & { winner: string; finalPrice: number };

export interface Phrasebook {
  reportTitle(f: AuctionFacts): string;
  item(f: AuctionFacts): string;
  seller(f: AuctionFacts): string;
  result(f: AuctionFacts, fmt: Formatters): string;
  bids(f: AuctionFacts): string;
  priceMovement(f: AuctionFacts, fmt: Formatters): string;
  duration(f: AuctionFacts, fmt: Formatters): string;
  email(f: SoldFacts, fmt: Formatters): string;
  post(f: AuctionFacts, fmt: Formatters): string;
  /** Labels of the Discord embed. */
  discord: {
    title(f: AuctionFacts): string;
    price: string;
    notSold: string;
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
