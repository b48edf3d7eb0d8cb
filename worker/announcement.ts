// The Discord message for a stored report: the post above, the report in the
// embed, the figures as fields (outcome, price, winner, bids), and who wrote
// the texts in the footer.
import type { AuctionReport } from '../core/schemas.ts';
import type { DiscordMessageInput } from './discord-message.ts';
import type { AuctionFacts } from './texts/facts.ts';
import type { Formatters } from './texts/format.ts';
import type { Phrasebook } from './texts/phrasebook.ts';

export function announcementFor(
  report: AuctionReport,
  facts: AuctionFacts,
  words: Phrasebook,
  fmt: Formatters,
  /** The auction's page and its first photo, when PUBLIC_URL is set. */
  links: { url: string | null; imageUrl: string | null } = { url: null, imageUrl: null },
): DiscordMessageInput {
  const { url, imageUrl } = links;
  const labels = words.discord;
  return {
    content: report.post,
    title: labels.title(facts),
    description: report.report,
    fields: [
      { name: labels.outcome, value: labels.outcomes[facts.outcome] },
      { name: labels.price, value: priceValue(facts, words, fmt) },
      { name: labels.winner, value: facts.winner ?? labels.nobody },
      { name: labels.bids, value: labels.bidsValue(facts) },
    ],
    footer: report.generatedBy === 'mock' ? words.notByAi : labels.byModel(report.generatedBy),
    timestamp: facts.closedAt,
    ...(url ? { url } : {}),
    ...(imageUrl ? { imageUrl } : {}),
  };
}

function priceValue(facts: AuctionFacts, words: Phrasebook, fmt: Formatters): string {
  if (facts.finalPrice !== null) return fmt.money(facts.finalPrice);
  if (facts.highestBid === null) return words.discord.notSold;
  return words.discord.notSoldHighest(fmt.money(facts.highestBid));
}
