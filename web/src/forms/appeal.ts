// What the UI checks of an appeal and of a moderator's reply to one: the
// API's limits (core/schemas.ts AppealText, DecideAppealBody's reply and
// APPEAL_WINDOW_DAYS, copied rather than imported, which would pull TypeBox
// into the browser bundle; a unit test compares them) — the blank text is
// refused in place by the form (textToSend). And the appeal an
// ALREADY_APPEALED refusal carries, read with care: it comes as an error's
// loose details, not a typed answer.
import type { Appeal } from '../../../core/schemas.ts';

export const APPEAL_MAX_LENGTH = 2000;
export const APPEAL_REPLY_MAX_LENGTH = 2000;
/** A decision may be appealed this many days after it was taken (about six months). */
export const APPEAL_WINDOW_DAYS = 183;

const DAY_MS = 86_400_000;

const STATUSES: readonly unknown[] = ['open', 'upheld', 'reversed'] satisfies Appeal['status'][];
// A Record, so a kind the API adds and this list lacks fails the typecheck.
const KNOWN_KINDS: Record<Appeal['kind'], true> = { removal: true, suspension: true, keep: true };
const KINDS: readonly unknown[] = Object.keys(KNOWN_KINDS);

/** The last moment a decision taken at `decidedAt` may be appealed, as the API counts it. */
export function appealDeadline(decidedAt: string): string {
  return new Date(Date.parse(decidedAt) + APPEAL_WINDOW_DAYS * DAY_MS).toISOString();
}

/** The appeal in an error's details (`error.appeal`), or null when there is none that reads as one. */
export function appealIn(details: Record<string, unknown>): Appeal | null {
  const found = details.appeal;
  if (typeof found !== 'object' || found === null) return null;
  const { id, kind, status, text, createdAt, review } = found as Record<string, unknown>;
  const fine =
    typeof id === 'string' &&
    KINDS.includes(kind) &&
    STATUSES.includes(status) &&
    typeof text === 'string' &&
    typeof createdAt === 'string' &&
    (status === 'open' || (typeof review === 'object' && review !== null));
  return fine ? (found as Appeal) : null;
}
