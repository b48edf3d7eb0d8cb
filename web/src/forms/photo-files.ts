// What the UI checks of a photo before sending it (the API checks again and
// is the one that reads the image), and the order photos are sent in: one
// at a time, as the seller picked them, since the first becomes the cover.
import type { Auction } from '../../../core/schemas.ts';
import { ApiError } from '../api/http.ts';

// The API's limits (core/schemas.ts MAX_PHOTOS, the photo route's types and
// size). Copied rather than imported: importing a value from schemas.ts would
// pull TypeBox into the browser bundle.
export const MAX_PHOTOS = 6;
export const MAX_PHOTO_MEBIBYTES = 10;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'];
/** The file input's `accept`. */
export const PHOTO_ACCEPT = PHOTO_TYPES.join(',');

/**
 * A file that was not added, or what went wrong with the earlier auction's
 * photos when an item is offered again (none copied; `nth`, a left-out copy
 * that stayed), and the error code that says why.
 */
export type PhotoFailure =
  | { fileName: string; code: string }
  | { earlier: 'notCopied'; code: string }
  | { earlier: 'notRemoved'; nth: number; code: string };

/** The code the API would answer for this file's type or size, or null when it may be sent. */
export function photoFileProblem(file: Blob): string | null {
  if (!PHOTO_TYPES.includes(file.type)) return 'UNSUPPORTED_MEDIA_TYPE';
  if (file.size > MAX_PHOTO_MEBIBYTES * 1024 * 1024) return 'PAYLOAD_TOO_LARGE';
  return null;
}

/** After these, every later file would be refused the same way: they are not sent. */
const ENDS_ALL = new Set(['AUCTION_CLOSED', 'AUCTION_NOT_FOUND', 'NOT_SELLER', 'UNAUTHORIZED']);

/**
 * Sends `files` in order, one at a time. `room`: how many more photos the
 * auction takes now; each answer tells it again. `onSending(n)` before the
 * n-th file (from 1) goes. Resolves with the files that were not added.
 */
export async function addPhotosInOrder(
  files: readonly File[],
  room: number,
  send: (file: File) => Promise<Auction>,
  onSending: (n: number) => void,
): Promise<PhotoFailure[]> {
  const failures: PhotoFailure[] = [];
  let endedBy: string | null = null;
  for (const [index, file] of files.entries()) {
    const problem = endedBy ?? (room <= 0 ? 'TOO_MANY_PHOTOS' : photoFileProblem(file));
    if (problem) {
      failures.push({ fileName: file.name, code: problem });
      continue;
    }
    onSending(index + 1);
    try {
      room = MAX_PHOTOS - (await send(file)).photos.length;
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'UNKNOWN';
      failures.push({ fileName: file.name, code });
      if (ENDS_ALL.has(code)) endedBy = code;
      if (code === 'TOO_MANY_PHOTOS') room = 0;
    }
  }
  return failures;
}
