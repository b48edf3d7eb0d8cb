// Small waiting helpers for drive-stack.ts: poll until something holds, or
// fail with a message naming what never happened.
import type { Socket } from 'socket.io-client';

const POLL_MS = 200;

export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Resolves once GET /readyz answers 200 (Redis reachable) at `baseUrl`. */
export function waitUntilReady(baseUrl: string, timeoutMs: number): Promise<void> {
  const ready = () =>
    fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2000) }).then(
      (response) => response.ok,
      () => false,
    );
  return waitFor(ready, timeoutMs, `${baseUrl}/readyz`);
}

/** Collects every payload of `event` received by `socket`, in arrival order. */
export function eventsOf<T>(socket: Socket, event: string): T[] {
  const received: T[] = [];
  socket.on(event, (payload: T) => received.push(payload));
  return received;
}
