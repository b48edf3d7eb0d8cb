// The seller's photos while the auction is open: adding them (several at
// once, sent one at a time in the order picked, since the first is the
// cover) and removing them until the first bid (bidders bid on what they
// saw; adding stays allowed). Each answer updates the page at once; other
// viewers get the same change as `auction:edited`.
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { Auction } from '../../../core/schemas.ts';
import { ApiError } from '../api/http.ts';
import {
  addPhotosInOrder,
  MAX_PHOTO_MEBIBYTES,
  MAX_PHOTOS,
  PHOTO_ACCEPT,
  type PhotoFailure,
} from '../forms/photo-files.ts';
import { clearHandedOverPhotoFailures, handedOverPhotoFailures } from '../forms/photo-handover.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import type { Messages } from '../i18n/messages-pt-br.ts';
import { photoFailureText } from '../i18n/photo-failure-text.ts';
import { photosOf } from '../live/photos-of.ts';
import { ConfirmAction } from './confirm-action.tsx';
import { PhotoThumbnail } from './photo-thumbnail.tsx';

interface PhotoManagerProps {
  auction: Auction;
  addPhoto(file: File): Promise<Auction>;
  removePhoto(photoId: string): Promise<void>;
  reorderPhotos(photoIds: string[]): Promise<void>;
}

/** What the last action did, kept as data so it reads in the current language. */
type Done = { added: number } | { removed: true } | { cover: number } | null;

/** The ids with `id` moved to the front: it becomes the cover, the rest keep their order. */
const withCover = (ids: string[], id: string) => [id, ...ids.filter((other) => other !== id)];

/** From the create form: photos not added, or also a left-out copy that stayed. */
const handedOverText = (failures: PhotoFailure[], t: Messages) =>
  failures.some((failure) => 'earlier' in failure && failure.earlier === 'notRemoved')
    ? t.photos.handedOverMixed
    : t.photos.handedOver;

export function PhotoManager(props: PhotoManagerProps) {
  const { auction, addPhoto, removePhoto, reorderPhotos } = props;
  const { t, locale } = useI18n();
  const photos = photosOf(auction);
  const [sending, setSending] = useState<{ n: number; total: number } | null>(null);
  const [done, setDone] = useState<Done>(null);
  // Photos the create form could not add come first, said as such.
  const [failures, setFailures] = useState(() => handedOverPhotoFailures(auction.id));
  const [handedOver, setHandedOver] = useState(() => failures.length > 0);
  useEffect(() => clearHandedOverPhotoFailures(auction.id), [auction.id]);
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const room = MAX_PHOTOS - photos.length;

  const add = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Emptied so that picking the same file again (to retry it) is a change too.
    event.target.value = '';
    if (files.length === 0) return;
    const total = files.length;
    setDone(null);
    setFailures([]);
    setHandedOver(false);
    setSending({ n: 1, total });
    const failed: PhotoFailure[] = await addPhotosInOrder(files, room, addPhoto, (n) =>
      setSending({ n, total }),
    );
    setSending(null);
    setFailures(failed);
    setDone(failed.length < total ? { added: total - failed.length } : null);
    // The input was disabled while sending, which drops its focus: give it back.
    if (document.activeElement === document.body) input.current?.focus();
  };

  const remove = (photoId: string) =>
    removePhoto(photoId).then(
      () => {
        setDone({ removed: true });
        setFailures([]);
        // The removed photo's row (and the focused button in it) is gone.
        heading.current?.focus();
        return null;
      },
      (error: unknown) =>
        error instanceof ApiError && error.code === 'AUCTION_HAS_BIDS'
          ? t.photos.hasBids
          : errorMessage(error, t, locale),
    );

  const [coverError, setCoverError] = useState('');
  const makeCover = async (photoId: string, n: number) => {
    setCoverError('');
    try {
      await reorderPhotos(
        withCover(
          photos.map((photo) => photo.id),
          photoId,
        ),
      );
      setDone({ cover: n });
      // The button pressed is gone from the new cover's row.
      heading.current?.focus();
    } catch (error) {
      setCoverError(errorMessage(error, t, locale));
    }
  };

  const canRemove = auction.bidCount === 0;
  return (
    <section
      className="panel photo-manager"
      aria-labelledby="photo-manager-title"
      data-testid="photo-manager"
    >
      <h2 id="photo-manager-title" ref={heading} tabIndex={-1}>
        {t.photos.managerTitle}
      </h2>
      <p className="note">{t.photos.count(photos.length, MAX_PHOTOS)}</p>
      {photos.length > 0 ? (
        <ol className="photo-list">
          {photos.map((photo, i) => (
            <li key={photo.id} className="photo-list__item" data-testid="managed-photo">
              <PhotoThumbnail photo={photo} className="photo-list__image" />
              <span className="photo-list__name">
                {t.photos.nth(i + 1)}
                {i === 0 ? ` (${t.photos.cover})` : ''}
              </span>
              {i > 0 ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => void makeCover(photo.id, i + 1)}
                >
                  {t.photos.makeCover(i + 1)}
                </button>
              ) : null}
              {canRemove ? (
                <ConfirmAction
                  id={`remove-photo-${photo.id}`}
                  variant="danger"
                  trigger={t.photos.remove(i + 1)}
                  question={t.photos.removeQuestion}
                  confirm={t.photos.removeConfirm}
                  onConfirm={() => remove(photo.id)}
                />
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {!canRemove && photos.length > 0 ? <p className="note">{t.photos.keptAfterBids}</p> : null}
      {room > 0 ? (
        <div className="field">
          <label htmlFor="photo-files">{t.photos.add}</label>
          <input
            ref={input}
            id="photo-files"
            type="file"
            accept={PHOTO_ACCEPT}
            multiple
            disabled={sending !== null}
            aria-describedby="photo-files-hint"
            onChange={(event) => void add(event)}
          />
          <p id="photo-files-hint" className="field__hint">
            {t.photos.addHint(room, MAX_PHOTO_MEBIBYTES)}
          </p>
        </div>
      ) : (
        <p className="note" data-testid="photos-full">
          {t.photos.full(MAX_PHOTOS)}
        </p>
      )}
      <div role="status" data-testid="photo-status">
        {sending ? (
          <p className="feedback">{t.photos.sending(sending.n, sending.total)}</p>
        ) : done ? (
          <p className="feedback feedback--success">
            {'added' in done
              ? t.photos.added(done.added)
              : 'cover' in done
                ? t.photos.coverChosen(done.cover)
                : t.photos.removed}
          </p>
        ) : null}
      </div>
      {coverError ? (
        <p className="feedback feedback--error" role="alert">
          {coverError}
        </p>
      ) : null}
      <div role="alert" data-testid="photo-failures">
        {failures.length > 0 ? (
          <div className="feedback feedback--error">
            <p>{handedOver ? handedOverText(failures, t) : t.photos.notAdded}</p>
            <ul>
              {failures.map((failure, i) => (
                <li key={i}>{photoFailureText(failure, t, locale)}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
