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
import { auctionRoom, LOBBY_ROOM } from './rooms.ts';

export interface EventRelay {
  stop(): Promise<void>;
}

export async function startEventRelay(
  io: Server,
  subscriber: Redis,
  channel: string,
  onEvent: (event: StoreEvent) => void = () => {},
): Promise<EventRelay> {
  await whenReady(subscriber); // ioredis#2037: subscribe only once ready
  subscriber.on('message', (from: string, message: string) => {
    if (from !== channel) return;
    const event = JSON.parse(message) as StoreEvent;
    deliver(io, event);
    onEvent(event);
  });
  await subscriber.subscribe(channel);
  return {
    async stop() {
      await subscriber.unsubscribe(channel).catch(() => {});
    },
  };
}

function deliver(io: Server, event: StoreEvent): void {
  const local = io.local;
  switch (event.type) {
    case 'bid:placed': {
      const auction = toAuction(hashToRecord(event.state));
      local
        .to(auctionRoom(auction.id))
        .emit('bid:placed', { auctionId: auction.id, bid: toBid(event.bid), auction });
      local.to(LOBBY_ROOM).emit('auction:updated', { auction });
      return;
    }
    case 'auction:created': {
      local.emit('auction:created', { auction: toAuction(hashToRecord(event.state)) });
      return;
    }
    case 'auction:closed': {
      const auction = toAuction(hashToRecord(event.state));
      local.to(auctionRoom(auction.id)).emit('auction:closed', { auctionId: auction.id, auction });
      local.to(LOBBY_ROOM).emit('auction:updated', { auction });
      return;
    }
    case 'auction:report': {
      local.to(auctionRoom(event.auctionId)).emit('auction:report', { auctionId: event.auctionId });
      return;
    }
  }
}
