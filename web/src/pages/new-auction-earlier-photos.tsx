// Offering an item again: the earlier auction's photos, all kept unless the
// seller unticks them; they are copied to the new auction once it exists
// (forms/photos-after-create.ts), before the files picked below. With the
// picked files the auction would pass six, so a photo left out can be kept
// again only after a picked file is removed.
import type { AuctionPhoto } from '../../../core/schemas.ts';
import { MAX_PHOTOS } from '../forms/photo-files.ts';
import { useI18n } from '../i18n/i18n.ts';
import { PhotoThumbnail } from '../components/photo-thumbnail.tsx';

interface EarlierPhotosProps {
  photos: AuctionPhoto[];
  leftOut: ReadonlySet<string>;
  onChange(leftOut: ReadonlySet<string>): void;
  /** How many files are picked on the form. */
  picked: number;
}

export function EarlierPhotos({ photos, leftOut, onChange, picked }: EarlierPhotosProps) {
  const { t } = useI18n();
  const kept = photos.filter(({ id }) => !leftOut.has(id));
  const full = kept.length + picked >= MAX_PHOTOS;
  const toggle = (id: string, keep: boolean) => {
    const next = new Set(leftOut);
    if (keep) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  return (
    <fieldset className="fieldset" data-testid="earlier-photos">
      <legend>{t.photos.earlierTitle}</legend>
      <p className="field__hint">{t.photos.earlierHint}</p>
      <ol className="earlier-photos">
        {photos.map((photo, i) => {
          const keep = !leftOut.has(photo.id);
          return (
            <li key={photo.id} className="earlier-photos__item" data-testid="earlier-photo">
              <label className="earlier-photos__choice">
                <input
                  type="checkbox"
                  checked={keep}
                  disabled={!keep && full}
                  aria-describedby={!keep && full ? 'earlier-photos-full' : undefined}
                  onChange={(event) => toggle(photo.id, event.target.checked)}
                />
                <PhotoThumbnail photo={photo} className="earlier-photos__image" />
                <span>
                  {t.photos.keep(i + 1)}
                  {photo.id === kept[0]?.id ? ` (${t.photos.cover})` : ''}
                </span>
              </label>
            </li>
          );
        })}
      </ol>
      {full && kept.length < photos.length ? (
        <p id="earlier-photos-full" className="note">
          {t.photos.earlierFull(MAX_PHOTOS)}
        </p>
      ) : null}
    </fieldset>
  );
}
