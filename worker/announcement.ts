// The Discord message for a stored report: the post above, the report in the
// embed, the figures as fields, and who wrote the texts in the footer.
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
): DiscordMessageInput {
  const labels = words.discord;
  return {
    content: report.post,
    title: labels.title(facts),
    description: report.report,
    fields: [
      {
        name: labels.price,
        value: facts.finalPrice === null ? labels.notSold : fmt.money(facts.finalPrice),
      },
      { name: labels.winner, value: facts.winner ?? labels.nobody },
      { name: labels.bids, value: labels.bidsValue(facts) },
    ],
    footer: report.generatedBy === 'mock' ? words.notByAi : labels.byModel(report.generatedBy),
    timestamp: facts.closedAt,
  };
}
