// The UI's photo checks and sending order (web/src/forms/photo-files.ts): the
// same limits as the API, files sent one at a time in the order picked, and
// what stops the rest.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHOTO_TYPES as API_TYPES } from '../../../app/photos/prepare-photo.ts';
import { MAX_PHOTOS as API_MAX } from '../../../core/schemas.ts';
import { ApiError } from '../../../web/src/api/http.ts';
import {
  addPhotosInOrder,
  MAX_PHOTO_MEBIBYTES,
  MAX_PHOTOS,
  PHOTO_TYPES,
  photoFileProblem,
} from '../../../web/src/forms/photo-files.ts';
import { auctionFixture } from './fixtures.ts';

const file = (name: string, type = 'image/jpeg', size = 10) =>
  new File([new Uint8Array(size)], name, { type });
const withPhotos = (n: number) =>
  auctionFixture({
    photos: Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      width: 8,
      height: 6,
      url: `/p${i}`,
      thumbnailUrl: `/p${i}/thumbnail`,
    })),
  });

test('the UI checks the limits the API has', () => {
  assert.equal(MAX_PHOTOS, API_MAX);
  assert.deepEqual(PHOTO_TYPES, Object.keys(API_TYPES));
  assert.equal(photoFileProblem(file('a.gif', 'image/gif')), 'UNSUPPORTED_MEDIA_TYPE');
  assert.equal(photoFileProblem(file('a.jpg', 'image/jpeg', MAX_PHOTO_MEBIBYTES * 2 ** 20)), null);
  const tooLarge = file('b.jpg', 'image/jpeg', MAX_PHOTO_MEBIBYTES * 2 ** 20 + 1);
  assert.equal(photoFileProblem(tooLarge), 'PAYLOAD_TOO_LARGE');
});

test('sends one at a time in order, skips what cannot go, and keeps going after a bad file', async () => {
  const sent: string[] = [];
  const announced: number[] = [];
  let count = 0;
  const failures = await addPhotosInOrder(
    [file('1.jpg'), file('2.txt', 'text/plain'), file('3.png', 'image/png'), file('4.jpg')],
    MAX_PHOTOS,
    async (photo) => {
      sent.push(photo.name);
      if (photo.name === '3.png') throw new ApiError(400, 'INVALID_IMAGE', '');
      return withPhotos(++count);
    },
    (n) => announced.push(n),
  );
  assert.deepEqual(sent, ['1.jpg', '3.png', '4.jpg']);
  assert.deepEqual(announced, [1, 3, 4]);
  assert.deepEqual(failures, [
    { fileName: '2.txt', code: 'UNSUPPORTED_MEDIA_TYPE' },
    { fileName: '3.png', code: 'INVALID_IMAGE' },
  ]);
});

test('stops sending once the auction is full, and after an answer that ends them all', async () => {
  const sent: string[] = [];
  const full = await addPhotosInOrder(
    [file('a.jpg'), file('b.jpg'), file('c.jpg')],
    1,
    async (photo) => {
      sent.push(photo.name);
      return withPhotos(MAX_PHOTOS);
    },
    () => {},
  );
  assert.deepEqual(sent, ['a.jpg']);
  assert.deepEqual(
    full.map((f) => f.code),
    ['TOO_MANY_PHOTOS', 'TOO_MANY_PHOTOS'],
  );

  sent.length = 0;
  const closed = await addPhotosInOrder(
    [file('x.jpg'), file('y.jpg')],
    MAX_PHOTOS,
    async (photo) => {
      sent.push(photo.name);
      throw new ApiError(409, 'AUCTION_CLOSED', '');
    },
    () => {},
  );
  assert.deepEqual(sent, ['x.jpg'], 'the auction closed: the next file is not sent');
  assert.deepEqual(
    closed.map((f) => f.code),
    ['AUCTION_CLOSED', 'AUCTION_CLOSED'],
  );
});
