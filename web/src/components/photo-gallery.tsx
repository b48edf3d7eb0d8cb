// The auction's photos on its page: the chosen one large, and a row of
// thumbnail buttons to choose it. Nothing when there are no photos. The
// choice follows a photo, not a position, so photos arriving live (or one
// removed) never swap what the viewer is looking at; when the chosen photo
// is removed, the cover is shown.
import { useState } from 'react';
import type { AuctionPhoto } from '../../../core/schemas.ts';
import { useI18n } from '../i18n/i18n.ts';

export function PhotoGallery({ photos, title }: { photos: AuctionPhoto[]; title: string }) {
  const { t } = useI18n();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const index = Math.max(
    0,
    photos.findIndex((photo) => photo.id === chosenId),
  );
  const shown = photos[index];
  if (!shown) return null;
  const alt = (i: number) => t.photos.alt(i + 1, photos.length, title);
  return (
    <section className="gallery" aria-label={t.photos.galleryLabel} data-testid="gallery">
      <div className="gallery__stage">
        {/* Not lazy: the first thing seen on the page. width/height give the
            browser its proportions before it loads. */}
        <img
          className="gallery__photo"
          src={shown.url}
          width={shown.width}
          height={shown.height}
          alt={alt(index)}
          data-testid="gallery-photo"
          data-photo-id={shown.id}
        />
      </div>
      {photos.length > 1 ? (
        <ul className="gallery__thumbs">
          {photos.map((photo, i) => (
            <li key={photo.id}>
              <button
                type="button"
                className="gallery__thumb"
                aria-pressed={i === index}
                onClick={() => setChosenId(photo.id)}
                data-testid="gallery-thumb"
              >
                <img
                  src={photo.thumbnailUrl}
                  width={photo.width}
                  height={photo.height}
                  alt={alt(i)}
                  loading="lazy"
                  decoding="async"
                />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
