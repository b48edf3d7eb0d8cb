// A photo's thumbnail where words beside it already name it (a card's title,
// "Foto 2" in a list, a checkbox's label): alt="" so screen readers do not
// say it twice. Lazy, with the photo's proportions before it loads.
import type { AuctionPhoto } from '../../../core/schemas.ts';

interface PhotoThumbnailProps {
  photo: AuctionPhoto;
  className: string;
  testId?: string;
}

export function PhotoThumbnail({ photo, className, testId }: PhotoThumbnailProps) {
  return (
    <img
      className={className}
      src={photo.thumbnailUrl}
      width={photo.width}
      height={photo.height}
      alt=""
      loading="lazy"
      decoding="async"
      data-testid={testId}
    />
  );
}
