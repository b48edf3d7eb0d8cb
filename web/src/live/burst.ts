// Gathers ids that arrive in a burst (fifty reports landing together, a
// moderator clearing the queue) into one call: `flush` runs once the ids stop
// coming for `quietMs`, and at the latest `maxWaitMs` after the first of
// them, so a steady stream still gets read now and then.

export interface BurstOptions {
  /** Quiet time that ends a burst. @default 300 */
  quietMs?: number;
  /** Longest a burst's first id waits. @default 1500 */
  maxWaitMs?: number;
}

export interface Burst {
  add(id: string): void;
  /** Drops what waits; nothing is flushed afterwards. */
  stop(): void;
}

export function collectBursts(
  flush: (ids: ReadonlySet<string>) => void,
  { quietMs = 300, maxWaitMs = 1500 }: BurstOptions = {},
): Burst {
  let ids = new Set<string>();
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;

  const clear = () => {
    clearTimeout(quiet);
    clearTimeout(deadline);
    quiet = deadline = undefined;
  };
  const fire = () => {
    clear();
    const gathered = ids;
    ids = new Set();
    flush(gathered);
  };

  return {
    add(id) {
      ids.add(id);
      clearTimeout(quiet);
      quiet = setTimeout(fire, quietMs);
      deadline ??= setTimeout(fire, maxWaitMs);
    },
    stop() {
      clear();
      ids = new Set();
    },
  };
}
