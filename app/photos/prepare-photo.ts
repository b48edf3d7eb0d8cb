// Turns an uploaded file into the two WebP files an auction shows (sharp,
// i.e. libvips, on libuv's thread pool: the event loop is never blocked).
// Every photo is decoded and encoded again: what is served is always an
// image we made, in one format, with no metadata left (a phone's EXIF
// carries where the picture was taken), upright whatever its orientation
// tag said, and never larger than the page needs.
import pLimit from 'p-limit';
import type Sharp from 'sharp';
import { AppError, ErrorCode } from '../../core/errors.ts';

/** The upload types the API accepts (Content-Type) and what each must decode as. */
export const PHOTO_TYPES: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'heif',
};

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Larger than any camera's photo; stops a small file that decodes into gigabytes. */
const MAX_INPUT_PIXELS = 60_000_000;
const FULL_SIDE = 1600;
const THUMBNAIL_SIDE = 480;

export interface PreparedPhoto {
  full: Buffer;
  thumbnail: Buffer;
  width: number;
  height: number;
}

/**
 * libvips is loaded with the first photo, not at start: a replica that
 * never gets one keeps some 7 MiB less (measured: a process that imported
 * app/app.ts, 136–137 MiB of RSS; with sharp imported too, 143–144).
 */
let loading: Promise<typeof Sharp> | undefined;
function loadSharp(): Promise<typeof Sharp> {
  loading ??= import('sharp').then(({ default: sharp }) => {
    // No cache of decoded images between requests: each photo is handled once.
    sharp.cache(false);
    // One thread per image (and one image at a time, below).
    sharp.concurrency(1);
    return sharp;
  });
  return loading;
}

// One image at a time per replica (the rest wait their turn): uploads never
// take both of a small machine's cores from the bids, and a replica stays
// within its memory limit (k8s/api.yaml: 768 MiB, some 410 under full bid
// load). Measured: two 60-megapixel PNGs at once raised a process's RSS by
// about 200 MB; a 12-megapixel JPEG of pure noise (7 MB, the worst case for
// the encoder) takes about 0.55 s.
const inTurn = pLimit(1);

const invalid = () =>
  new AppError(
    ErrorCode.INVALID_IMAGE,
    'The file is not a JPEG, PNG, WebP or AVIF image we can read.',
  );

export function preparePhoto(upload: Buffer): Promise<PreparedPhoto> {
  return inTurn(() => prepare(upload));
}

async function prepare(upload: Buffer): Promise<PreparedPhoto> {
  const sharp = await loadSharp();
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' as const };
  let format: string | undefined;
  try {
    format = (await sharp(upload, options).metadata()).format;
  } catch {
    throw invalid();
  }
  // Only the formats we name: libvips also reads SVG, TIFF, PDF and more.
  if (!format || !Object.values(PHOTO_TYPES).includes(format)) throw invalid();
  try {
    // rotate() with no angle applies the orientation tag, then drops it.
    const upright = sharp(upload, options).rotate();
    const full = await upright
      .clone()
      .resize(FULL_SIDE, FULL_SIDE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    const thumbnail = await upright
      .clone()
      .resize(THUMBNAIL_SIDE, THUMBNAIL_SIDE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
    return { full: full.data, thumbnail, width: full.info.width, height: full.info.height };
  } catch {
    // A header that reads but pixels that do not (a truncated file).
    throw invalid();
  }
}
