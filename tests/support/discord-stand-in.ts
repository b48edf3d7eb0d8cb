// A loopback stand-in for a Discord webhook, answering as Discord does:
// `POST /api/webhooks/{id}/{token}?wait=true` → 200 with the message object;
// `DELETE /api/webhooks/{id}/{token}/messages/{message.id}` → 204, or 404
// `{message: 'Unknown Message', code: 10008}` for one it does not have;
// 429 with `{message, retry_after, global}` and a Retry-After header; 400
// with `{code, message}` — also for messages that break Discord's length
// limits, which it checks like the real API (code 50035, Invalid Form Body).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text as readBody } from 'node:stream/consumers';

export interface ReceivedPost {
  path: string;
  query: URLSearchParams;
  body: DiscordBody;
  /** The message's id, once created. */
  id?: string;
}

export interface DiscordBody {
  content?: string;
  embeds?: {
    title?: string;
    description?: string;
    fields?: { name: string; value: string; inline?: boolean }[];
    footer?: { text: string };
    timestamp?: string;
    url?: string;
    /** Discord fetches it: an http(s) address (or attachment://, which we never send). */
    image?: { url: string };
  }[];
  allowed_mentions?: { parse?: string[] };
}

export type DiscordStep =
  /** `headerOnly`: no JSON body, only Retry-After (as a proxy or Cloudflare may answer). */
  | { status: 429; retryAfter: number; headerOnly?: boolean }
  | { status: 400 | 401 | 404 | 500 | 502 | 503; code?: number; message?: string }
  | { hang: true }
  /** Creates the message, then answers only after `answerAfterMs` (a slow Discord). */
  | { answerAfterMs: number };

export interface DiscordStandIn {
  webhookUrl: string;
  /** Every request that reached the webhook path, in order. */
  received: ReceivedPost[];
  /** The messages Discord "created" (answered 200), deleted ones included. */
  created: ReceivedPost[];
  /** The ids of the messages deleted (answered 204), in order. */
  deleted: string[];
  /** The ids of every DELETE received, answered or not. */
  deletions: string[];
  /** Their paths, as received. */
  deletionPaths: string[];
  script(...steps: DiscordStep[]): void;
  /** Forgets what was received and unused steps, between tests. */
  reset(): void;
  close(): Promise<void>;
}

/** Discord's limits, checked as Discord does; returns the violations. */
export function limitViolations(body: DiscordBody): string[] {
  const problems: string[] = [];
  const over = (what: string, text: string | undefined, max: number, min = 0) => {
    const length = text?.length ?? 0;
    if (length > max || length < min) problems.push(`${what}: ${length} not in [${min}, ${max}]`);
  };
  over('content', body.content, 2000);
  if (!body.content && !body.embeds?.length) problems.push('empty message');
  for (const embed of body.embeds ?? []) {
    over('embed.title', embed.title, 256);
    over('embed.description', embed.description, 4096);
    over('embed.footer.text', embed.footer?.text, 2048);
    if (embed.url !== undefined && !/^https?:\/\/\S+$/.test(embed.url))
      problems.push(`embed.url: not a well formed URL`);
    if (embed.image !== undefined && !/^https?:\/\/\S+$/.test(embed.image.url))
      problems.push(`embed.image.url: not a well formed URL`);
    for (const field of embed.fields ?? []) {
      over('field.name', field.name, 256, 1);
      over('field.value', field.value, 1024, 1);
    }
    const total =
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    if (total > 6000) problems.push(`embed total: ${total} > 6000`);
  }
  return problems;
}

export async function startDiscordStandIn(): Promise<DiscordStandIn> {
  const received: ReceivedPost[] = [];
  const created: ReceivedPost[] = [];
  const deleted: string[] = [];
  const deletions: string[] = [];
  const deletionPaths: string[] = [];
  const steps: DiscordStep[] = [];
  const webhookPath = '/api/webhooks/112233445566778899/stand-in-token';
  let nextId = 1_300_000_000_000_000_000n;

  const reply = (
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) =>
    res
      .writeHead(status, { 'content-type': 'application/json', ...headers })
      .end(JSON.stringify(body));

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const deletion = new RegExp(`^${webhookPath}/messages/(\\d+)$`).exec(url.pathname);
    if (req.method === 'DELETE' && deletion) {
      deletionPaths.push(url.pathname);
      return remove(res, deletion[1] as string);
    }
    if (req.method !== 'POST' || url.pathname !== webhookPath) {
      return reply(res, 404, { message: 'Unknown Webhook', code: 10015 });
    }
    const post: ReceivedPost = {
      path: url.pathname,
      query: url.searchParams,
      body: JSON.parse(raw) as DiscordBody,
    };
    received.push(post);
    const step = steps.shift();
    if (step && 'hang' in step) return; // never answers: the client's timeout must fire
    if (step && 'answerAfterMs' in step) {
      const id = create(post);
      setTimeout(() => reply(res, 200, message(id, post)), step.answerAfterMs).unref();
      return;
    }
    if (step?.status === 429) {
      const retryAfter = step.retryAfter;
      const body = step.headerOnly
        ? {}
        : { message: 'You are being rate limited.', retry_after: retryAfter, global: false };
      return reply(res, 429, body, {
        'retry-after': String(Math.ceil(retryAfter)),
        'x-ratelimit-scope': 'user',
      });
    }
    if (step)
      return reply(res, step.status, {
        message: step.message ?? 'Stand-in error',
        code: step.code ?? 0,
      });
    const problems = limitViolations(post.body);
    if (problems.length > 0)
      return reply(res, 400, { message: 'Invalid Form Body', code: 50035, errors: problems });
    reply(res, 200, message(create(post), post));
  });
  const create = (post: ReceivedPost) => {
    const id = String(nextId++);
    created.push({ ...post, id });
    return id;
  };
  /** A scripted step answers a deletion as it would a post. */
  const remove = (res: ServerResponse, id: string) => {
    deletions.push(id);
    const step = steps.shift();
    if (step && 'hang' in step) return;
    if (step && 'status' in step)
      return reply(res, step.status, { message: 'Stand-in error', code: 0 });
    if (!created.some((post) => post.id === id) || deleted.includes(id))
      return reply(res, 404, { message: 'Unknown Message', code: 10008 });
    deleted.push(id);
    res.writeHead(204).end();
  };
  const message = (id: string, post: ReceivedPost) => ({
    id,
    type: 0,
    channel_id: '998877665544332211',
    webhook_id: '112233445566778899',
    author: { id: '112233445566778899', username: 'Arremate', bot: true },
    content: post.body.content ?? '',
    embeds: post.body.embeds ?? [],
    mentions: [],
    mention_everyone: false,
    timestamp: new Date().toISOString(),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    webhookUrl: `http://127.0.0.1:${port}${webhookPath}`,
    received,
    created,
    deleted,
    deletions,
    deletionPaths,
    script: (...next) => void steps.push(...next),
    reset: () => {
      received.length = 0;
      created.length = 0;
      deleted.length = 0;
      deletions.length = 0;
      deletionPaths.length = 0;
      steps.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
