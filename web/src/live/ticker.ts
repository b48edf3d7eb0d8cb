// One shared once-a-second tick for every countdown on the page, running only
// while something displays the time. Values are the server's clock, in ms.
import { useSyncExternalStore } from 'react';
import { serverNow } from './server-clock.ts';

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;
let current = serverNow();

function tick(): void {
  current = serverNow();
  listeners.forEach((listener) => listener());
  // Align ticks to the server's second boundaries so all countdowns agree.
  timer = setTimeout(tick, 1000 - (current % 1000) + 5);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) tick();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) clearTimeout(timer);
  };
}

export function useServerNow(): number {
  return useSyncExternalStore(subscribe, () => current);
}
