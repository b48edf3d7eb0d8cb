// An auction's cover (its first photo) at the top of its card, or a neutral
// box of the same size when it has none: cards line up, and nothing moves
// when a photo arrives or loads. `row`: the small one at the start of a
// closed auction's row, by the same rule.
import type { CompactAuction } from '../../../core/schemas.ts';
import { photosOf } from '../live/photos-of.ts';
import { PhotoThumbnail } from './photo-thumbnail.tsx';

export function AuctionCover({ auction, row }: { auction: CompactAuction; row?: boolean }) {
  const cover = photosOf(auction)[0];
  return (
    <div className={`cover${row ? ' cover--row' : ''}${cover ? '' : ' cover--none'}`}>
      {cover ? (
        // The card's title link, just below, names the item; a thumbnail this
        // size adds nothing words could (the gallery's photos carry alt text).
        <PhotoThumbnail photo={cover} className="cover__image" testId="card-cover" />
      ) : null}
    </div>
  );
}
