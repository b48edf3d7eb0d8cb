// The moderators' list of appeals kept live, as pure rules. `moderation:appeals`
// says only that an appeal was lodged or decided; the page then reads the
// list again, as many pages as it shows, and applies the reading so that
// nothing the moderator is reading moves:
// - a listed appeal still open stays where it is;
// - a listed appeal no longer open was decided elsewhere: it leaves;
// - an appeal read but not listed joins at the end — the list is the oldest
//   first, so a new appeal (or one a departure brought within the pages
//   read) sorts after every one listed.
import type { AppealQueue, AppealToReview } from '../../../core/schemas.ts';

/** Reads the list's first `pages` pages, each appeal once, as LoadMore showed them. */
export async function readAppealPages(
  read: (cursor?: string) => Promise<AppealQueue>,
  pages: number,
): Promise<AppealQueue> {
  let page = await read();
  let items = page.items;
  for (let n = 1; n < pages && page.nextCursor !== null; n++) {
    page = await read(page.nextCursor);
    items = [...items, ...page.items];
  }
  return { items: uniqueAppeals(items, new Set()), nextCursor: page.nextCursor };
}

/** Without the appeals `done` (decided here), and each appeal once. */
export function uniqueAppeals(
  items: readonly AppealToReview[],
  done: ReadonlySet<string>,
): AppealToReview[] {
  const seen = new Set<string>();
  return items.filter(({ id }) => {
    if (done.has(id) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export interface MergedAppeals {
  items: AppealToReview[];
  /** Listed appeals no longer open: decided in another session. */
  left: AppealToReview[];
  /** Appeals read that were not listed, now at the end of the list. */
  arrived: AppealToReview[];
}

/**
 * Applies a reading to the listed appeals. `done`: decided on this page
 * (their own events come back to it); `deciding`: a decision is being taken
 * on them here, so they stay until it answers.
 */
export function mergeAppeals(
  listed: readonly AppealToReview[],
  reading: readonly AppealToReview[],
  context: { done: ReadonlySet<string>; deciding: ReadonlySet<string> },
): MergedAppeals {
  const fresh = new Set(reading.map(({ id }) => id));
  const shown = new Set(listed.map(({ id }) => id));
  const staying = listed.filter(({ id }) => fresh.has(id) || context.deciding.has(id));
  const left = listed.filter(({ id }) => !fresh.has(id) && !context.deciding.has(id));
  const arrived = reading.filter(({ id }) => !shown.has(id) && !context.done.has(id));
  return { items: [...staying, ...arrived], left, arrived };
}

/** The appeal whose item takes the focus when `appealId`'s leaves: the next, else the one before. */
export function neighbourAppeal(
  items: readonly Pick<AppealToReview, 'id'>[],
  appealId: string,
): string | null {
  const at = items.findIndex(({ id }) => id === appealId);
  if (at === -1) return null;
  return (items[at + 1] ?? items[at - 1])?.id ?? null;
}

/** The appeal of the listed item holding the focus, if any (its `data-appeal-id`). */
export function focusedAppeal(active: Element | null): string | null {
  return active?.closest<HTMLElement>('[data-appeal-id]')?.dataset.appealId ?? null;
}
