// What the UI checks of an appeal and of a moderator's reply to one: the
// API's limit (core/schemas.ts AppealText and DecideAppealBody's reply,
// copied rather than imported, which would pull TypeBox into the browser
// bundle) — the blank text is refused in place by the form (textToSend).
// And the appeal an ALREADY_APPEALED refusal carries, read with care: it
// comes as an error's loose details, not a typed answer.
import type { Appeal } from '../../../core/schemas.ts';

export const APPEAL_MAX_LENGTH = 2000;
export const APPEAL_REPLY_MAX_LENGTH = 2000;

const STATUSES: readonly unknown[] = ['open', 'upheld', 'reversed'] satisfies Appeal['status'][];
const KINDS: readonly unknown[] = ['removal', 'suspension'] satisfies Appeal['kind'][];

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
