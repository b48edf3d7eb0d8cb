// Socket.IO event handlers. Every payload is validated against its schema in
// core/schemas.ts; anything wrong gets an error ack, never a crash.
import type { Socket } from 'socket.io';
import { Compile } from 'typebox/compile';
import type { TSchema } from 'typebox';
import { AppError, ErrorCode, errors } from '../../core/errors.ts';
import {
  AuctionRequest,
  PlaceBidRequest,
  RaiseMaximumRequest,
  UnwatchRequest,
  WatchRequest,
  type PublicUser,
} from '../../core/schemas.ts';
import { toAppError } from '../plugins/errors.ts';
import type { Services } from '../services.ts';
import { auctionRoom, joinRooms, leaveRoom, LOBBY_ROOM } from './rooms.ts';

/** Bids returned in a watch ack at most; a client further behind pages over REST. */
const MAX_MISSED = 500;

type Ack = (reply: unknown) => void;

function validator<T extends TSchema>(schema: T) {
  const compiled = Compile(schema);
  return (payload: unknown) => {
    if (compiled.Check(payload)) return payload;
    const first = compiled.Errors(payload)[0];
    throw errors.validation(
      `Invalid payload${first ? `: ${first.instancePath || '/'} ${first.message}` : ''}.`,
    );
  };
}

const parseWatch = validator(WatchRequest);
const parseUnwatch = validator(UnwatchRequest);
const parseBid = validator(PlaceBidRequest);
const parseRaiseMaximum = validator(RaiseMaximumRequest);
const parseAuction = validator(AuctionRequest);

function signedIn(socket: Socket): PublicUser {
  const user = socket.data.user as PublicUser | null;
  if (!user) throw new AppError(ErrorCode.UNAUTHORIZED, 'Sign in to bid.');
  return user;
}

/**
 * An in-process token bucket: at most `perSecond` events per second on one
 * connection, in bursts of 5×. A flood from one socket is refused with
 * RATE_LIMITED before it costs Redis anything; bids are also limited per
 * user across replicas (app/rate-limits.ts).
 */
function eventBudget(perSecond: number): () => boolean {
  const capacity = perSecond * 5;
  let tokens = capacity;
  let last = performance.now();
  return () => {
    const now = performance.now();
    tokens = Math.min(capacity, tokens + ((now - last) / 1000) * perSecond);
    last = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

const tooFast = () =>
  new AppError(ErrorCode.RATE_LIMITED, 'Too many events on this connection; slow down.', {
    retryAfterSeconds: 1,
  });

/**
 * Registers a handler that always answers its ack exactly once: the result,
 * or {ok:false, error:{code,message}}. Events sent without an ack function
 * still run (e.g. unwatch), their result is dropped.
 */
function handle(
  socket: Socket,
  allow: () => boolean,
  event: string,
  run: (payload: unknown) => Promise<object>,
): void {
  socket.on(event, async (...args: unknown[]) => {
    // The ack, when there is one, is the last argument (even after extra ones).
    const last = args.at(-1);
    const ack = typeof last === 'function' ? last : undefined;
    const payload = args[0] === ack ? undefined : args[0];
    const reply: Ack = typeof ack === 'function' ? (ack as Ack) : () => {};
    try {
      if (!allow()) throw tooFast();
      reply({ ok: true, ...(await run(payload)) });
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === ErrorCode.INTERNAL_ERROR) {
        socket.data.log?.error({ err: error, event }, 'socket handler failed');
      }
      reply({ ok: false, ...appError.toBody() });
    }
  });
}

export function registerSocketHandlers(socket: Socket, services: Services): void {
  const { auctions } = services;
  const allow = eventBudget(services.config.SOCKET_EVENTS_PER_SECOND);
  const on = (event: string, run: (payload: unknown) => Promise<object>) =>
    handle(socket, allow, event, run);

  on('auction:watch', async (payload) => {
    const { auctionId, sinceSeq } = parseWatch(payload);
    // Join before reading, so an event racing the read is received anyway;
    // clients de-duplicate by seq.
    await joinRooms(socket, [auctionRoom(auctionId)]);
    const auction = await auctions.get(auctionId);
    if (!auction) {
      await leaveRoom(socket, auctionRoom(auctionId));
      throw errors.auctionNotFound();
    }
    const missed =
      sinceSeq === undefined ? [] : await auctions.bids(auctionId, sinceSeq, MAX_MISSED);
    return { auction, missed };
  });

  on('auction:unwatch', async (payload) => {
    await leaveRoom(socket, auctionRoom(parseUnwatch(payload).auctionId));
    return {};
  });

  on('lobby:watch', async () => {
    await joinRooms(socket, [LOBBY_ROOM]);
    return {};
  });

  on('lobby:unwatch', async () => {
    await leaveRoom(socket, LOBBY_ROOM);
    return {};
  });

  on('bid:place', async (payload) => {
    const user = signedIn(socket);
    const { auctionId, amount, maxAmount, idempotencyKey } = parseBid(payload);
    const ip = socket.data.ip as string;
    return services.bidding.place({
      auctionId,
      bidder: user,
      amount,
      maxAmount,
      ip,
      idempotencyKey,
    });
  });

  on('bid:raise-max', async (payload) => {
    const leader = signedIn(socket);
    const { auctionId, maxAmount } = parseRaiseMaximum(payload);
    const ip = socket.data.ip as string;
    return services.bidding.raiseMaximum({ auctionId, leader, maxAmount, ip });
  });

  on('auction:buy-now', async (payload) => {
    const { auctionId } = parseAuction(payload);
    const buyer = signedIn(socket);
    return services.bidding.buyNow({ auctionId, buyer, ip: socket.data.ip as string });
  });

  // As `POST /api/auctions/:id/bids/retract`: the same rules, limits and answer.
  on('bid:retract', async (payload) => {
    const { auctionId } = parseAuction(payload);
    const bidder = signedIn(socket);
    return services.bidding.retract({ auctionId, bidder, ip: socket.data.ip as string });
  });
}
