// A small typed client over fetch for tests: the public REST contract.
import type { Auction, Bid, User } from '../../core/schemas.ts';

export interface Session {
  token: string;
  user: User;
}

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

let counter = 0;

export async function call<T = unknown>(
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(base + path, {
    method,
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : null) as T,
    headers: response.headers,
  };
}

export async function register(base: string, name = 'Tester'): Promise<Session> {
  const email = `${name.toLowerCase().replace(/\W/g, '')}-${process.pid}-${++counter}-${Date.now()}@example.com`;
  const reply = await call<Session>(base, 'POST', '/api/auth/register', {
    body: { name, email, password: 'correct horse battery' },
  });
  if (reply.status !== 201)
    throw new Error(`register failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

export async function createAuction(
  base: string,
  token: string,
  body: Record<string, unknown> = {},
): Promise<Auction> {
  const reply = await call<Auction>(base, 'POST', '/api/auctions', {
    token,
    // A fixed R$ 1,00 increment keeps amounts in tests easy to follow; the
    // default table is tested where it is the subject.
    body: {
      title: 'Lote de teste',
      description: 'Um item',
      startingPrice: 1000,
      minIncrement: 100,
      durationSeconds: 60,
      ...body,
    },
  });
  if (reply.status !== 201)
    throw new Error(`create failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

/**
 * An auction of `seller`'s that `buyer` bought at once with Buy It Now:
 * closed, sold, as the buy answered it. `body` goes to the listing.
 */
export async function boughtNow(
  base: string,
  seller: Session,
  buyer: Session,
  body: Record<string, unknown> = {},
): Promise<Auction> {
  const auction = await createAuction(base, seller.token, {
    buyNowPrice: 5_000,
    durationSeconds: 900,
    ...body,
  });
  const bought = await call<{ auction: Auction }>(
    base,
    'POST',
    `/api/auctions/${auction.id}/buy-now`,
    { token: buyer.token },
  );
  if (bought.status !== 201)
    throw new Error(`buy-now failed: ${bought.status} ${JSON.stringify(bought.body)}`);
  return bought.body.auction;
}

/** One account per name, signed up at once, in the names' order. */
export function registerEach<const Names extends readonly string[]>(
  base: string,
  names: Names,
): Promise<{ [K in keyof Names]: Session }> {
  return Promise.all(names.map((name) => register(base, name))) as Promise<{
    [K in keyof Names]: Session;
  }>;
}

export function placeBid(base: string, token: string, auctionId: string, amount: unknown) {
  return call<{ bid: Bid; auction: Auction } & { error?: { code: string; minimumBid?: number } }>(
    base,
    'POST',
    `/api/auctions/${auctionId}/bids`,
    { token, body: { amount } },
  );
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` returns a truthy value or the deadline passes. */
export async function eventually<T>(
  check: () => Promise<T> | T,
  timeoutMs = 5000,
  stepMs = 25,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(stepMs);
  }
}
