// Photos of an auction's item: the seller uploads each file as the request
// body (no multipart: one file per request, which the browser's fetch sends
// as it is), the API stores two WebP files it made from it, and anyone may
// fetch them. A photo's files never change, so they are cached for good.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError, ErrorCode, errors } from '../../core/errors.ts';
import {
  Auction,
  AuctionParams,
  ErrorBody,
  Id,
  MAX_PHOTOS,
  type PublicUser,
} from '../../core/schemas.ts';
import { MAX_UPLOAD_BYTES, PHOTO_TYPES, preparePhoto } from '../photos/prepare-photo.ts';
import type { Services } from '../services.ts';

const TYPES = Object.keys(PHOTO_TYPES).join(', ');

/**
 * Lets `atOnce` uploads in (receiving their body, waiting their turn, being
 * made into WebP), and answers the rest 503 SERVER_BUSY before their body is
 * read: photos are made one at a time and each waiting upload holds up to
 * 10 MiB, so the queue must not grow with the traffic.
 */
function uploadAdmission(atOnce: number) {
  let admitted = 0;
  return (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    if (admitted >= atOnce) {
      request.log.warn({ admitted }, 'photo upload refused: busy');
      return done(
        new AppError(
          ErrorCode.SERVER_BUSY,
          'Too many photos are being handled; try again shortly.',
          {
            retryAfterSeconds: 2,
          },
        ),
      );
    }
    admitted += 1;
    // Once per request, however it ends (answered, failed, or the client gone).
    reply.raw.once('close', () => (admitted -= 1));
    done();
  };
}

const PhotoOrderBody = Type.Object(
  { photoIds: Type.Array(Id, { minItems: 1, maxItems: MAX_PHOTOS }) },
  { additionalProperties: false },
);
const CopyPhotosBody = Type.Object({ fromAuctionId: Id }, { additionalProperties: false });
const PhotoParams = Type.Object({ id: Id, photoId: Id }, { additionalProperties: false });
const secured = { tags: ['photos'], security: [{ bearer: [] }] };
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** For the OpenAPI document; a Buffer answer is sent as it is, never serialised. */
const WebpFile = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });

export const photoRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { auctions, rateLimits } = services;
  const admitUpload = uploadAdmission(services.config.PHOTO_UPLOADS_AT_ONCE);
  // Only in this plugin: every other route still takes JSON alone.
  app.addContentTypeParser(
    Object.keys(PHOTO_TYPES),
    { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/:id/photos',
    {
      // Admitted before the body is read: a refused upload is never held in memory.
      onRequest: [app.requireUser, admitUpload],
      bodyLimit: MAX_UPLOAD_BYTES,
      schema: {
        ...secured,
        description: `The seller adds a photo: the file itself is the body, \`Content-Type\` one of ${TYPES}, at most 10 MiB. Stored as WebP (at most 1,600 px, and a 480 px thumbnail), upright, without metadata. While the auction is open, at most ${MAX_PHOTOS}; after bids too (removing is only before the first bid). Watchers get \`auction:edited\`. Rate-limited per user and IP (\`RATE_LIMIT_PHOTO_*\`).`,
        params: AuctionParams,
        response: {
          201: Auction,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
          413: ErrorBody,
          415: ErrorBody,
          429: ErrorBody,
          503: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      // A JSON body reaches here parsed by the app-wide parser: not a file.
      if (!Buffer.isBuffer(request.body))
        throw new AppError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, `Send the file itself as ${TYPES}.`);
      const seller = request.user as PublicUser;
      await rateLimits.consume('photo', { principal: seller.id, ip: request.ip });
      // Checked before the image work, which costs a replica far more than a bid.
      const auction = await auctions.get(request.params.id);
      if (!auction) throw errors.auctionNotFound();
      if (auction.seller.id !== seller.id) throw errors.notSeller();
      if (auction.status !== 'open') throw errors.auctionClosed();
      const photo = await preparePhoto(request.body);
      // The script checks all of it again, atomically, with the count.
      return reply.status(201).send(await auctions.addPhoto(request.params.id, seller, photo));
    },
  );

  app.post(
    '/:id/photos/copy',
    {
      onRequest: app.requireUser,
      schema: {
        ...secured,
        description: `Offering an item again: the seller copies the photos of an earlier auction of theirs (\`fromAuctionId\`, in any state but removed) to this open one, in order, after the photos it has, up to ${MAX_PHOTOS}. The files are copied as they are; a photo copied before is not copied twice, so a retry adds nothing. Answers the auction and how many were copied. Counts against the photo rate limit once. 409 \`AUCTION_CANCELLED\` when a moderator removed the earlier auction: its photos are not published again.`,
        params: AuctionParams,
        body: CopyPhotosBody,
        response: {
          200: Type.Object({ auction: Auction, copied: Type.Integer({ minimum: 0 }) }),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request) => {
      const seller = request.user as PublicUser;
      await rateLimits.consume('photo', { principal: seller.id, ip: request.ip });
      return auctions.copyPhotos(request.params.id, seller, request.body.fromAuctionId);
    },
  );

  app.put(
    '/:id/photos/order',
    {
      onRequest: app.requireUser,
      schema: {
        ...secured,
        description:
          'The seller puts the photos in a new order: `photoIds` holds every photo of the auction once; the first becomes the cover. While the auction is open, after bids too (the same photos). Watchers get `auction:edited`.',
        params: AuctionParams,
        body: PhotoOrderBody,
        response: {
          200: Auction,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
        },
      },
    },
    async (request) =>
      auctions.reorderPhotos(request.params.id, request.user as PublicUser, request.body.photoIds),
  );

  app.delete(
    '/:id/photos/:photoId',
    {
      onRequest: app.requireUser,
      schema: {
        ...secured,
        description:
          'The seller removes a photo; only before the first bid (bidders bid on what they saw). Watchers get `auction:edited`.',
        params: PhotoParams,
        response: { 200: Auction, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => {
      const { id, photoId } = request.params;
      return auctions.removePhoto(id, request.user as PublicUser, photoId);
    },
  );

  for (const size of ['full', 'thumbnail'] as const) {
    app.get(
      size === 'full' ? '/:id/photos/:photoId' : '/:id/photos/:photoId/thumbnail',
      {
        schema: {
          tags: ['photos'],
          description:
            size === 'full'
              ? 'The photo, `image/webp`. Never changes: cached for a year.'
              : 'The photo’s thumbnail, `image/webp`, at most 480 px. Cached for a year.',
          params: PhotoParams,
          response: { 200: WebpFile, 304: Type.Null(), 404: ErrorBody },
        },
      },
      async (request, reply) => {
        const { id, photoId } = request.params;
        const etag = `"${photoId}-${size}"`;
        if (request.headers['if-none-match'] === etag) {
          return reply.status(304).headers({ 'cache-control': IMMUTABLE, etag }).send(null);
        }
        const file = await auctions.photoFile(id, photoId, size);
        if (!file) throw errors.photoNotFound();
        return reply
          .headers({ 'content-type': 'image/webp', 'cache-control': IMMUTABLE, etag })
          .send(file);
      },
    );
  }
};
