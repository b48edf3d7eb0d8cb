// Turns a validated create-auction body into a NewAuction, checking the
// rules that tie fields together. Times are checked against the server's
// clock later, inside the create script.
import { errors } from '../core/errors.ts';
import type { NewAuction } from '../core/redis/auction-store.ts';
import type { CreateAuctionBody, PublicUser } from '../core/schemas.ts';

const ms = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));

export function toNewAuction(
  body: CreateAuctionBody,
  seller: PublicUser,
  notices: Pick<NewAuction, 'endingSoonMs' | 'endingSoonEmailMs'>,
): NewAuction {
  const title = body.title.trim();
  if (title === '') throw errors.validation('The title cannot be blank.');
  if ((body.durationSeconds === undefined) === (body.endsAt === undefined)) {
    throw errors.validation('Give exactly one of durationSeconds or endsAt.');
  }
  const { startingPrice, reservePrice, buyNowPrice } = body;
  if (reservePrice !== undefined && reservePrice < startingPrice) {
    throw errors.validation('The reserve price cannot be below the starting price.');
  }
  if (buyNowPrice !== undefined && buyNowPrice <= Math.max(startingPrice, reservePrice ?? 0)) {
    throw errors.validation('The Buy It Now price must be above the starting and reserve prices.');
  }
  return {
    seller,
    title,
    description: body.description ?? '',
    startingPrice,
    minIncrement: body.minIncrement ?? null,
    softCloseSeconds: body.softCloseSeconds ?? 0,
    durationMs: body.durationSeconds === undefined ? undefined : body.durationSeconds * 1000,
    endsAtMs: ms(body.endsAt),
    startsAtMs: ms(body.startsAt),
    maxEndsAtMs: ms(body.maxEndsAt),
    reservePrice,
    buyNowPrice,
    category: body.category,
    ...notices,
  };
}
