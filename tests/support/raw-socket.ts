// A Socket.IO client that speaks the wire protocol itself (Engine.IO v4 over
// a WebSocket), so tests can send packets socket.io-client would never
// produce: numbers JSON cannot round-trip (1e400, -0), own `__proto__` keys,
// malformed frames. Packets: "0" open, "2"/"3" ping/pong, "40" connect,
// "44" connect error, "42<id>[...]" event with ack id, "43<id>[...]" ack.
// https://socket.io/docs/v4/socket-io-protocol/

export interface RawSocket {
  /**
   * Sends an EVENT packet whose JSON array is `argsText` verbatim (e.g.
   * '["bid:place",{"amount":1e400}]') and resolves with the ack's arguments,
   * or null when no ack came within `timeoutMs` or the connection closed.
   */
  emitRaw(argsText: string, timeoutMs?: number): Promise<unknown[] | null>;
  /** Sends one WebSocket text frame as is. */
  sendFrame(text: string): void;
  readonly open: boolean;
  /** Resolves when the server or the client closed the connection. */
  closed: Promise<void>;
  close(): void;
}

export type RawConnectResult =
  | { kind: 'connected'; socket: RawSocket }
  /** The server answered the connect packet with CONNECT_ERROR. */
  | { kind: 'refused'; error: unknown }
  /** The server closed the connection (e.g. an invalid connect packet). */
  | { kind: 'closed' };

/** Opens a connection and sends the connect packet with `authText` (raw JSON, or '' for none). */
export function connectRaw(baseUrl: string, authText = ''): Promise<RawConnectResult> {
  const ws = new WebSocket(
    `${baseUrl.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`,
  );
  const acks = new Map<number, (args: unknown[] | null) => void>();
  let nextAckId = 0;
  let open = false;
  let settle: (result: RawConnectResult) => void = () => {};
  const result = new Promise<RawConnectResult>((resolve) => (settle = resolve));
  const closed = new Promise<void>((resolve) =>
    ws.addEventListener('close', () => {
      open = false;
      for (const answer of acks.values()) answer(null);
      acks.clear();
      settle({ kind: 'closed' });
      resolve();
    }),
  );
  ws.addEventListener('error', () => {}); // a close follows every error

  const socket: RawSocket = {
    emitRaw(argsText, timeoutMs = 3000) {
      if (!open) return Promise.resolve(null);
      const id = nextAckId++;
      return new Promise((resolve) => {
        const timer = setTimeout(() => answer(null), timeoutMs);
        const answer = (args: unknown[] | null) => {
          clearTimeout(timer);
          acks.delete(id);
          resolve(args);
        };
        acks.set(id, answer);
        ws.send(`42${id}${argsText}`);
      });
    },
    sendFrame: (text) => ws.send(text),
    get open() {
      return open;
    },
    closed,
    close: () => ws.close(),
  };

  ws.addEventListener('message', (message: MessageEvent) => {
    const text = String(message.data);
    if (text === '2') return ws.send('3');
    if (text.startsWith('0')) return ws.send(`40${authText}`);
    if (text.startsWith('40')) {
      open = true;
      return settle({ kind: 'connected', socket });
    }
    if (text.startsWith('44')) return settle({ kind: 'refused', error: JSON.parse(text.slice(2)) });
    const ack = /^43(\d+)(.*)$/s.exec(text);
    if (ack) acks.get(Number(ack[1]))?.(JSON.parse(ack[2] as string) as unknown[]);
  });
  return result;
}
