// A reply no real Redis sends — an array nested deeper than the stack, as a
// compromised or impersonated server, or a man in the middle of a plain-TCP
// link, could send — must cost one connection, not the replica: the command
// fails, the client reconnects, the next command works. With ioredis 5
// (redis-parser) the RangeError escaped the socket's data handler and the
// process died (redis/ioredis#2108). The server here is a stand-in speaking
// just enough RESP2 for our connection options.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { describe, it } from 'node:test';
import { createRedisFor } from '../../core/redis/connection.ts';

const DEPTH = 200_000;
const INFO = '# Server\r\nloading:0\r\n';

/** The commands in `buffer` (RESP arrays of bulk strings), and what is left of it. */
function commandsIn(buffer: string): { commands: string[][]; rest: string } {
  const commands: string[][] = [];
  let at = 0;
  for (;;) {
    const header = /^\*(\d+)\r\n/.exec(buffer.slice(at));
    if (!header) break;
    let cursor = at + header[0].length;
    const args: string[] = [];
    for (let i = 0; i < Number(header[1]); i += 1) {
      const length = /^\$(\d+)\r\n/.exec(buffer.slice(cursor));
      if (!length) return { commands, rest: buffer.slice(at) };
      const start = cursor + length[0].length;
      if (buffer.length < start + Number(length[1]) + 2)
        return { commands, rest: buffer.slice(at) };
      args.push(buffer.slice(start, start + Number(length[1])));
      cursor = start + Number(length[1]) + 2;
    }
    commands.push(args);
    at = cursor;
  }
  return { commands, rest: buffer.slice(at) };
}

describe('a hostile Redis reply', () => {
  it('nested past the stack fails the command and the connection, not the process', async () => {
    let pings = 0;
    const server = createServer((socket: Socket) => {
      let pending = '';
      socket.on('error', () => {});
      socket.on('data', (data) => {
        const { commands, rest } = commandsIn(pending + data.toString('latin1'));
        pending = rest;
        for (const [name = ''] of commands) {
          const command = name.toUpperCase();
          if (command === 'INFO') socket.write(`$${INFO.length}\r\n${INFO}\r\n`);
          else if (command !== 'PING') socket.write('+OK\r\n');
          else if ((pings += 1) === 1) socket.write('*1\r\n'.repeat(DEPTH) + ':1\r\n');
          else socket.write('+PONG\r\n');
        }
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const redis = createRedisFor(
      { REDIS_HOST: '127.0.0.1', REDIS_PORT: port, REDIS_DB: 0 },
      'commands',
    );
    redis.on('error', () => {});
    try {
      await once(redis, 'ready');
      await assert.rejects(redis.ping());
      await once(redis, 'ready');
      assert.equal(await redis.ping(), 'PONG');
      assert.equal(pings, 2);
    } finally {
      redis.disconnect();
      server.close();
    }
  });
});
