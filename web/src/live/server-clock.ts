// The server's clock is the only clock (STYLE.md habit 12): countdowns use the
// device's clock plus an offset estimated from GET /api/time, assuming the
// server read its clock halfway through the round trip (NTP's basic idea).
import { api } from '../api/endpoints.ts';

export interface ClockSample {
  /** Device time (ms) when the request left and when the answer arrived. */
  sentAt: number;
  receivedAt: number;
  serverNow: number;
}

/** Offset to add to the device clock; the sample with the shortest round trip wins. */
export function estimateOffset(samples: ClockSample[]): number {
  const best = [...samples].sort((a, b) => a.receivedAt - a.sentAt - (b.receivedAt - b.sentAt))[0];
  return best ? best.serverNow - (best.sentAt + best.receivedAt) / 2 : 0;
}

let offsetMs = 0;

export function serverNow(): number {
  return Date.now() + offsetMs;
}

const SAMPLES = 3;
const RESYNC_MS = 5 * 60_000;
let resyncTimer: ReturnType<typeof setInterval> | undefined;

export async function syncServerClock(): Promise<void> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const sentAt = Date.now();
    try {
      const { now } = await api.serverTime();
      samples.push({ sentAt, receivedAt: Date.now(), serverNow: Date.parse(now) });
    } catch {
      // Keep the previous estimate; the next sync will try again.
    }
  }
  if (samples.length > 0) offsetMs = estimateOffset(samples);
  if (!resyncTimer) resyncTimer = setInterval(() => void syncServerClock(), RESYNC_MS);
}
