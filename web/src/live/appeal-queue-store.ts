// The moderators' list of appeals as one page holds it, outside React so its
// order of events is plain to read. Read a page at a time; an appeal decided
// here leaves at once. Kept live by `moderation:appeals`: the events of a
// burst make one reading of the pages shown (burst.ts), one reading at a
// time (serial-task.ts), applied by appeal-queue.ts's rules. A reading that
// began before this page changed its own list (a decision, another page)
// is stale, and the list is read again instead.
import type { Appeal, AppealQueue } from '../../../core/schemas.ts';
import type { api, AppealOutcome } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { createStore, type Store } from '../store.ts';
import {
  mergeAppeals,
  readAppealPages,
  uniqueAppeals,
  type MergedAppeals,
} from './appeal-queue.ts';
import { collectBursts, type BurstOptions } from './burst.ts';
import { serialTask } from './serial-task.ts';

export interface AppealQueueView {
  /** 'failed' when the first page could not be read (see `failure`). */
  status: 'loading' | 'ready' | 'failed';
  /** Why the first page could not be read (an ApiError, most often); null otherwise. */
  failure: unknown;
  items: AppealQueue['items'];
  nextCursor: string | null;
  loadingMore: boolean;
  loadMoreFailed: boolean;
}

/** What a reading changed, for the page to say (and to move the focus). */
export type AppealChanges = Pick<MergedAppeals, 'left' | 'arrived'>;

export type AppealQueueApi = Pick<typeof api, 'appealQueue' | 'decideAppeal'>;

export interface AppealQueueOptions extends BurstOptions {
  onChanges(changes: AppealChanges): void;
}

/** Refusals meaning the appeal is no longer open: a reading makes it leave. */
const DECIDED_ELSEWHERE = new Set(['APPEAL_DECIDED', 'APPEAL_NOT_FOUND']);

const initial: AppealQueueView = {
  status: 'loading',
  failure: null,
  items: [],
  nextCursor: null,
  loadingMore: false,
  loadMoreFailed: false,
};

export function createAppealQueue(api: AppealQueueApi, options: AppealQueueOptions) {
  const view: Store<AppealQueueView> = createStore(initial);
  const update = (change: Partial<AppealQueueView>) => view.set({ ...view.get(), ...change });
  let active = false;
  let started = false;
  /** Pages read since the first: a reading covers as many. */
  let pages = 1;
  /** Rises whenever this page changes its list itself: readings begun before are stale. */
  let generation = 0;
  const done = new Set<string>();
  const deciding = new Set<string>();

  const readFirst = async () => {
    try {
      const page = await api.appealQueue();
      generation += 1;
      update({
        status: 'ready',
        items: uniqueAppeals(page.items, done),
        nextCursor: page.nextCursor,
      });
    } catch (failure) {
      update({ status: 'failed', failure });
    }
  };

  const readAgain: () => Promise<void> = serialTask(async () => {
    if (!active || view.get().status !== 'ready') return;
    const readFor = generation;
    let reading: AppealQueue;
    try {
      reading = await readAppealPages(api.appealQueue, pages);
    } catch {
      return; // the next event, or reconnection, reads again
    }
    if (!active) return;
    if (readFor !== generation) return void readAgain();
    const merged = mergeAppeals(view.get().items, reading.items, { done, deciding });
    // Before the list changes: the page still finds the focus in a leaving item.
    if (merged.left.length > 0 || merged.arrived.length > 0) options.onChanges(merged);
    update({ items: merged.items, nextCursor: reading.nextCursor });
  });

  const burst = collectBursts(() => void readAgain(), options);

  return {
    view,

    /** Reads the first page once; returns what stops following. */
    start(): () => void {
      active = true;
      if (!started) {
        started = true;
        void readFirst();
      }
      return () => {
        active = false;
        burst.stop();
      };
    },

    /** `moderation:appeals` for `appealId`. */
    heard(appealId: string): void {
      burst.add(appealId);
    },

    /** Events may have been missed (a reconnection, `events:resync`): read everything shown. */
    caughtUp(): void {
      void readAgain();
    },

    async loadMore(): Promise<void> {
      const { nextCursor: cursor, loadingMore } = view.get();
      if (cursor === null || loadingMore) return;
      update({ loadingMore: true, loadMoreFailed: false });
      try {
        const page = await api.appealQueue(cursor);
        // A reading replaced the list meanwhile: this page belongs to the old one.
        if (view.get().nextCursor !== cursor) return update({ loadingMore: false });
        pages += 1;
        generation += 1;
        const items = uniqueAppeals([...view.get().items, ...page.items], done);
        update({ items, nextCursor: page.nextCursor, loadingMore: false });
      } catch {
        update({ loadingMore: false, loadMoreFailed: true });
      }
    },

    /**
     * Upholds or reverses the decision appealed, with the reply; the appeal
     * leaves the list once the API took it. Rejects with the API's refusal —
     * decided elsewhere, it then leaves with the next reading.
     */
    async decide(
      appealId: string,
      body: { outcome: AppealOutcome; reply: string },
    ): Promise<Appeal> {
      deciding.add(appealId);
      try {
        const { appeal } = await api.decideAppeal(appealId, body);
        done.add(appealId);
        generation += 1;
        update({ items: view.get().items.filter(({ id }) => id !== appealId) });
        return appeal;
      } catch (error) {
        if (error instanceof ApiError && DECIDED_ELSEWHERE.has(error.code)) void readAgain();
        throw error;
      } finally {
        deciding.delete(appealId);
      }
    },
  };
}
