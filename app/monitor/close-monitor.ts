// Closes auctions when they end. Every replica runs one; the close script is
// atomic, so however many race, each auction is closed and announced once.
//
// It does not poll every auction: each pass asks Redis for what is due (the
// head of the endsAt-ordered set) and how long until the next end, by
// Redis's clock, then sleeps exactly that long (capped by maxSleepMs, so an
// auction created elsewhere with an earlier end is still seen in time; the
// event relay also wakes it early through `notifyEnd`).
import type { FastifyBaseLogger } from 'fastify';
import type { AuctionStore } from '../../core/redis/auction-store.ts';

export interface CloseMonitorOptions {
  store: AuctionStore;
  batchSize: number;
  maxSleepMs: number;
  log: FastifyBaseLogger;
  /** Called after each pass that closed something, with each close's lag in ms. */
  onClosed?: (lagsMs: number[]) => void;
}

export interface CloseMonitor {
  /** An auction now ends at `endsAtMs` (server time): wake up in time for it. */
  notifyEnd(endsAtMs: number): void;
  stop(): Promise<void>;
}

export function startCloseMonitor(options: CloseMonitorOptions): CloseMonitor {
  const { store, batchSize, maxSleepMs, log } = options;
  let timer: NodeJS.Timeout | undefined;
  let wakeAt = Infinity;
  let running: Promise<void> | undefined;
  let stopped = false;

  function schedule(delayMs: number): void {
    if (stopped) return;
    clearTimeout(timer);
    wakeAt = Date.now() + delayMs;
    timer = setTimeout(() => {
      running = pass().finally(() => (running = undefined));
    }, delayMs);
  }

  async function pass(): Promise<void> {
    try {
      const { closed, msUntilNextDue, lagsMs } = await store.closeDue(batchSize);
      if (closed > 0) {
        log.info({ closed }, 'closed due auctions');
        options.onClosed?.(lagsMs);
      }
      if (closed === batchSize) return schedule(0); // more may be due right now
      schedule(msUntilNextDue < 0 ? maxSleepMs : Math.min(msUntilNextDue, maxSleepMs));
    } catch (error) {
      log.warn({ err: (error as Error).message }, 'close pass failed; retrying');
      schedule(maxSleepMs);
    }
  }

  schedule(0);
  return {
    notifyEnd(endsAtMs: number) {
      // Local and Redis clocks may differ slightly; maxSleepMs bounds the error.
      const delay = Math.max(0, endsAtMs - Date.now());
      if (!running && Date.now() + delay < wakeAt) schedule(delay);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
