// Questions to the seller (`/api/auctions/:id/questions`): asked by anyone
// signed in but the seller while the auction is open, answered once by the
// seller, public and numbered; watchers on every replica and the concerned
// person's devices hear each, with a version that shows a gap; the asker's
// export lists them and they outlive the asker's account. Every refusal is
// a 4xx with its code that changes nothing. Real Redis, two replicas.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Socket } from 'socket.io-client';
import { redisKeys } from '../../core/redis/keys.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import type { AccountExport, Question, QuestionEvent, QuestionList } from '../../core/schemas.ts';
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

let seller: Session;
let alice: Session;
let bob: Session;
const stack = useReplicaStack(2, {
  setup: async () => {
    [seller, alice, bob] = await registerEach(url(), ['Seller', 'Alice', 'Bob'] as const);
  },
});
const { url, sockets } = stack;
const keys = redisKeys();

type Asked = { question: Question; version: number } & { error?: { code: string } };
type Heard = QuestionEvent;

const ask = (auctionId: string, token: string, body: unknown, replica = 0) =>
  call<Asked>(url(replica), 'POST', `/api/auctions/${auctionId}/questions`, { token, body });
const answer = (auctionId: string, number: unknown, body: unknown, token = seller.token) =>
  call<Asked>(url(1), 'POST', `/api/auctions/${auctionId}/questions/${number}/answer`, {
    token,
    body,
  });
const list = (auctionId: string, replica = 1) =>
  call<QuestionList & { error?: { code: string } }>(
    url(replica),
    'GET',
    `/api/auctions/${auctionId}/questions`,
  );
const codeOf = (reply: { status: number; body: { error?: { code: string } } }) => [
  reply.status,
  reply.body.error?.code,
];

async function listening(replica: number, token?: string): Promise<Socket> {
  const socket = await connectClient(url(replica), token);
  sockets.push(socket);
  return socket;
}
function collect(socket: Socket, event: string): Heard[] {
  const heard: Heard[] = [];
  socket.on(event, (payload: Heard) => heard.push(payload));
  return heard;
}

describe('questions to the seller', () => {
  it('are asked, numbered, answered once, and heard by watchers and the one concerned', async () => {
    const auction = await createAuction(url(), seller.token, { title: 'Violão' });
    const watcher = await listening(1);
    await watcher.emitWithAck('auction:watch', { auctionId: auction.id });
    // Neither watches the auction: they hear what concerns them on any device.
    const sellerDevice = await listening(1, seller.token);
    const aliceDevice = await listening(0, alice.token);
    const watcherAsked = collect(watcher, 'question:asked');
    const watcherAnswered = collect(watcher, 'question:answered');
    const sellerAsked = collect(sellerDevice, 'question:asked');
    const aliceAnswered = collect(aliceDevice, 'question:answered');

    const first = await ask(auction.id, alice.token, { text: '  Tem capa?  ' });
    assert.equal(first.status, 201);
    assert.equal(first.body.version, 1);
    assert.deepEqual(
      { ...first.body.question, askedAt: undefined },
      {
        number: 1,
        asker: { id: alice.user.id, name: 'Alice' },
        text: 'Tem capa?',
        askedAt: undefined,
        answer: null,
      },
    );
    const second = await ask(auction.id, bob.token, { text: 'Aceita troca?' }, 1);
    assert.deepEqual([second.body.question.number, second.body.version], [2, 2]);

    await eventually(() => watcherAsked.length === 2 && sellerAsked.length === 2);
    assert.deepEqual(
      watcherAsked.map((e) => [
        e.auctionId,
        e.auctionTitle,
        e.version,
        e.question.number,
        e.question.text,
      ]),
      [
        [auction.id, 'Violão', 1, 1, 'Tem capa?'],
        [auction.id, 'Violão', 2, 2, 'Aceita troca?'],
      ],
    );
    assert.deepEqual(sellerAsked, watcherAsked, 'the seller hears each once');

    const answered = await answer(auction.id, 1, { text: ' Sim, e afinador. ' });
    assert.equal(answered.status, 200);
    assert.equal(answered.body.version, 3);
    assert.equal(answered.body.question.answer?.text, 'Sim, e afinador.');
    await eventually(() => watcherAnswered.length === 1 && aliceAnswered.length === 1);
    assert.deepEqual(aliceAnswered[0], watcherAnswered[0]);
    assert.deepEqual(aliceAnswered[0]!.question, answered.body.question);
    assert.equal(aliceAnswered[0]!.auctionTitle, 'Violão', 'an alert can name the auction');
    for (const event of [...watcherAsked, ...aliceAnswered])
      assert.equal(event.sellerId, seller.user.id, 'whose auction it is');
    await sleep(100);
    assert.equal(aliceAnswered.length, 1, 'Bob’s answer is not Alice’s business');
    assert.equal(sellerAsked.length, 2);

    const read = await list(auction.id);
    assert.equal(read.body.version, 3);
    assert.deepEqual(read.body.items, [answered.body.question, second.body.question]);

    assert.deepEqual(codeOf(await answer(auction.id, 1, { text: 'Não.' })), [
      409,
      'ALREADY_ANSWERED',
    ]);
    assert.deepEqual(codeOf(await answer(auction.id, 2, { text: 'Eu!' }, alice.token)), [
      403,
      'NOT_SELLER',
    ]);
    assert.deepEqual(codeOf(await answer(auction.id, 99, { text: '?' })), [
      404,
      'QUESTION_NOT_FOUND',
    ]);
    for (const number of [0, 'x', 1.5])
      assert.deepEqual(codeOf(await answer(auction.id, number, { text: '?' })), [
        400,
        'VALIDATION_FAILED',
      ]);
    assert.equal((await list(auction.id, 0)).body.version, 3, 'no refusal changed anything');
    assert.equal(
      await stack.redis.client().exists(keys.questionStream),
      0,
      'no e-mail is queued where the API has no mail relay',
    );
  });

  it('refuses the seller, strangers, blanks, closed auctions and bad bodies; answers may come after the end', async () => {
    const auction = await createAuction(url(), seller.token, { durationSeconds: 1 });
    assert.deepEqual(codeOf(await ask(auction.id, seller.token, { text: 'Eu?' })), [
      403,
      'OWN_AUCTION',
    ]);
    assert.deepEqual(codeOf(await ask(auction.id, '', { text: 'Oi' })), [401, 'UNAUTHORIZED']);
    for (const body of [
      { text: '   ' },
      { text: 'x'.repeat(501) },
      { text: 'ok', extra: 1 },
      { text: 7 },
      {},
    ])
      assert.deepEqual(
        codeOf(await ask(auction.id, alice.token, body)),
        [400, 'VALIDATION_FAILED'],
        JSON.stringify(body).slice(0, 40),
      );
    assert.deepEqual(codeOf(await ask('no-such-auction', alice.token, { text: 'Oi' })), [
      404,
      'AUCTION_NOT_FOUND',
    ]);
    assert.deepEqual(codeOf(await list('no-such-auction')), [404, 'AUCTION_NOT_FOUND']);
    const asked = await ask(auction.id, alice.token, { text: 'Ainda dá tempo?' });
    assert.equal(asked.status, 201);
    await sleep(1_100);
    assert.deepEqual(codeOf(await ask(auction.id, bob.token, { text: 'E agora?' })), [
      409,
      'AUCTION_CLOSED',
    ]);
    const late = await answer(auction.id, 1, { text: 'Não deu, desculpe.' });
    assert.equal(late.status, 200, 'the seller may still answer');
    const read = await list(auction.id);
    assert.deepEqual(
      read.body.items.map((q) => q.number),
      [1],
    );
  });

  it('are removed by the seller alone, for every watcher, their numbers never used again', async () => {
    const auction = await createAuction(url(), seller.token, { title: 'Sofá' });
    const watcher = await listening(0);
    await watcher.emitWithAck('auction:watch', { auctionId: auction.id });
    const removed: { auctionId: string; version: number; number: number }[] = [];
    watcher.on('question:removed', (event: (typeof removed)[number]) => removed.push(event));
    await ask(auction.id, alice.token, { text: 'Tem manchas?' });
    await ask(auction.id, bob.token, { text: 'Ligue para 99999-9999' });
    await answer(auction.id, 2, { text: 'Não é o lugar.' });
    const remove = (number: unknown, token = seller.token) =>
      call<{ version: number } & { error?: { code: string } }>(
        url(1),
        'DELETE',
        `/api/auctions/${auction.id}/questions/${number}`,
        { token },
      );
    assert.deepEqual(codeOf(await remove(2, alice.token)), [403, 'NOT_SELLER']);
    const gone = await remove(2);
    assert.deepEqual([gone.status, gone.body.version], [200, 4]);
    await eventually(() => removed.length === 1);
    assert.deepEqual(removed[0], { auctionId: auction.id, version: 4, number: 2 });
    assert.deepEqual(codeOf(await remove(2)), [404, 'QUESTION_NOT_FOUND']);
    assert.deepEqual(codeOf(await answer(auction.id, 2, { text: '?' })), [
      404,
      'QUESTION_NOT_FOUND',
    ]);
    const bobs = await call<{ items: { auctionId: string; question: Question }[] }>(
      url(0),
      'GET',
      '/api/me/questions',
      { token: bob.token },
    );
    assert.ok(
      !bobs.body.items.some((item) => item.auctionId === auction.id),
      'a removed question is not in its asker’s list either',
    );
    const next = await ask(auction.id, bob.token, { text: 'Desculpe. Qual a cor?' });
    assert.equal(next.body.question.number, 3, 'numbers are not used again');
    const read = await list(auction.id);
    assert.deepEqual(
      read.body.items.map((q) => q.number),
      [1, 3],
    );
    assert.equal(read.body.version, 5);
  });

  it('caps the questions of an auction, and refuses an account deleted after its token was checked', async () => {
    const auction = await createAuction(url(), seller.token);
    const redis = loadScripts(stack.redis.client());
    const askDirectly = (asker: Session, max: string) =>
      redis.askQuestion(
        keys.auction(auction.id),
        keys.auctionQuestions(auction.id),
        keys.user(asker.user.id),
        keys.userQuestions(asker.user.id),
        keys.questionStream,
        asker.user.id,
        asker.user.name,
        'Pergunta',
        keys.eventsChannel,
        max,
        '0',
        keys.userPrefix,
      );
    assert.equal((await askDirectly(alice, '2'))[0], 0);
    assert.equal((await askDirectly(bob, '2'))[0], 0);
    assert.deepEqual(await askDirectly(alice, '2'), [-22]);
    const ghost = { ...alice, user: { ...alice.user, id: 'deleted-user' } };
    assert.deepEqual(await askDirectly(ghost, '9'), [-18]);
    assert.deepEqual(
      (await list(auction.id)).body.items.map((q) => q.asker.name),
      ['Alice', 'Bob'],
      'nothing refused was written',
    );
  });

  it('are in the asker’s export, and stay public with their name after the account goes', async () => {
    const [carla] = await registerEach(url(), ['Carla'] as const);
    const auction = await createAuction(url(), seller.token, { title: 'Mesa' });
    const asked = await ask(auction.id, carla.token, { text: 'Qual a largura?' });
    const answered = await answer(auction.id, asked.body.question.number, { text: '1,20 m' });
    const exported = await call<AccountExport>(url(1), 'GET', '/api/me/export', {
      token: carla.token,
    });
    const mine = { auctionId: auction.id, auctionTitle: 'Mesa', question: answered.body.question };
    assert.deepEqual(exported.body.questions, [mine]);
    const listed = await call<{ items: unknown[] }>(url(0), 'GET', '/api/me/questions', {
      token: carla.token,
    });
    assert.deepEqual(listed.body.items, [mine], 'her questions, with the auction’s title');
    const second = await createAuction(url(), seller.token, { title: 'Cadeira' });
    const later = await ask(second.id, carla.token, { text: 'De madeira?' });
    assert.deepEqual(
      (
        await call<{ items: { auctionTitle: string }[] }>(url(1), 'GET', '/api/me/questions', {
          token: carla.token,
        })
      ).body.items.map((item) => item.auctionTitle),
      ['Cadeira', 'Mesa'],
      'the latest first',
    );
    assert.equal(later.status, 201);
    assert.equal((await call(url(0), 'GET', '/api/me/questions')).status, 401);

    const deleted = await call(url(0), 'DELETE', '/api/auth/me', {
      token: carla.token,
      body: { password: 'correct horse battery' },
    });
    assert.equal(deleted.status, 204);
    assert.equal(await stack.redis.client().exists(keys.userQuestions(carla.user.id)), 0);
    const read = await list(auction.id);
    assert.deepEqual(
      read.body.items.find((q) => q.number === asked.body.question.number)?.asker,
      { id: carla.user.id, name: 'Carla' },
      'as everyone saw it',
    );
  });
});
