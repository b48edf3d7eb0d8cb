// The create form's photos once the auction exists (web/src/forms/
// photos-after-create.ts): offering an item again, the earlier auction's
// photos are copied in one call and the left-out ones removed, before the
// picked files are sent after them; what fails is kept for the auction page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AuctionPhoto } from '../../../core/schemas.ts';
import { ApiError } from '../../../web/src/api/http.ts';
import {
  addPhotosAfterCreate,
  choosesPhotos,
  type PhotoCalls,
  type PhotoChoice,
  type PhotoProgress,
} from '../../../web/src/forms/photos-after-create.ts';
import { photoFailureText } from '../../../web/src/i18n/photo-failure-text.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { auctionFixture } from './fixtures.ts';

const photo = (id: string): AuctionPhoto => ({
  id,
  width: 8,
  height: 6,
  url: `/${id}`,
  thumbnailUrl: `/${id}/thumbnail`,
});
const file = (name: string) => new File([new Uint8Array(10)], name, { type: 'image/jpeg' });

/** The new auction's photos as the API would keep them, and every call made, in order. */
function fakeAuction(earlier: string[], fail: { copy?: string; remove?: string } = {}) {
  let photos: AuctionPhoto[] = [];
  const log: string[] = [];
  const answer = () => auctionFixture({ photos });
  const calls: PhotoCalls = {
    async copyEarlier() {
      log.push('copy');
      if (fail.copy) throw new ApiError(429, fail.copy, '');
      photos = [...photos, ...earlier.map(photo)].slice(0, 6);
      return answer();
    },
    async remove(id) {
      log.push(`remove ${id}`);
      if (fail.remove) throw new ApiError(0, fail.remove, '');
      photos = photos.filter((p) => p.id !== id);
      return answer();
    },
    async add(added) {
      log.push(`add ${added.name}`);
      photos = [...photos, photo(added.name)];
      return answer();
    },
  };
  return { calls, log, ids: () => photos.map((p) => p.id) };
}

async function run(choice: PhotoChoice, fake: ReturnType<typeof fakeAuction>) {
  const progress: PhotoProgress[] = [];
  const failures = await addPhotosAfterCreate(choice, fake.calls, (p) => progress.push(p));
  return { failures, progress };
}

test('kept photos are copied in one call, the left-out ones removed, then the files sent after them', async () => {
  const fake = fakeAuction(['e1', 'e2', 'e3']);
  const choice = {
    earlier: ['e1', 'e2', 'e3'],
    leftOut: new Set(['e2']),
    files: [file('new.jpg'), file('other.jpg')],
  };
  const { failures, progress } = await run(choice, fake);
  assert.deepEqual(fake.log, ['copy', 'remove e2', 'add new.jpg', 'add other.jpg']);
  assert.deepEqual(fake.ids(), ['e1', 'e3', 'new.jpg', 'other.jpg']);
  assert.deepEqual(failures, []);
  assert.deepEqual(progress, [{ copying: true }, { n: 1, total: 2 }, { n: 2, total: 2 }]);
});

test('nothing copied when every earlier photo is left out, or when not offering again', async () => {
  const fake = fakeAuction(['e1', 'e2']);
  const allOut = { earlier: ['e1', 'e2'], leftOut: new Set(['e1', 'e2']), files: [file('a.jpg')] };
  await run(allOut, fake);
  assert.deepEqual(fake.log, ['add a.jpg']);

  assert.equal(choosesPhotos({ ...allOut, files: [] }), false);
  assert.equal(choosesPhotos({ earlier: [], leftOut: new Set(), files: [] }), false);
  assert.equal(choosesPhotos({ earlier: ['e1'], leftOut: new Set(), files: [] }), true);
});

test('the files take only the room the copies left: six in all', async () => {
  const earlier = ['e1', 'e2', 'e3', 'e4', 'e5'];
  const fake = fakeAuction(earlier);
  const choice = { earlier, leftOut: new Set<string>(), files: [file('a.jpg'), file('b.jpg')] };
  const { failures } = await run(choice, fake);
  assert.deepEqual(fake.log, ['copy', 'add a.jpg']);
  assert.deepEqual(failures, [{ fileName: 'b.jpg', code: 'TOO_MANY_PHOTOS' }]);
});

test('a failed copy or removal is kept for the auction page, and the files still go', async () => {
  const notCopied = fakeAuction(['e1'], { copy: 'RATE_LIMITED' });
  const choice = { earlier: ['e1', 'e2'], leftOut: new Set(['e2']), files: [file('a.jpg')] };
  const copyFailed = await run(choice, notCopied);
  assert.deepEqual(notCopied.log, ['copy', 'add a.jpg']);
  assert.deepEqual(copyFailed.failures, [{ earlier: 'notCopied', code: 'RATE_LIMITED' }]);

  const notRemoved = fakeAuction(['e1', 'e2', 'e3'], { remove: 'NETWORK' });
  const removeFailed = await run({ ...choice, earlier: ['e1', 'e2', 'e3'] }, notRemoved);
  assert.deepEqual(notRemoved.log, ['copy', 'remove e2', 'add a.jpg']);
  assert.deepEqual(notRemoved.ids(), ['e1', 'e2', 'e3', 'a.jpg']);
  assert.deepEqual(removeFailed.failures, [{ earlier: 'notRemoved', nth: 2, code: 'NETWORK' }]);
});

test('each failure reads in words, in both languages', () => {
  const failures = [
    { fileName: 'a.gif', code: 'UNSUPPORTED_MEDIA_TYPE' },
    { earlier: 'notCopied', code: 'RATE_LIMITED' },
    { earlier: 'notRemoved', nth: 2, code: 'NETWORK' },
  ] as const;
  for (const [t, locale] of [
    [ptBR, 'pt-BR'],
    [en, 'en'],
  ] as const) {
    const [file, copy, removal] = failures.map((f) => photoFailureText(f, t, locale));
    assert.equal(file, `a.gif: ${t.errors.UNSUPPORTED_MEDIA_TYPE}`);
    assert.equal(copy, t.photos.notCopied(t.errors.RATE_LIMITED));
    assert.equal(removal, t.photos.notRemoved(2, t.errors.NETWORK));
  }
  assert.equal(
    photoFailureText(failures[2], ptBR, 'pt-BR'),
    `A foto 2, do anúncio anterior, que você tinha tirado, continua no leilão: ${ptBR.errors.NETWORK}`,
  );
});
