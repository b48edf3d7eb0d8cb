// A bidder that speaks Socket.IO's wire protocol (Engine.IO 4 text frames,
// Socket.IO 5 packets) over `ws` — the transport socket.io-client itself
// uses in Node — and reads no more of the server's frames than it needs, as
// autocannon reads an HTTP answer's status and never parses its body. With
// it the Socket.IO and REST ceilings compare the servers rather than the two
// load generators' parsers (docs/performance.md).
//
// Frames, first bytes: Engine.IO `0` open, `2` ping (answered `3`), `4`
// message; inside a message, Socket.IO `0` connect (sent with the auth
// object), `2` event (sent with an ack id), `3` ack, `4` connect error. Event
// frames from the server (alerts) are dropped undecoded.
import WebSocket from 'ws';

export interface WireSocket {
  /** Resolves with the ack's arguments as JSON text, undecoded: `[reply]`. */
  emitWithAck(event: string, data: unknown, timeoutMs: number): Promise<string>;
  close(): void;
}

const byte = (text: string) => text.charCodeAt(0);
const [OPEN, PING, MESSAGE] = [byte('0'), byte('2'), byte('4')];
const [CONNECT, ACK, CONNECT_ERROR] = [byte('0'), byte('3'), byte('4')];
const OPEN_BRACKET = byte('[');

/** `auth` is the handshake's auth object, e.g. {token, compact: true}. */
export function connectWireSocket(
  url: string,
  auth: Record<string, unknown>,
  timeoutMs: number,
): Promise<WireSocket> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, {
    perMessageDeflate: false,
    // What an HTTP load generator never pays: checking that every text frame
    // is valid UTF-8, and masking every frame it sends (a mask of zeros, which
    // RFC 6455 allows, lets ws skip the XOR; the server unmasks either way).
    skipUTF8Validation: true,
    generateMask: () => {},
  });
  const waiting = new Map<number, (args: string) => void>();
  let nextId = 0;

  /** `43<id>[…]`: the id's digits end at the bracket. */
  function acknowledged(frame: Buffer): void {
    const bracket = frame.indexOf(OPEN_BRACKET, 2);
    const id = Number(frame.toString('latin1', 2, bracket));
    const resolve = waiting.get(id);
    waiting.delete(id);
    resolve?.(frame.toString('utf8', bracket));
  }

  const socket: WireSocket = {
    emitWithAck(event, data, ackTimeoutMs) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error('ack timed out'));
        }, ackTimeoutMs);
        waiting.set(id, (args) => {
          clearTimeout(timer);
          resolve(args);
        });
        ws.send(`42${id}${JSON.stringify([event, data])}`);
      });
    },
    close: () => ws.close(),
  };

  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      ws.terminate();
      reject(error);
    };
    const timer = setTimeout(() => fail(new Error('connect timed out')), timeoutMs);
    ws.on('error', fail);
    ws.on('message', (frame: Buffer) => {
      const [engine, packet] = [frame[0], frame[1]];
      if (engine === MESSAGE && packet === ACK) acknowledged(frame);
      else if (engine === PING) ws.send('3');
      else if (engine === OPEN) ws.send(`40${JSON.stringify(auth)}`);
      else if (engine === MESSAGE && packet === CONNECT) {
        clearTimeout(timer);
        resolve(socket);
      } else if (engine === MESSAGE && packet === CONNECT_ERROR) {
        clearTimeout(timer);
        fail(new Error(`connect refused: ${frame.toString('utf8', 2)}`));
      }
    });
  });
}
