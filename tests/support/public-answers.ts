// What every answer of the API must look like, whatever it was sent: never a
// 5xx; JSON; errors as {error: {code, message}} with a code from
// core/errors.ts and nothing internal; socket acks as {ok, …} likewise.
import assert from 'node:assert/strict';
import { ErrorCode } from '../../core/errors.ts';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

export interface Answer {
  status: number;
  body: unknown;
}

/** Asserts the public error shape: a known code and a message, no stack or path. */
export function assertErrorShape(body: unknown, context: string): void {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  assert.ok(KNOWN_CODES.has(String(error?.code)), `unknown error code in ${context}`);
  assert.equal(typeof error?.message, 'string', context);
  assert.doesNotMatch(JSON.stringify(body), /node_modules|\.(ts|js):\d+:\d+/, context);
}

/** Sends one raw request; asserts no 5xx or redirect, JSON answers, and the error shape on 4xx. */
export async function sendChecked(
  base: string,
  method: string,
  path: string,
  options: { body?: string | Uint8Array; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const { body: sentBody } = options;
  const response = await fetch(base + path, {
    method,
    headers: options.headers,
    body: typeof sentBody === 'object' ? new Uint8Array(sentBody) : sentBody,
    redirect: 'manual',
  });
  const text = await response.text();
  const { status } = response;
  const shown =
    typeof sentBody === 'string' ? sentBody.slice(0, 200) : `(${sentBody?.length ?? 0} bytes)`;
  const sent = `${method} ${path.slice(0, 150)} ${shown}`;
  const context = `${sent} → ${status} ${text.slice(0, 300)}`;
  assert.ok(status >= 200 && status < 500 && (status < 300 || status >= 400), context);
  // "/api/%2e%2e" is "/" once the URL is normalized: the web UI's page.
  const api = /^\/api\//.test(new URL(base + path).pathname);
  if (method === 'HEAD' || status === 204 || status === 304 || !api) return { status, body: null };
  // A photo's file, the only answer under /api/ that is not JSON.
  if (status === 200 && response.headers.get('content-type') === 'image/webp')
    return { status, body: null };
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/, context);
  const body: unknown = JSON.parse(text);
  if (status >= 400) assertErrorShape(body, context);
  return { status, body };
}

export interface Ack {
  ok: boolean;
  error?: { code: string };
}

/** An ack is {ok: true, …} or {ok: false, error: {code, message}} with a known code. */
export function assertAck(ack: unknown, sent: string): Ack {
  const reply = ack as Ack;
  const context = `${sent.slice(0, 200)} → ${JSON.stringify(ack)?.slice(0, 300)}`;
  assert.equal(typeof reply?.ok, 'boolean', context);
  if (!reply.ok) assertErrorShape(reply, context);
  return reply;
}

export function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
