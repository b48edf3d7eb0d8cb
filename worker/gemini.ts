// Gemini through the official SDK: structured JSON output validated against
// GeneratedTexts, a timeout per HTTP attempt, bounded retries with backoff on
// 408/429/5xx, timeouts, network errors and unusable answers. The SDK's own
// retries stay off so the bound and the logging are ours.
import { ApiError, GoogleGenAI } from '@google/genai';
import { Value } from 'typebox/value';
import type { Logger } from 'pino';
import { FailureCode, JobFailure } from './failures.ts';
import { factsPrompt, systemInstruction } from './prompt.ts';
import { withRetries, type RetryDecision } from '../core/retry.ts';
import type { AuctionFacts } from './texts/facts.ts';
import type { Formatters, ReportLanguage } from './texts/format.ts';
import { GeneratedTexts, modelResponseSchema } from './texts/texts-schema.ts';

export interface GeminiOptions {
  apiKey: string;
  model: string;
  baseUrl?: string;
  timeoutMs: number;
  attempts: number;
  retryBaseMs: number;
}

/** The model answered, but not with the texts we asked for. */
class UnusableAnswer extends Error {}

export type GeminiWriter = ReturnType<typeof createGeminiWriter>;

export function createGeminiWriter(options: GeminiOptions, log: Logger) {
  const ai = new GoogleGenAI({
    apiKey: options.apiKey,
    // SDK 3.x defaults to v1; structured output (responseJsonSchema) is v1beta's.
    apiVersion: 'v1beta',
    httpOptions: {
      timeout: options.timeoutMs,
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    },
  });
  return {
    model: options.model,
    /** Throws JobFailure(GEMINI_UNAVAILABLE) once the attempts are spent. */
    async write(
      facts: AuctionFacts,
      language: ReportLanguage,
      fmt: Formatters,
      signal?: AbortSignal,
    ): Promise<GeneratedTexts> {
      const call = async () => {
        const response = await ai.models.generateContent({
          model: options.model,
          contents: factsPrompt(facts, fmt),
          config: {
            systemInstruction: systemInstruction(language),
            responseMimeType: 'application/json',
            responseJsonSchema: modelResponseSchema,
            temperature: 0.4,
            ...(signal ? { abortSignal: signal } : {}),
          },
        });
        return usableTexts(response.text, facts, options.apiKey);
      };
      const decide = (error: unknown): RetryDecision => ({
        retry: !signal?.aborted && isTransient(error),
      });
      try {
        return await withRetries(
          call,
          { attempts: options.attempts, baseMs: options.retryBaseMs, signal },
          decide,
          (error, attempt, delayMs) =>
            log.warn(
              { auctionId: facts.auctionId, attempt, delayMs, cause: describe(error) },
              'gemini attempt failed, retrying',
            ),
        );
      } catch (error) {
        throw new JobFailure(FailureCode.GEMINI_UNAVAILABLE, describe(error));
      }
    },
  };
}

function usableTexts(
  text: string | undefined,
  facts: AuctionFacts,
  apiKey: string,
): GeneratedTexts {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '');
  } catch {
    throw new UnusableAnswer('not JSON');
  }
  if (!Value.Check(GeneratedTexts, value)) throw new UnusableAnswer('does not match the schema');
  const texts = {
    report: value.report.trim(),
    // The winner is a fact, not the model's call.
    email: facts.winner === null ? null : value.email?.trim() || null,
    post: value.post.trim(),
  };
  if (!texts.report || !texts.post || (facts.winner !== null && texts.email === null)) {
    throw new UnusableAnswer('a required text is empty');
  }
  if (Object.values(texts).some((t) => t?.includes(apiKey)))
    throw new UnusableAnswer('echoes the key');
  return texts;
}

function isTransient(error: unknown): boolean {
  if (error instanceof ApiError)
    return error.status === 408 || error.status === 429 || error.status >= 500;
  // Our timeout (AbortError), network failures (TypeError) and odd answers.
  return (
    error instanceof UnusableAnswer ||
    (error instanceof Error && (error.name === 'AbortError' || error.name === 'TypeError'))
  );
}

/** A short, secret-free cause for logs and the job record. */
function describe(error: unknown): string {
  if (error instanceof ApiError) return `HTTP ${error.status}`;
  if (error instanceof UnusableAnswer) return `unusable answer: ${error.message}`;
  if (error instanceof Error && error.name === 'AbortError') return 'timeout or shutdown';
  if (error instanceof Error && error.name === 'TypeError') return 'network error';
  return 'unexpected error';
}
