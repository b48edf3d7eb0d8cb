// The create form's photos, sent once the auction exists. Offering an item
// again, the earlier auction's photos the seller kept come first: the API
// copies all of them in one call (in order, keeping their ids), then the ones
// left out are removed (allowed: the new auction has no bids yet). The files
// picked on the form go after them. What failed is told on the auction's page.
import type { Auction } from '../../../core/schemas.ts';
import { ApiError } from '../api/http.ts';
import { addPhotosInOrder, MAX_PHOTOS, type PhotoFailure } from './photo-files.ts';

/** The calls this makes, for the new auction. */
export interface PhotoCalls {
  copyEarlier(): Promise<Auction>;
  remove(photoId: string): Promise<Auction>;
  add(file: File): Promise<Auction>;
}

export interface PhotoChoice {
  /** Ids of the earlier auction's photos; none when not offering again. */
  earlier: readonly string[];
  /** The earlier photos the seller left out. */
  leftOut: ReadonlySet<string>;
  files: readonly File[];
}

/** What is going on, kept as data so it reads in the current language. */
export type PhotoProgress = { copying: true } | { n: number; total: number };

const codeOf = (error: unknown) => (error instanceof ApiError ? error.code : 'UNKNOWN');

/** The photos chosen: true when there is anything to send or copy. */
export const choosesPhotos = ({ earlier, leftOut, files }: PhotoChoice) =>
  files.length > 0 || earlier.some((id) => !leftOut.has(id));

/** Copies and removes, then adds the files; resolves with what failed. */
export async function addPhotosAfterCreate(
  choice: PhotoChoice,
  calls: PhotoCalls,
  onProgress: (progress: PhotoProgress) => void,
): Promise<PhotoFailure[]> {
  const failures: PhotoFailure[] = [];
  let room = MAX_PHOTOS;
  if (choice.earlier.some((id) => !choice.leftOut.has(id))) {
    onProgress({ copying: true });
    try {
      let photos = (await calls.copyEarlier()).photos;
      for (const photo of photos.filter(({ id }) => choice.leftOut.has(id))) {
        try {
          photos = (await calls.remove(photo.id)).photos;
        } catch (error) {
          const nth = photos.findIndex(({ id }) => id === photo.id) + 1;
          failures.push({ earlier: 'notRemoved', nth, code: codeOf(error) });
        }
      }
      room = MAX_PHOTOS - photos.length;
    } catch (error) {
      // The files still go: the answer to each one tells the room left.
      failures.push({ earlier: 'notCopied', code: codeOf(error) });
    }
  }
  const { files } = choice;
  const sending = (n: number) => onProgress({ n, total: files.length });
  return [...failures, ...(await addPhotosInOrder(files, room, calls.add, sending))];
}
