// Sits between a page and the server's WebSocket (Playwright's routeWebSocket)
// and drops chosen Socket.IO events on their way to the page — a real network
// losing or delaying one message, without touching the server or the UI.
import type { Page } from 'playwright-core';

export interface SocketFilter {
  /** Resolves once Socket.IO has upgraded to the WebSocket we filter; rejects after 10 s. */
  upgraded(): Promise<void>;
  /** Events dropped so far, by name. */
  dropped: string[];
}

/** Drops server→page events for which `drop(eventName, payload)` returns true. */
export async function filterSocketEvents(
  page: Page,
  drop: (event: string, payload: unknown) => boolean,
): Promise<SocketFilter> {
  const dropped: string[] = [];
  let markUpgraded = () => {};
  const upgraded = new Promise<void>((resolve) => (markUpgraded = resolve));
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      // Engine.IO packet "5" completes the upgrade from polling to WebSocket.
      if (message === '5') markUpgraded();
      server.send(message);
    });
    server.onMessage((message) => {
      // Socket.IO event packets are "42" + JSON array [name, payload].
      if (typeof message === 'string' && message.startsWith('42[')) {
        const [event, payload] = JSON.parse(message.slice(2)) as [string, unknown];
        if (drop(event, payload)) {
          dropped.push(event);
          return;
        }
      }
      ws.send(message);
    });
  });
  return {
    dropped,
    upgraded: () =>
      Promise.race([
        upgraded,
        new Promise<void>((_, reject) =>
          setTimeout(
            () => reject(new Error('Socket.IO never upgraded to WebSocket')),
            10_000,
          ).unref(),
        ),
      ]),
  };
}
