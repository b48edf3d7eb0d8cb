// Mock mode: the three texts written from templates, deterministic for the
// same facts, and marked as not written by an AI (generatedBy "mock").
import type { AuctionFacts } from './facts.ts';
import type { Formatters, ReportLanguage } from './format.ts';
import { phrasebooks } from './languages.ts';
import type { SoldFacts } from './phrasebook.ts';
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
    words.result(facts, fmt),
    words.bids(facts),
    words.priceMovement(facts, fmt),
    words.duration(facts, fmt),
    '',
    words.notByAi,
  ].join('\n');
  return {
    report,
    email: isSold(facts) ? `${words.email(facts, fmt)}\n\n(${words.notByAi})` : null,
    post: `${words.post(facts, fmt)} ${words.shortNotByAi}`,
  };
}

function isSold(facts: AuctionFacts): facts is SoldFacts {
  return facts.winner !== null && facts.finalPrice !== null;
}
