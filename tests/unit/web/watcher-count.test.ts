// The watcher count an auction's page shows: the API's count, moved by the
// viewer's own star since it was read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { watchersShown } from '../../../web/src/live/watcher-count.ts';

test('the viewer’s star moves the count they read, once', () => {
  assert.equal(watchersShown({ count: 2, viewerWatched: false }, false), 2);
  assert.equal(watchersShown({ count: 2, viewerWatched: false }, true), 3);
  assert.equal(watchersShown({ count: 3, viewerWatched: true }, true), 3);
  assert.equal(watchersShown({ count: 3, viewerWatched: true }, false), 2);
});

test('never below nobody, should the count have moved under the viewer', () => {
  assert.equal(watchersShown({ count: 0, viewerWatched: true }, false), 0);
});
