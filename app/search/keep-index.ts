// When a replica's search indexes read their auctions (the open ones, those ended lately): once at start, after
// the event relay has subscribed, so no event falls between the reading and
// the subscription; again after each reconnection of the relay's subscriber
// (events published meanwhile were lost), a moment after it is ready so its
// resubscription has gone out first; and every few minutes, as a net for
// anything else.
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';

const AFTER_RECONNECT_MS = 250;

/** Returns the function that stops the readings. */
export async function keepSearchIndex(
  index: { rebuild(): Promise<void> },
  subscriber: Redis,
  log: FastifyBaseLogger,
  refreshMs = 5 * 60_000,
): Promise<() => void> {
  const rebuild = () =>
    index
      .rebuild()
      .catch((error: unknown) =>
        log.warn({ err: error }, 'search index: could not read the auctions'),
      );
  await rebuild();
  let soon: NodeJS.Timeout | undefined;
  const onReady = () => {
    clearTimeout(soon);
    soon = setTimeout(rebuild, AFTER_RECONNECT_MS);
  };
  subscriber.on('ready', onReady);
  const every = setInterval(rebuild, refreshMs).unref();
  return () => {
    subscriber.off('ready', onReady);
    clearTimeout(soon);
    clearInterval(every);
  };
}
