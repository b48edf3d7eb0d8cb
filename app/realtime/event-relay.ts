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
import { hashToRecord, toAuction, toBid, type StoreEvent } from '../../core/auction-view.ts';
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
      const event = JSON.parse(message) as StoreEvent;
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

function deliver(io: Server, event: StoreEvent): void {
  const local = io.local;
  switch (event.type) {
    case 'bid:placed': {
      // Every replica hears every bid; most have no watcher of that auction.
      // Socket.IO would build and encode the packet even for an empty room,
      // so the busiest event skips what nobody here would receive.
      const room = auctionRoom(event.bid.auctionId);
      const [watched, lobby] = [listened(io, room), listened(io, LOBBY_ROOM)];
      if (!watched && !lobby) return;
      const auction = toAuction(hashToRecord(event.state));
      if (watched)
        local
          .to(room)
          .emit('bid:placed', { auctionId: auction.id, bid: toBid(event.bid), auction });
      if (lobby) local.to(LOBBY_ROOM).emit('auction:updated', { auction });
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
      return;
    }
    case 'auction:extended': {
      const auction = toAuction(hashToRecord(event.state));
      const payload = { auctionId: auction.id, endsAt: auction.endsAt, auction };
      local.to(auctionRoom(auction.id)).emit('auction:extended', payload);
      return;
    }
    case 'bid:outbid': {
      const auction = toAuction(hashToRecord(event.state));
      local.to(event.userIds.map(userRoom)).emit('bid:outbid', { auctionId: auction.id, auction });
      return;
    }
    case 'auction:ending-soon': {
      // Socket watchers of the auction and every device of users watching it.
      // cjson encodes an empty Lua list as {}, hence the Array check.
      const watchers = Array.isArray(event.watcherIds) ? event.watcherIds : [];
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
