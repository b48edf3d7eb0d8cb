// Relays auction events from Redis to this replica's sockets.
//
// Why not emit through the Socket.IO adapter from the replica that took the
// bid? Because the Lua scripts PUBLISH each event inside the same atomic step
// that changes the state: no crash can commit a bid without its event, and
// Redis delivers publications in the order the scripts ran, i.e. in seq
// order. Two replicas emitting their own bids through the adapter could
// reach a watcher out of order. Each replica therefore subscribes once and
// emits to its local rooms only.
import type { Redis } from 'ioredis';
import type { Server } from 'socket.io';
import {
  auctionAfterBids,
  fieldOf,
  hashToRecord,
  listOf,
  toAuction,
  toBid,
  type FlatHash,
  type StoreEvent,
  type StoredBid,
} from '../../core/auction-view.ts';
import { whenReady } from '../../core/redis/connection.ts';
import { toFeedback } from '../../core/redis/feedback-store.ts';
import { toQuestion } from '../../core/redis/question-store.ts';
import type { Auction, CompactAuction, QuestionEvent, ReportDecided } from '../../core/schemas.ts';
import {
  auctionRoom,
  COMPACT_SOCKETS,
  compactTwin,
  LOBBY_ROOM,
  MODERATORS_ROOM,
  userRoom,
} from './rooms.ts';

export interface EventRelay {
  stop(): Promise<void>;
}

export async function startEventRelay(
  io: Server,
  subscriber: Redis,
  channel: string,
  onEvent: (event: StoreEvent) => void = () => {},
  onError: (error: unknown) => void = () => {},
): Promise<EventRelay> {
  await whenReady(subscriber); // ioredis#2037: subscribe only once ready
  subscriber.on('message', (from: string, message: string) => {
    if (from !== channel) return;
    try {
      const event = fromAnyRelease(JSON.parse(message) as StoreEvent | PreviousReleaseEvent);
      deliver(io, event);
      onEvent(event);
    } catch (error) {
      // One bad message must not take down the replica and its sockets.
      onError(error);
    }
  });
  await subscriber.subscribe(channel);
  // A reconnected subscriber missed what was published meanwhile (a Redis
  // restart or failover): every socket here is told to catch up — watchers
  // re-watch with sinceSeq, lists read again — a moment after `ready`, so the
  // resubscription has gone out first.
  let soon: NodeJS.Timeout | undefined;
  const onReconnected = () => {
    clearTimeout(soon);
    soon = setTimeout(() => io.local.emit('events:resync', {}), RESYNC_AFTER_MS);
  };
  subscriber.on('ready', onReconnected);
  return {
    async stop() {
      subscriber.off('ready', onReconnected);
      clearTimeout(soon);
      // Away, Redis has dropped the subscription already; asking would wait out the reconnection.
      if (subscriber.status === 'ready') await subscriber.unsubscribe(channel).catch(() => {});
    },
  };
}

const RESYNC_AFTER_MS = 250;

/** How many of this replica's sockets are in the room (the adapter's local rooms). */
function localCount(io: Server, room: string): number {
  return io.sockets.adapter.rooms.get(room)?.size ?? 0;
}

function listened(io: Server, room: string): boolean {
  return localCount(io, room) > 0;
}

/** An auction as compact sockets get it in events: all but the description, which never changes and may be long. */
function compactAuction(auction: Auction): CompactAuction {
  const { description, ...rest } = auction;
  return rest;
}

/**
 * Emits an event that carries an auction to this replica's sockets in
 * `rooms` (every socket when null): the whole auction to sockets that did not
 * ask for compact events, the compact form to those that did (rooms.ts).
 * Each form is built and encoded only when a socket here will receive it.
 */
function emitAuction(
  io: Server,
  rooms: string[] | null,
  event: string,
  payload: (auction: CompactAuction) => object,
  auction: Auction,
): void {
  const twins = rooms ? rooms.map(compactTwin) : [COMPACT_SOCKETS];
  const compactHere = twins.filter((twin) => listened(io, twin));
  // Every compact socket in a room is in its twin too: a room larger than
  // its twin holds a socket that wants the whole auction.
  const wholeHere = rooms
    ? rooms.some((room) => localCount(io, room) > localCount(io, compactTwin(room)))
    : io.sockets.sockets.size > localCount(io, COMPACT_SOCKETS);
  if (wholeHere)
    (rooms ? io.local.to(rooms) : io.local).except(compactHere).emit(event, payload(auction));
  if (compactHere.length > 0)
    io.local.to(compactHere).emit(event, payload(compactAuction(auction)));
}

/**
 * Every device of each author of the reports a moderator decided on:
 * `report:decided`, as *Minhas denúncias* lists it (`kept` comes with
 * `keptAt`, from which a keep may be appealed).
 */
function tellReporters(
  io: Server,
  auctionId: string,
  { decision, at, title, reporterIds }: Extract<StoreEvent, { type: 'reports:decided' }>['decided'],
): void {
  // No rooms at all would make the emit below a broadcast to every socket
  // (and Lua's JSON writes an empty list as {}): the scripts publish none, but
  // this must never reach everyone.
  if (!Array.isArray(reporterIds) || reporterIds.length === 0) return;
  const decidedAt = new Date(at).toISOString();
  const decided: ReportDecided = {
    auctionId,
    auctionTitle: title,
    status: decision,
    keptAt: decision === 'kept' ? decidedAt : null,
    decidedAt,
  };
  io.local.to(reporterIds.map(userRoom)).emit('report:decided', decided);
}

/** A moderator took the auction down: its seller hears why on every device. */
function tellSellerOfRemoval(io: Server, auction: Auction): void {
  const sellerRoom = userRoom(auction.seller.id);
  if (!listened(io, sellerRoom)) return;
  const auctionId = auction.id;
  emitAuction(io, [sellerRoom], 'auction:removed', (a) => ({ auctionId, auction: a }), auction);
}

/**
 * What replicas of the previous release publish: one `bid:placed` per bid and
 * `auction:extended` apart. During a rolling update old and new pods share
 * the channel; reading these too lets bids taken by old pods reach watchers
 * on new ones. (Old pods do not read `bids:placed`: their watchers fill the
 * gap by seq on the next event, or with `sinceSeq` when their pod stops.)
 */
type PreviousReleaseEvent =
  | { type: 'bid:placed'; state: FlatHash; bid: StoredBid }
  | { type: 'auction:extended'; state: FlatHash };

function fromAnyRelease(event: StoreEvent | PreviousReleaseEvent): StoreEvent {
  if (event.type === 'bid:placed')
    return { ...event, type: 'bids:placed', bids: [event.bid], extended: false, outbidUserIds: [] };
  if (event.type === 'auction:extended')
    return { ...event, type: 'bids:placed', bids: [], extended: true, outbidUserIds: [] };
  return event;
}

function deliver(io: Server, event: StoreEvent): void {
  switch (event.type) {
    case 'bids:placed': {
      // Every replica hears every bid; most have no watcher of that auction
      // and no socket of the bidders it overtook. Socket.IO would build and
      // encode each packet even for an empty room, so nothing is built for
      // rooms without a socket here.
      const auctionId = event.bids[0]?.auctionId ?? (fieldOf(event.state, 'id') as string);
      const room = auctionRoom(auctionId);
      const outbidRooms = listOf(event.outbidUserIds).map(userRoom);
      const watched = listened(io, room);
      const lobby = listened(io, LOBBY_ROOM);
      const alerted = outbidRooms.filter((userRoomName) => listened(io, userRoomName));
      if (!watched && !lobby && alerted.length === 0) return;
      const auction = auctionAfterBids(event.state, listOf(event.bids));
      if (watched) {
        for (const bid of event.bids) {
          const placed = toBid(bid);
          emitAuction(
            io,
            [room],
            'bid:placed',
            (a) => ({ auctionId, bid: placed, auction: a }),
            auction,
          );
        }
        if (event.extended)
          emitAuction(
            io,
            [room],
            'auction:extended',
            (a) => ({ auctionId, endsAt: auction.endsAt, auction: a }),
            auction,
          );
      }
      if (lobby) emitAuction(io, [LOBBY_ROOM], 'auction:updated', (a) => ({ auction: a }), auction);
      if (alerted.length > 0)
        emitAuction(io, alerted, 'bid:outbid', (a) => ({ auctionId, auction: a }), auction);
      return;
    }
    case 'bids:cancelled': {
      // Rare (a moderator's decision, a bidder's retraction, a seller's
      // cancellation), so built whether or not anyone listens here. The
      // leader's devices hear it wherever they are: they lead again, or at a
      // lower price, and may have been told they were outbid. So do the
      // devices of a bidder whose bids the seller cancelled: nobody else
      // tells them. A previous release's scripts only cancelled.
      const auction = toAuction(hashToRecord(event.state));
      const auctionId = auction.id;
      const reason = event.reason ?? 'moderation';
      const cancelledBidIds = listOf(event.cancelledBidIds);
      const bids = listOf(event.bids).map(toBid);
      const { bidderId } = event;
      const userRooms = [auction.leader?.id, bidderId].flatMap((id) => (id ? [userRoom(id)] : []));
      emitAuction(
        io,
        [auctionRoom(auctionId), ...userRooms],
        'bids:cancelled',
        (a) => ({
          auctionId,
          auction: a,
          reason,
          cancelledBidIds,
          bids,
          ...(bidderId && { bidderId }),
        }),
        auction,
      );
      emitAuction(io, [LOBBY_ROOM], 'auction:updated', (a) => ({ auction: a }), auction);
      return;
    }
    case 'auction:created': {
      const auction = toAuction(hashToRecord(event.state));
      emitAuction(io, null, 'auction:created', (a) => ({ auction: a }), auction);
      return;
    }
    case 'auction:closed':
    case 'auction:cancelled': {
      const auction = toAuction(hashToRecord(event.state));
      const auctionId = auction.id;
      emitAuction(
        io,
        [auctionRoom(auctionId)],
        event.type,
        (a) => ({ auctionId, auction: a }),
        auction,
      );
      emitAuction(io, [LOBBY_ROOM], 'auction:updated', (a) => ({ auction: a }), auction);
      // The winner (or, below a reserve, the highest bidder) and the seller
      // hear how it ended on every device, on any page.
      if (event.type === 'auction:closed') {
        const parties = [(auction.winner ?? auction.leader)?.id, auction.seller.id]
          .flatMap((id) => (id ? [userRoom(id)] : []))
          .filter((room) => listened(io, room));
        if (parties.length > 0)
          emitAuction(io, parties, 'auction:result', (a) => ({ auctionId, auction: a }), auction);
      }
      if (auction.outcome === 'REMOVED') tellSellerOfRemoval(io, auction);
      return;
    }
    case 'auction:edited':
    case 'auction:removed': {
      // The description may be what changed, so the auction's watchers get
      // it whole, compact sockets too (edits are rare: before the first bid).
      // An ended auction taken down changes only in its removal.
      const auction = toAuction(hashToRecord(event.state));
      const auctionId = auction.id;
      const room = auctionRoom(auctionId);
      if (listened(io, room)) io.local.to(room).emit('auction:edited', { auctionId, auction });
      emitAuction(io, [LOBBY_ROOM], 'auction:updated', (a) => ({ auction: a }), auction);
      if (event.type === 'auction:removed') tellSellerOfRemoval(io, auction);
      return;
    }
    case 'bid:outbid': {
      const auction = toAuction(hashToRecord(event.state));
      const auctionId = auction.id;
      emitAuction(
        io,
        event.userIds.map(userRoom),
        'bid:outbid',
        (a) => ({ auctionId, auction: a }),
        auction,
      );
      return;
    }
    case 'auction:ending-soon': {
      // Socket watchers of the auction and every device of users watching it.
      const watchers = listOf(event.watcherIds);
      const rooms = [auctionRoom(event.auctionId), ...watchers.map(userRoom)];
      const auction = toAuction(hashToRecord(event.state));
      const { auctionId, endsAt } = event;
      emitAuction(
        io,
        rooms,
        'auction:ending-soon',
        (a) => ({ auctionId, endsAt, auction: a }),
        auction,
      );
      return;
    }
    case 'question:asked':
    case 'question:answered': {
      // The auction's watchers, and every device of the one it concerns (the
      // seller of a new question, the asker of an answer) wherever they are.
      const concerned = event.type === 'question:asked' ? event.sellerId : event.askerId;
      const { auctionId, auctionTitle, sellerId, version } = event;
      const payload: QuestionEvent = {
        auctionId,
        auctionTitle,
        sellerId,
        version,
        question: toQuestion(event.question),
      };
      io.local.to([auctionRoom(auctionId), userRoom(concerned)]).emit(event.type, payload);
      return;
    }
    case 'question:removed': {
      const { auctionId, version, number } = event;
      io.local.to(auctionRoom(auctionId)).emit('question:removed', { auctionId, version, number });
      return;
    }
    case 'auction:watchers': {
      // Its page's count; no auction in it, so compact sockets get the same.
      const { auctionId, count } = event;
      const room = auctionRoom(auctionId);
      if (listened(io, room)) io.local.to(room).emit('auction:watchers', { auctionId, count });
      return;
    }
    case 'feedback:left':
    case 'feedback:replied': {
      // The sale's page, and every device of the one it concerns wherever
      // they are: the rated person of a rating, the author of an answer.
      const { auctionId, auctionTitle } = event;
      const feedback = toFeedback(auctionId, auctionTitle, event.feedback);
      const concerned = event.type === 'feedback:left' ? feedback.to : feedback.from;
      io.local
        .to([auctionRoom(auctionId), userRoom(concerned.id)])
        .emit(event.type, { auctionId, feedback });
      return;
    }
    case 'search:matched': {
      // Every device of each person told, where they are connected here.
      const here = event.matches.filter((match) => listened(io, userRoom(match.userId)));
      if (here.length === 0) return;
      const auction = toAuction(hashToRecord(event.state));
      for (const { userId, searchId, query, category } of here)
        emitAuction(
          io,
          [userRoom(userId)],
          'search:matched',
          (a) => ({ searchId, query, category, auction: a }),
          auction,
        );
      return;
    }
    case 'moderation:queue': {
      // Only the id: who reported is read through the REST queue, which checks the flag each time.
      io.local.to(MODERATORS_ROOM).emit('moderation:queue', { auctionId: event.auctionId });
      return;
    }
    case 'reports:decided': {
      tellReporters(io, event.auctionId, event.decided);
      return;
    }
    case 'moderation:appeals': {
      // Likewise: the appeal itself is read through the REST queue.
      io.local.to(MODERATORS_ROOM).emit('moderation:appeals', { appealId: event.appealId });
      if (event.decided) {
        const { userId, auctionId, status } = event.decided;
        io.local
          .to(userRoom(userId))
          .emit('appeal:decided', { appealId: event.appealId, auctionId, status });
      }
      return;
    }
    case 'moderator:changed': {
      const sockets = io.local.in(userRoom(event.userId));
      if (event.moderator) sockets.socketsJoin(MODERATORS_ROOM);
      else sockets.socketsLeave(MODERATORS_ROOM);
      return;
    }
    case 'auction:report': {
      io.local
        .to(auctionRoom(event.auctionId))
        .emit('auction:report', { auctionId: event.auctionId });
      return;
    }
  }
}
