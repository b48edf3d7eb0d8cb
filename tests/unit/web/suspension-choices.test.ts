// What a moderator chooses when suspending an account (web/src/forms/suspension.ts):
// removing its open auctions and cancelling its bids on open auctions, both
// checked to begin with; the question says what becomes of its bids as the
// box says, in both languages; the queue sends both choices to the API; and
// the status counts only what was asked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Value } from 'typebox/value';
import {
  SuspendUserBody,
  type ModerationQueue,
  type SuspendResult,
} from '../../../core/schemas.ts';
import { INITIAL_SUSPEND_CHOICES, suspensionCounts } from '../../../web/src/forms/suspension.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import {
  createModerationQueue,
  type QueueApi,
} from '../../../web/src/live/moderation-queue-store.ts';

const result: SuspendResult = { removed: ['a1', 'a2'], bidsCancelledOn: ['a3'] };

test('both choices are checked to begin with, and make a body the API takes', () => {
  assert.deepEqual(INITIAL_SUSPEND_CHOICES, { removeOpenAuctions: true, cancelBids: true });
  assert.ok(Value.Check(SuspendUserBody, { reason: 'fraud', ...INITIAL_SUSPEND_CHOICES }));
});

test('the status counts what was asked, and nothing else', () => {
  assert.deepEqual(suspensionCounts(INITIAL_SUSPEND_CHOICES, result), {
    removed: 2,
    bidsCancelledOn: 1,
  });
  assert.deepEqual(suspensionCounts({ removeOpenAuctions: false, cancelBids: false }, result), {
    removed: null,
    bidsCancelledOn: null,
  });
});

test('the question says whether the account’s bids stand, as the box says', () => {
  assert.match(
    ptBR.suspension.question('Sérgio', true),
    /^Suspender a conta de Sérgio\? .* Os lances dela nos leilões abertos são cancelados; os dos leilões já encerrados continuam valendo\.$/,
  );
  assert.match(
    ptBR.suspension.question('Sérgio', false),
    /até a conta ser reativada\. Os lances que ela já deu continuam valendo\.$/,
  );
  assert.match(
    en.suspension.question('Sérgio', true),
    /Their bids on open auctions are cancelled;/,
  );
  assert.match(en.suspension.question('Sérgio', false), /Bids they already placed stand\.$/);
  assert.equal(ptBR.suspension.cancelBids, 'Cancelar os lances desta conta nos leilões abertos');
  assert.equal(en.suspension.cancelBids, 'Cancel this account’s bids on open auctions');
});

test('suspending from the queue sends both choices', async () => {
  const sent: unknown[] = [];
  const api = {
    moderationQueue: async (): Promise<ModerationQueue> => ({ items: [], nextCursor: null }),
    suspendUser: async (_id: string, body: unknown) => {
      sent.push(body);
      return result;
    },
  } as unknown as QueueApi;
  const queue = createModerationQueue(api, { onChanges: () => {} });
  const stop = queue.start();
  while (queue.view.get().status !== 'ready') await new Promise((resolve) => setImmediate(resolve));
  const answer = await queue.suspendSeller('u-sergio', 'fraud', {
    removeOpenAuctions: false,
    cancelBids: true,
  });
  stop();
  assert.deepEqual(sent, [{ reason: 'fraud', removeOpenAuctions: false, cancelBids: true }]);
  assert.deepEqual(answer, result);
  assert.deepEqual(queue.view.get().sellers.get('u-sergio'), { suspended: true, removed: null });
});
