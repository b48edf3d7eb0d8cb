// An auction's cover (its first photo) at the top of its card, or a neutral
// box of the same size when it has none: cards line up, and nothing moves
// when a photo arrives or loads. `row`: the small one at the start of a
// closed auction's row, by the same rule.
import type { CompactAuction } from '../../../core/schemas.ts';
import { photosOf } from '../live/photos-of.ts';

export function AuctionCover({ auction, row }: { auction: CompactAuction; row?: boolean }) {
  const cover = photosOf(auction)[0];
  return (
    <div className={`cover${row ? ' cover--row' : ''}${cover ? '' : ' cover--none'}`}>
      {cover ? (
        // alt="": the card's title link, just below, names the item; an alt
        // repeating the title would have screen readers say it twice, and a
        // thumbnail this size adds nothing words could (the gallery's photos,
        // on the auction page, carry the alt text).
        <img
          className="cover__image"
          src={cover.thumbnailUrl}
          width={cover.width}
          height={cover.height}
          alt=""
          loading="lazy"
          decoding="async"
          data-testid="card-cover"
        />
      ) : null}
    </div>
  );
}
