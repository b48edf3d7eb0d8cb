// The seller's photos of an auction: the scripts that add, copy, remove and
// order them, and reading their files (WebP made by app/photos).
import { randomBytes } from 'node:crypto';
import { toAuction } from '../auction-view.ts';
import { AppError, ErrorCode, errors } from '../errors.ts';
import { MAX_PHOTOS, type Auction, type AuctionPhoto, type PublicUser } from '../schemas.ts';
import type { RedisKeys } from './keys.ts';
import { ScriptCode } from './script-codes.ts';
import type { ScriptedRedis } from './scripts.ts';
import { stateEvent } from './state-event.ts';

/** A photo's two WebP files, made by app/photos/prepare-photo.ts. */
export interface PhotoFiles {
  full: Buffer;
  thumbnail: Buffer;
  width: number;
  height: number;
}

/** A photo's public record: where the API serves its files. */
function photoRecord(auctionId: string, photoId: string, width: number, height: number) {
  const url = `/api/auctions/${auctionId}/photos/${photoId}`;
  return {
    id: photoId,
    width,
    height,
    url,
    thumbnailUrl: `${url}/thumbnail`,
  } satisfies AuctionPhoto;
}

export function createAuctionPhotos(redis: ScriptedRedis, keys: RedisKeys) {
  return {
    /** The seller adds a photo (made by app/photos/prepare-photo.ts) while the auction is open. */
    async addPhoto(auctionId: string, seller: PublicUser, photo: PhotoFiles): Promise<Auction> {
      const photoId = randomBytes(16).toString('base64url');
      const record = photoRecord(auctionId, photoId, photo.width, photo.height);
      const reply = await redis.addPhoto(
        keys.auction(auctionId),
        keys.auctionPhoto(auctionId, photoId),
        seller.id,
        keys.eventsChannel,
        JSON.stringify(record),
        photo.full,
        photo.thumbnail,
        String(MAX_PHOTOS),
      );
      return stateEvent(reply);
    },

    /**
     * The seller copies the photos of an earlier auction of theirs (offering
     * the item again), in order, up to the most allowed; those copied before
     * are not copied twice. Resolves with the auction and how many were copied.
     */
    async copyPhotos(
      auctionId: string,
      seller: PublicUser,
      fromAuctionId: string,
    ): Promise<{ auction: Auction; copied: number }> {
      const stored = await redis.hgetall(keys.auction(fromAuctionId));
      if (!stored.id) throw errors.auctionNotFound();
      const source = toAuction(stored);
      const reply = await redis.copyPhotos(
        keys.auction(auctionId),
        keys.auction(fromAuctionId),
        seller.id,
        keys.eventsChannel,
        String(MAX_PHOTOS),
        keys.auctionPhoto(fromAuctionId, ''),
        keys.auctionPhoto(auctionId, ''),
        ...source.photos.flatMap((photo) => [
          photo.id,
          JSON.stringify(photoRecord(auctionId, photo.id, photo.width, photo.height)),
        ]),
      );
      return { auction: stateEvent(reply), copied: Number(reply[2]) };
    },

    /** The seller removes a photo, before the first bid only. */
    async removePhoto(auctionId: string, seller: PublicUser, photoId: string): Promise<Auction> {
      const reply = await redis.removePhoto(
        keys.auction(auctionId),
        keys.auctionPhoto(auctionId, photoId),
        seller.id,
        keys.eventsChannel,
        photoId,
      );
      if (reply[0] === ScriptCode.AUCTION_HAS_BIDS)
        throw new AppError(
          ErrorCode.AUCTION_HAS_BIDS,
          'Photos cannot be removed once the auction has bids: bidders bid on what they saw.',
        );
      return stateEvent(reply);
    },

    /** The seller puts the photos in a new order (every id once); the first is the cover. */
    async reorderPhotos(
      auctionId: string,
      seller: PublicUser,
      photoIds: string[],
    ): Promise<Auction> {
      const reply = await redis.reorderPhotos(
        keys.auction(auctionId),
        seller.id,
        keys.eventsChannel,
        ...photoIds,
      );
      return stateEvent(reply);
    },

    /** One of an auction's photo files (WebP), or null when there is no such photo. */
    async photoFile(
      auctionId: string,
      photoId: string,
      size: 'full' | 'thumbnail',
    ): Promise<Buffer | null> {
      return redis.hgetBuffer(keys.auctionPhoto(auctionId, photoId), size);
    },
  };
}
