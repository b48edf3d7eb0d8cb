// A loopback stand-in for the Gemini API, speaking its HTTP protocol:
// `POST /v1beta/models/{model}:generateContent` with the key in
// `x-goog-api-key`, answering `candidates[0].content.parts[0].text`, or
// Google's error body. Requests with another path, model or key are answered
// as Google would (404 / 400) and recorded in `unexpected`.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text as readBody } from 'node:stream/consumers';

export interface GeminiRequest {
  model: string;
  body: {
    contents: { role?: string; parts: { text: string }[] }[];
    systemInstruction?: { parts: { text: string }[] };
    generationConfig?: { responseMimeType?: string; responseJsonSchema?: unknown };
  };
}

/** What to do with the next request: answer text, an HTTP error, or hold it until release(). */
export type GeminiStep = { text: string } | { status: number } | { hold: true };

const statusNames: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

export interface GeminiStandIn {
  /** For GEMINI_BASE_URL. */
  baseUrl: string;
  requests: GeminiRequest[];
  unexpected: string[];
  /** Steps for the next requests, in order; after them, the default answer. */
  script(...steps: GeminiStep[]): void;
  /** Forgets requests and unused steps, between tests. */
  reset(): void;
  /** Answers every held request with the default answer. */
  release(): void;
  waitForRequests(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** The default answer: valid texts naming the auction, email null when the facts have no winner. */
export function answerFor(request: GeminiRequest): string {
  const prompt = request.body.contents.map((c) => c.parts.map((p) => p.text).join('')).join('\n');
  const facts = JSON.parse(prompt.slice(prompt.indexOf('{'))) as {
    title: string;
    winner: string | null;
  };
  return JSON.stringify({
    report: `Relatório escrito pelo modelo sobre "${facts.title}".`,
    email: facts.winner === null ? null : `Assunto: Parabéns, ${facts.winner}!`,
    post: `Leilão "${facts.title}" encerrado.`,
  });
}

export async function startGeminiStandIn(options: {
  model: string;
  apiKey: string;
}): Promise<GeminiStandIn> {
  const requests: GeminiRequest[] = [];
  const unexpected: string[] = [];
  const steps: GeminiStep[] = [];
  const held: (() => void)[] = [];

  const reply = (res: ServerResponse, status: number, body: unknown) => {
    res
      .writeHead(status, { 'content-type': 'application/json; charset=UTF-8' })
      .end(JSON.stringify(body));
  };
  const error = (res: ServerResponse, status: number, message: string) =>
    reply(res, status, {
      error: { code: status, message, status: statusNames[status] ?? 'UNKNOWN' },
    });
  const answer = (res: ServerResponse, text: string) =>
    reply(res, 200, {
      candidates: [
        { content: { parts: [{ text }], role: 'model' }, finishReason: 'STOP', index: 0 },
      ],
      usageMetadata: { promptTokenCount: 120, candidatesTokenCount: 80, totalTokenCount: 200 },
      modelVersion: options.model,
      responseId: `stand-in-${requests.length}`,
    });

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req);
    const match = /^\/v1beta\/models\/([^/:]+):generateContent$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match || match[1] !== options.model) {
      unexpected.push(`${req.method} ${req.url}`);
      return error(res, 404, `models/${match?.[1] ?? '?'} is not found for API version v1beta.`);
    }
    if (req.headers['x-goog-api-key'] !== options.apiKey) {
      unexpected.push('wrong or missing x-goog-api-key');
      return error(res, 400, 'API key not valid. Please pass a valid API key.');
    }
    const request: GeminiRequest = {
      model: match[1],
      body: JSON.parse(raw) as GeminiRequest['body'],
    };
    requests.push(request);
    const step = steps.shift();
    if (step && 'hold' in step) return held.push(() => answer(res, answerFor(request)));
    if (step && 'status' in step) return error(res, step.status, 'Stand-in failure.');
    answer(res, step ? step.text : answerFor(request));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    unexpected,
    script: (...next) => void steps.push(...next),
    reset: () => {
      requests.length = 0;
      unexpected.length = 0;
      steps.length = 0;
    },
    release: () => held.splice(0).forEach((answerHeld) => answerHeld()),
    async waitForRequests(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (requests.length < count) {
        if (Date.now() > deadline)
          throw new Error(`Gemini stand-in got ${requests.length}/${count} requests`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
