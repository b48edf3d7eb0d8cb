// Saved searches (`/api/me/searches`): saved, listed and deleted on any
// replica, each words-and-category once, at most MAX_SAVED_SEARCHES; a new
// listing is streamed for the worker; the alert the worker publishes reaches
// every device of the person on whichever replica it is connected; the
// searches are in the export and go with the account. Real Redis, two
// replicas. (The worker's matching and e-mails: tests/worker/search-alerts.test.ts.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import { createSavedSearchStore } from '../../core/redis/saved-searches.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import {
  MAX_SAVED_SEARCHES,
  type AccountExport,
  type CompactAuction,
  type SavedSearch,
} from '../../core/schemas.ts';
import { loadWorkerScripts } from '../../worker/redis/scripts.ts';
import {
  call,
  createAuction,
  eventually,
  registerEach,
  sleep,
  type Session,
} from '../support/api-client.ts';
import { connectClient } from '../support/replicas.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

type Refusal = { error?: { code: string; searchId?: string } };

let ana: Session;
let bruno: Session;
const stack = useReplicaStack(2, {
  env: { ACCOUNT_DELETION_HOLD_DAYS: '0' },
  setup: async () => {
    [ana, bruno] = await registerEach(stack.url(), ['Ana', 'Bruno'] as const);
  },
});
const { url } = stack;
const keys = redisKeys();

const save = (who: Session, body: unknown, replica = 0) =>
  call<SavedSearch & Refusal>(url(replica), 'POST', '/api/me/searches', {
    token: who.token,
    body,
  });
const saved = async (who: Session, replica = 1) =>
  (
    await call<{ items: SavedSearch[] }>(url(replica), 'GET', '/api/me/searches', {
      token: who.token,
    })
  ).body.items;
const forget = (who: Session, id: string, replica = 1) =>
  call<Refusal>(url(replica), 'DELETE', `/api/me/searches/${id}`, { token: who.token });
const codeOf = (reply: { status: number; body: Refusal }) => [reply.status, reply.body.error?.code];

describe('saved searches', () => {
  it('are saved, listed newest first and deleted on any replica, each once', async () => {
    const [cora] = await registerEach(url(), ['Cora'] as const);
    const first = await save(cora, { query: '  Relógio   de bolso ' });
    assert.equal(first.status, 201);
    assert.deepEqual(
      [first.body.query, first.body.category],
      ['Relógio de bolso', null],
      'trimmed, spaces collapsed',
    );
    assert.ok(Math.abs(Date.parse(first.body.createdAt) - Date.now()) < 5_000);
    const second = await save(cora, { category: 'jewelry' }, 1);
    const third = await save(cora, { query: 'relogio', category: 'jewelry' });
    assert.deepEqual(
      [second.status, second.body.query, third.status],
      [201, '', 201],
      'a category alone, and words in a category, are other searches',
    );
    assert.deepEqual(
      (await saved(cora)).map((search) => search.id),
      [third.body.id, second.body.id, first.body.id],
    );

    // The same words (case, accents and spacing aside) and category: once.
    const again = await save(cora, { query: 'RELOGIO de Bolso' }, 1);
    assert.deepEqual(codeOf(again), [409, 'SEARCH_ALREADY_SAVED']);
    assert.equal(again.body.error?.searchId, first.body.id);
    assert.deepEqual(codeOf(await save(cora, { category: 'jewelry', query: ' ' })), [
      409,
      'SEARCH_ALREADY_SAVED',
    ]);

    assert.equal((await forget(cora, first.body.id)).status, 204);
    assert.deepEqual(codeOf(await forget(cora, first.body.id, 0)), [404, 'SEARCH_NOT_FOUND']);
    assert.deepEqual(codeOf(await forget(bruno, second.body.id)), [404, 'SEARCH_NOT_FOUND']);
    assert.deepEqual(
      (await saved(cora, 0)).map((search) => search.id),
      [third.body.id, second.body.id],
    );
    const client = stack.redis.client();
    assert.deepEqual(
      await client.smembers(keys.savedSearchIndex(null)),
      [],
      'the deleted search left its index',
    );
    assert.deepEqual(
      (await client.smembers(keys.savedSearchIndex('jewelry'))).sort(),
      [`${cora.user.id}:${second.body.id}`, `${cora.user.id}:${third.body.id}`].sort(),
    );
    // A search in a category leaves that category's index.
    assert.equal((await forget(cora, third.body.id, 0)).status, 204);
    assert.deepEqual(await client.smembers(keys.savedSearchIndex('jewelry')), [
      `${cora.user.id}:${second.body.id}`,
    ]);
    client.disconnect();
    // Saved again once deleted.
    assert.equal((await save(cora, { query: 'relógio de bolso' })).status, 201);
  });

  it('refuses an empty or malformed search, and anyone signed out; mends broken text', async () => {
    const [dora] = await registerEach(url(), ['Dora'] as const);
    for (const body of [
      {},
      { query: '   ' },
      { query: '' },
      { query: 'x'.repeat(101) },
      { category: 'weapons' },
      { query: 'lanterna', extra: 1 },
      { query: 42 },
      null,
      [],
    ]) {
      const reply = await save(dora, body);
      assert.deepEqual(codeOf(reply), [400, 'VALIDATION_FAILED'], JSON.stringify(body));
    }
    assert.deepEqual(await saved(dora), [], 'nothing saved');
    // A lone surrogate (JSON's \ud800, which Lua's cjson refuses) is kept as U+FFFD, never a 500.
    const broken = await save(dora, { query: '\ud800abc' });
    assert.deepEqual([broken.status, broken.body.query], [201, '\ufffdabc']);
    assert.equal((await call(url(), 'GET', '/api/me/searches')).status, 401);
    assert.equal(
      (await call(url(), 'POST', '/api/me/searches', { body: { query: 'a' } })).status,
      401,
    );
    assert.deepEqual(codeOf(await forget(dora, 'bad id!')), [400, 'VALIDATION_FAILED']);
  });

  it(`keeps at most ${MAX_SAVED_SEARCHES}`, async () => {
    const [ema] = await registerEach(url(), ['Ema'] as const);
    const replies = await Promise.all(
      Array.from({ length: MAX_SAVED_SEARCHES + 3 }, (_, i) =>
        save(ema, { query: `item ${i}` }, i % 2),
      ),
    );
    assert.equal(replies.filter((reply) => reply.status === 201).length, MAX_SAVED_SEARCHES);
    assert.deepEqual(
      replies.filter((reply) => reply.status !== 201).map(codeOf),
      Array(3).fill([409, 'TOO_MANY_SEARCHES']),
      'saved at once from two replicas, still at most the limit',
    );
    assert.equal((await saved(ema)).length, MAX_SAVED_SEARCHES);
  });

  it('streams each new listing, and the alert reaches every device of the person told', async () => {
    const phone = await connectClient(url(1), bruno.token, { compact: true });
    const laptop = await connectClient(url(0), bruno.token);
    const stranger = await connectClient(url(1), ana.token);
    stack.sockets.push(phone, laptop, stranger);
    const heard: [string, unknown][] = [];
    for (const [name, socket] of [
      ['phone', phone],
      ['laptop', laptop],
      ['stranger', stranger],
    ] as const)
      socket.on('search:matched', (payload: { auction: CompactAuction }) =>
        heard.push([name, payload]),
      );

    const search = (await save(bruno, { query: 'gramofone' })).body;
    const client = stack.redis.client();
    const before = await client.xlen(keys.listingStream);
    const auction = await createAuction(url(1), ana.token, {
      title: 'Gramofone antigo',
      description: 'Funciona.',
    });
    const [last] = await client.xrevrange(keys.listingStream, '+', '-', 'COUNT', 1);
    assert.equal(await client.xlen(keys.listingStream), before + 1);
    assert.deepEqual(last?.[1], ['auctionId', auction.id]);

    // What the worker publishes, through its own script.
    const match = {
      userId: bruno.user.id,
      searchId: search.id,
      query: 'gramofone',
      category: null,
    };
    const worker = loadWorkerScripts(client);
    const announce = (auctionId: string) =>
      worker.announceSearchMatches(
        keys.searchAnnounced(auctionId),
        keys.auction(auctionId),
        keys.eventsChannel,
        JSON.stringify([match]),
        '60',
        '200',
      );
    assert.equal(await announce(auction.id), 1);
    assert.equal(await announce(auction.id), 0, 'once per listing');
    // A listing cancelled between the worker's read and its announcement: nothing.
    const cancelled = await createAuction(url(0), ana.token, { title: 'Gramofone quebrado' });
    assert.equal(
      (await call(url(0), 'POST', `/api/auctions/${cancelled.id}/cancel`, { token: ana.token }))
        .status,
      200,
    );
    assert.equal(await announce(cancelled.id), 0);
    await eventually(() => heard.length >= 2);
    await sleep(200); // anything more would have come by now
    client.disconnect();
    assert.deepEqual(heard.map(([name]) => name).sort(), ['laptop', 'phone'], 'not another user');
    const byName = Object.fromEntries(heard) as Record<
      string,
      {
        searchId: string;
        query: string;
        category: null;
        auction: CompactAuction & { description?: string };
      }
    >;
    assert.deepEqual(
      [
        byName.phone!.searchId,
        byName.phone!.query,
        byName.phone!.category,
        byName.phone!.auction.id,
      ],
      [search.id, 'gramofone', null, auction.id],
    );
    assert.equal(byName.phone!.auction.description, undefined, 'compact where asked for');
    assert.equal(byName.laptop!.auction.description, 'Funciona.');
  });

  it('are in the export, and go with the account, index entries included', async () => {
    const [fabi] = await registerEach(url(), ['Fabi'] as const);
    const words = (await save(fabi, { query: 'lanterna' })).body;
    const inCategory = (await save(fabi, { category: 'music' })).body;
    const exported = await call<AccountExport>(url(1), 'GET', '/api/me/export', {
      token: fabi.token,
    });
    assert.deepEqual(exported.body.savedSearches, [inCategory, words]);
    const deleted = await call(url(), 'DELETE', '/api/auth/me', {
      token: fabi.token,
      body: { password: 'correct horse battery' },
    });
    assert.equal(deleted.status, 204);
    const client = stack.redis.client();
    assert.equal(await client.exists(keys.userSearches(fabi.user.id)), 0);
    // A save that checked its token just before the deletion is refused by the script itself.
    const store = createSavedSearchStore(loadScripts(client), keys);
    await assert.rejects(store.save(fabi.user.id, { query: 'lanterna' }), { code: 'UNAUTHORIZED' });
    assert.equal(await client.exists(keys.userSearches(fabi.user.id)), 0, 'no half account left');
    assert.equal(
      await client.sismember(keys.savedSearchIndex(null), `${fabi.user.id}:${words.id}`),
      0,
    );
    assert.equal(
      await client.sismember(keys.savedSearchIndex('music'), `${fabi.user.id}:${inCategory.id}`),
      0,
    );
    client.disconnect();
  });
});
