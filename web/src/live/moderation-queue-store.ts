// The moderators' queue as one page holds it, outside React so its order of
// events is plain to read and to test. Read a page at a time; each auction
// removed or kept here leaves the list at once — so do those removed with
// their seller's suspension, and a seller suspended or reinstated here reads
// so on every item of theirs (seller-suspension.ts). Kept live by
// `moderation:queue`: the events of a burst make one reading of the pages
// shown (burst.ts), readings run one at a time, and what a reading changes
// follows moderation-live.ts. A reading that started before this page
// changed its own list (a decision, another page) is read again instead.
import type {
  FlaggedAuction,
  FlagReason,
  ModerationQueue,
  SuspendResult,
} from '../../../core/schemas.ts';
import type { api } from '../api/endpoints.ts';
import type { SuspendChoices } from '../forms/suspension.ts';
import { createStore, type Store } from '../store.ts';
import { collectBursts, type BurstOptions } from './burst.ts';
import { mergeReading, readQueuePages, type QueueReading } from './moderation-live.ts';
import { pendingItems } from './moderation-queue.ts';
import type { SellerStanding } from './seller-suspension.ts';

export interface QueueView {
  /** 'failed' when the first page could not be read (see `failure`). */
  status: 'loading' | 'ready' | 'failed';
  /** Why the first page could not be read (an ApiError, most often); null otherwise. */
  failure: unknown;
  items: FlaggedAuction[];
  nextCursor: string | null;
  loadingMore: boolean;
  loadMoreFailed: boolean;
  /** Auctions wait that the list does not show: offer reading it again from the first page. */
  news: boolean;
  /** That reading is under way. */
  refreshing: boolean;
  /** What this page did to each seller's account, by seller id (see sellerStanding). */
  sellers: ReadonlyMap<string, SellerStanding>;
}

/** What a reading changed in the list, for the page to say (and to move the focus). */
export interface QueueChanges {
  /** Items that left: decided in another session. */
  left: FlaggedAuction[];
  /** Items with new reports, updated in place. */
  reported: FlaggedAuction[];
}

export type QueueApi = Pick<
  typeof api,
  'moderationQueue' | 'removeAuction' | 'dismissFlags' | 'suspendUser' | 'reinstateUser'
>;

export interface ModerationQueueOptions extends BurstOptions {
  onChanges(changes: QueueChanges): void;
}

const initial: QueueView = {
  status: 'loading',
  failure: null,
  items: [],
  nextCursor: null,
  loadingMore: false,
  loadMoreFailed: false,
  news: false,
  refreshing: false,
  sellers: new Map(),
};

export function createModerationQueue(api: QueueApi, options: ModerationQueueOptions) {
  const view: Store<QueueView> = createStore(initial);
  const update = (change: Partial<QueueView>) => view.set({ ...view.get(), ...change });
  let active = false;
  let started = false;
  /** Pages read since the first: a reading covers as many. */
  let pages = 1;
  /** Rises whenever this page changes its list itself: readings begun before are stale. */
  let generation = 0;
  const done = new Set<string>();
  const deciding = new Set<string>();
  /** Auctions heard of and not read yet; 'all' after events may have been missed. */
  let unread: Set<string> | 'all' | null = null;
  const remember = (ids: ReadonlySet<string> | 'all') => {
    unread = ids === 'all' || unread === 'all' ? 'all' : new Set([...(unread ?? []), ...ids]);
  };

  let chain: Promise<void> = Promise.resolve();
  /** Runs `job` after every reading before it. */
  const serially = <T>(job: () => Promise<T>): Promise<T> => {
    const run = chain.then(job);
    chain = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };

  const changedHere = () => (generation += 1);
  const settle = (auctionIds: readonly string[]) => {
    for (const id of auctionIds) done.add(id);
    changedHere();
    update({ items: view.get().items.filter(({ auction }) => !done.has(auction.id)) });
  };

  /** The first page, the list starting over (also what the notice does). */
  const readFirst = async () => {
    unread = null; // this reading covers them
    const decidedBefore = [...done];
    const page = await api.moderationQueue();
    // Decided before it, an auction listed again was reported again since.
    for (const id of decidedBefore) done.delete(id);
    pages = 1;
    changedHere();
    update({
      ...initial,
      status: 'ready',
      items: pendingItems(page.items, done),
      nextCursor: page.nextCursor,
    });
  };

  const readAgain = async (): Promise<void> => {
    const changed = unread;
    unread = null;
    if (changed === null || !active || view.get().status !== 'ready') return;
    const readFor = generation;
    let reading: QueueReading;
    try {
      reading = await readQueuePages(api.moderationQueue, pages);
    } catch {
      remember(changed); // read with the next event's
      return;
    }
    if (!active) return;
    if (readFor !== generation) {
      remember(changed);
      return void serially(readAgain);
    }
    const now = view.get();
    const merged = mergeReading(now.items, reading, changed, {
      listComplete: now.nextCursor === null,
      decidedHere: done,
      deciding,
    });
    // Before the list changes: the page still finds the focus in a leaving item.
    if (merged.left.length > 0 || merged.reported.length > 0)
      options.onChanges({ left: merged.left, reported: merged.reported });
    update({ items: merged.items, news: now.news || merged.news });
  };

  const burst = collectBursts((ids) => {
    remember(ids);
    void serially(readAgain);
  }, options);

  /** Runs a decision on `auctionIds`, which stay listed until it answers. */
  const whileDeciding = async <T>(auctionIds: readonly string[], run: () => Promise<T>) => {
    for (const id of auctionIds) deciding.add(id);
    try {
      return await run();
    } finally {
      for (const id of auctionIds) deciding.delete(id);
    }
  };

  return {
    view,

    /** Reads the first page once; returns what stops following. */
    start(): () => void {
      active = true;
      if (!started) {
        started = true;
        void serially(readFirst).catch((failure: unknown) => update({ status: 'failed', failure }));
      }
      return () => {
        active = false;
        burst.stop();
      };
    },

    /** `moderation:queue` for `auctionId`. */
    heard(auctionId: string): void {
      burst.add(auctionId);
    },

    /** Events may have been missed (a reconnection, `events:resync`): read everything shown. */
    caughtUp(): void {
      remember('all');
      void serially(readAgain);
    },

    async loadMore(): Promise<void> {
      const { nextCursor: cursor, loadingMore } = view.get();
      if (cursor === null || loadingMore) return;
      update({ loadingMore: true, loadMoreFailed: false });
      try {
        const page: ModerationQueue = await api.moderationQueue(cursor);
        // The list started over meanwhile: this page belongs to the old one.
        if (view.get().nextCursor !== cursor) return update({ loadingMore: false });
        pages += 1;
        changedHere();
        update({
          items: pendingItems([...view.get().items, ...page.items], done),
          nextCursor: page.nextCursor,
          loadingMore: false,
        });
      } catch {
        update({ loadingMore: false, loadMoreFailed: true });
      }
    },

    /** The notice's button: the queue from its first page. Rejects when it cannot be read. */
    async refresh(): Promise<void> {
      update({ refreshing: true });
      try {
        await serially(readFirst);
      } finally {
        update({ refreshing: false });
      }
    },

    /** Takes the open auction down with `reason`; rejects with the API's error. */
    remove: (auctionId: string, reason: FlagReason) =>
      whileDeciding([auctionId], async () => {
        const { auction } = await api.removeAuction(auctionId, reason);
        settle([auctionId]);
        return auction;
      }),

    /** Keeps the auction: its reports count as reviewed. */
    keep: (auctionId: string) =>
      whileDeciding([auctionId], async () => {
        await api.dismissFlags(auctionId);
        settle([auctionId]);
      }),

    /**
     * Suspends the seller's account, and when asked removes their open
     * auctions and cancels their bids on open auctions (a seller who bid on
     * their own would be the shill bidder).
     */
    suspendSeller(
      sellerId: string,
      reason: FlagReason,
      choices: SuspendChoices,
    ): Promise<SuspendResult> {
      const theirs = view
        .get()
        .items.filter(({ auction }) => choices.removeOpenAuctions && auction.seller.id === sellerId)
        .map(({ auction }) => auction.id);
      return whileDeciding(theirs, async () => {
        const result = await api.suspendUser(sellerId, { reason, ...choices });
        settle(result.removed);
        const removed = choices.removeOpenAuctions ? result.removed.length : null;
        update({
          sellers: new Map(view.get().sellers).set(sellerId, { suspended: true, removed }),
        });
        return result;
      });
    },

    /** Lets the seller sign in again. */
    async reinstateSeller(sellerId: string): Promise<void> {
      await api.reinstateUser(sellerId);
      const sellers = new Map(view.get().sellers).set(sellerId, {
        suspended: false,
        removed: null,
      });
      update({ sellers });
    },
  };
}

export type ModerationQueueController = ReturnType<typeof createModerationQueue>;
