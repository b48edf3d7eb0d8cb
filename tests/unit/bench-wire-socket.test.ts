// The bench's wire-level bidder must speak Socket.IO as the real server
// hears it: handshake auth, acks matched by id (also out of order), other
// events ignored, pings answered, refused handshakes reported.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { Server } from 'socket.io';
import { connectWireSocket } from '../../bench/wire-socket.ts';

/** The ack's arguments arrive as JSON text; the reply is the first. */
const replyOf = async (args: Promise<string>) => (JSON.parse(await args) as unknown[])[0];

describe('connectWireSocket', () => {
  const http = createServer();
  const io = new Server(http, { serveClient: false, pingInterval: 50, pingTimeout: 100 });
  let url = '';

  before(async () => {
    io.use((socket, next) => {
      const token: unknown = socket.handshake.auth?.token;
      if (token === 'refused') return next(new Error('Invalid or expired session token.'));
      socket.data.token = token ?? null;
      next();
    });
    io.on('connection', (socket) => {
      socket.on('echo', (payload: { delayMs: number }, ack: (reply: unknown) => void) => {
        // An unrelated event first: the client must skip it.
        socket.emit('bid:outbid', { auctionId: 'x', note: '43[not an ack] ação' });
        setTimeout(
          () => ack({ payload, token: socket.data.token, text: 'lance é' }),
          payload.delayMs,
        );
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });

  after(async () => {
    await io.close();
  });

  it('sends the auth token and matches acks to their emits, even out of order', async () => {
    const socket = await connectWireSocket(url, { token: 'good' }, 2000);
    try {
      const slow = socket.emitWithAck('echo', { delayMs: 80, n: 1 }, 2000);
      const fast = socket.emitWithAck('echo', { delayMs: 0, n: 2 }, 2000);
      assert.deepEqual(await replyOf(fast), {
        payload: { delayMs: 0, n: 2 },
        token: 'good',
        text: 'lance é',
      });
      assert.deepEqual(await replyOf(slow), {
        payload: { delayMs: 80, n: 1 },
        token: 'good',
        text: 'lance é',
      });
    } finally {
      socket.close();
    }
  });

  it('connects without a token', async () => {
    const socket = await connectWireSocket(url, {}, 2000);
    try {
      const reply = await replyOf(socket.emitWithAck('echo', { delayMs: 0 }, 2000));
      assert.deepEqual(reply, { payload: { delayMs: 0 }, token: null, text: 'lance é' });
    } finally {
      socket.close();
    }
  });

  it('answers pings, so the server keeps the connection', async () => {
    const socket = await connectWireSocket(url, { token: 'good' }, 2000);
    try {
      // Several ping intervals and timeouts (50 + 100 ms) go by.
      await new Promise((resolve) => setTimeout(resolve, 600));
      assert.equal(io.sockets.sockets.size, 1);
      assert.ok(await socket.emitWithAck('echo', { delayMs: 0 }, 2000));
    } finally {
      socket.close();
    }
  });

  it('rejects when the server refuses the handshake', async () => {
    await assert.rejects(connectWireSocket(url, { token: 'refused' }, 2000), /connect refused/);
  });

  it('rejects an ack that does not come in time', async () => {
    const socket = await connectWireSocket(url, { token: 'good' }, 2000);
    try {
      await assert.rejects(socket.emitWithAck('echo', { delayMs: 500 }, 50), /timed out/);
    } finally {
      socket.close();
    }
  });
});
