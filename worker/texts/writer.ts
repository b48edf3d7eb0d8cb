// Chooses who writes the texts. With a Gemini key, the model; when it fails
// for good, the templates, and the fallback is recorded (generatedBy "mock"
// plus the job's textsFallback). Why fall back rather than dead-letter: the
// report is part of the product and people are waiting for it; the template
// texts are true (built from the data) and say they are not AI; and a model
// that is down for good (bad key, quota) would otherwise dead-letter every
// auction until someone noticed.
import type { Logger } from 'pino';
import { failureCodeOf, type FailureCode } from '../failures.ts';
import type { GeminiWriter } from '../gemini.ts';
import type { AuctionFacts } from './facts.ts';
import type { Formatters, ReportLanguage } from './format.ts';
import { mockTexts } from './mock.ts';
import type { GeneratedTexts } from './texts-schema.ts';

export interface WrittenTexts {
  texts: GeneratedTexts;
  /** "mock" or the model name. */
  generatedBy: string;
  fallback?: FailureCode;
}

export type TextWriter = ReturnType<typeof createTextWriter>;

export function createTextWriter(
  gemini: GeminiWriter | null,
  language: ReportLanguage,
  fmt: Formatters,
  log: Logger,
) {
  return {
    async write(facts: AuctionFacts, signal?: AbortSignal): Promise<WrittenTexts> {
      if (gemini) {
        try {
          return {
            texts: await gemini.write(facts, language, fmt, signal),
            generatedBy: gemini.model,
          };
        } catch (error) {
          if (signal?.aborted) throw error; // shutting down: another worker will do it properly
          const fallback = failureCodeOf(error);
          log.warn(
            { auctionId: facts.auctionId, fallback, cause: (error as Error).message },
            'gemini failed for good, writing the texts from templates',
          );
          return { texts: mockTexts(facts, language, fmt), generatedBy: 'mock', fallback };
        }
      }
      return { texts: mockTexts(facts, language, fmt), generatedBy: 'mock' };
    },
  };
}
