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
  fieldOf,
  hashToRecord,
  toAuction,
  toBid,
  type FlatHash,
  type StoreEvent,
  type StoredBid,
} from '../../core/auction-view.ts';
import { whenReady } from '../../core/redis/connection.ts';
import { auctionRoom, LOBBY_ROOM, userRoom } from './rooms.ts';

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
  return {
    async stop() {
      await subscriber.unsubscribe(channel).catch(() => {});
    },
  };
}

/** Whether any socket of this replica is in the room (the adapter's local rooms). */
function listened(io: Server, room: string): boolean {
  return (io.sockets.adapter.rooms.get(room)?.size ?? 0) > 0;
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

/** cjson encodes an empty Lua list as {}. */
const listOf = <T>(value: T[] | Record<string, never>): T[] => (Array.isArray(value) ? value : []);

function deliver(io: Server, event: StoreEvent): void {
  const local = io.local;
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
      const auction = toAuction(hashToRecord(event.state));
      if (watched) {
        for (const bid of event.bids)
          local.to(room).emit('bid:placed', { auctionId, bid: toBid(bid), auction });
        if (event.extended)
          local.to(room).emit('auction:extended', { auctionId, endsAt: auction.endsAt, auction });
      }
      if (lobby) local.to(LOBBY_ROOM).emit('auction:updated', { auction });
      if (alerted.length > 0) local.to(alerted).emit('bid:outbid', { auctionId, auction });
      return;
    }
    case 'auction:created': {
      local.emit('auction:created', { auction: toAuction(hashToRecord(event.state)) });
      return;
    }
    case 'auction:closed':
    case 'auction:cancelled': {
      const auction = toAuction(hashToRecord(event.state));
      local.to(auctionRoom(auction.id)).emit(event.type, { auctionId: auction.id, auction });
      local.to(LOBBY_ROOM).emit('auction:updated', { auction });
      // The winner (or, below a reserve, the highest bidder) and the seller
      // hear how it ended on every device, on any page.
      if (event.type === 'auction:closed') {
        const parties = [(auction.winner ?? auction.leader)?.id, auction.seller.id]
          .flatMap((id) => (id ? [userRoom(id)] : []))
          .filter((room) => listened(io, room));
        if (parties.length > 0)
          local.to(parties).emit('auction:result', { auctionId: auction.id, auction });
      }
      return;
    }
    case 'bid:outbid': {
      const auction = toAuction(hashToRecord(event.state));
      local.to(event.userIds.map(userRoom)).emit('bid:outbid', { auctionId: auction.id, auction });
      return;
    }
    case 'auction:ending-soon': {
      // Socket watchers of the auction and every device of users watching it.
      const watchers = listOf(event.watcherIds);
      const rooms = [auctionRoom(event.auctionId), ...watchers.map(userRoom)];
      const auction = toAuction(hashToRecord(event.state));
      local.to(rooms).emit('auction:ending-soon', {
        auctionId: auction.id,
        endsAt: event.endsAt,
        auction,
      });
      return;
    }
    case 'auction:report': {
      local.to(auctionRoom(event.auctionId)).emit('auction:report', { auctionId: event.auctionId });
      return;
    }
  }
}
