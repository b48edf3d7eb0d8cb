// What the scenarios bid with: users signed up through the API (so their
// tokens are real sessions), auctions created through the API, and rising
// amounts so that bids are accepted rather than refused.
import type { Auction } from '../core/schemas.ts';
import { createAuction, register, type Session } from '../tests/support/api-client.ts';

/** Runs `task(i)` for i in [0, count) with at most `parallel` at once. */
export async function inBatches<T>(
  count: number,
  parallel: number,
  task: (i: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += parallel) {
    const size = Math.min(parallel, count - start);
    results.push(...(await Promise.all(Array.from({ length: size }, (_, j) => task(start + j)))));
  }
  return results;
}

/** Signs up `count` users, spread over the replicas (scrypt runs where they land). */
export function signUpUsers(urls: readonly string[], count: number): Promise<Session[]> {
  return inBatches(count, 8, (i) => register(urls[i % urls.length] as string, `Bidder ${i}`));
}

/** A realistic lot: a title and a short paragraph, since events carry the whole auction. */
const DESCRIPTION =
  'Relógio de bolso em prata, mecanismo suíço revisado, caixa original e certificado. ' +
  'Pequenos sinais de uso na tampa traseira; funcionamento perfeito. Retirada ou envio.';

export function openAuctions(
  url: string,
  seller: Session,
  count: number,
  fields: Record<string, unknown> = {},
): Promise<Auction[]> {
  return inBatches(count, 50, (i) =>
    createAuction(url, seller.token, {
      title: `Lote ${i + 1}`,
      description: DESCRIPTION,
      startingPrice: 1000,
      minIncrement: 1,
      durationSeconds: 3600,
      ...fields,
    }),
  );
}

/**
 * Next amount to offer per auction: each call is one centavo above the last
 * (minIncrement is 1), so a bid is refused only when a higher one overtook it.
 */
export function amountBook(startingPrice = 1000) {
  const last = new Map<string, number>();
  return (auctionId: string): number => {
    const amount = (last.get(auctionId) ?? startingPrice - 1) + 1;
    last.set(auctionId, amount);
    return amount;
  };
}
export type AmountBook = ReturnType<typeof amountBook>;
