// Browser end-to-end for *Registro de decisões*, the moderation log on
// /moderation, on the real stack. Two moderators decide through the API — a
// removal, a suspension, a reinstatement — and the page lists them the latest
// first, each a sentence with its time, the moderator's name and what it was
// about linking to them, and the reason where one was given. The log is not
// live: a removal taken after the page opened shows only on *Atualizar*,
// said by a polite status, the focus kept on the button. axe at both widths.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator } from 'playwright-core';
import { createAuction, registerEach } from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { reinstateAccount, removeAuction, suspendAccount } from './support/appeals-api.ts';
import { grantModerator } from './support/moderation-api.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

describe('the moderation log in the browser', { timeout: 120_000 }, () => {
  const suite = useBrowserSuite();

  /** What an entry says, the time left out, and where its links lead. */
  async function readEntry(entry: Locator) {
    const href = (testId: string) => entry.getByTestId(testId).getAttribute('href');
    const reason = entry.getByTestId('log-reason');
    return {
      sentence: await entry.getByTestId('log-sentence').innerText(),
      moderator: await href('log-moderator'),
      subject: await href('log-subject'),
      reason: (await reason.count()) > 0 ? await reason.innerText() : null,
      at: await entry.locator('time').getAttribute('datetime'),
    };
  }

  test('two moderators’ decisions, the latest first, named and linked; Atualizar reads a later one', async () => {
    const [vera, sami, mara, otto] = await registerEach(suite.stack.url, [
      'Vera Vendedora',
      'Sami Suspenso',
      'Mara Moderadora',
      'Otto Moderador',
    ]);
    const watch = await createAuction(suite.stack.url, vera.token, {
      title: 'Relógio falso',
      durationSeconds: 900,
    });
    const pills = await createAuction(suite.stack.url, vera.token, {
      title: 'Remédio sem receita',
      durationSeconds: 900,
    });
    await grantModerator(suite.stack, mara);
    await grantModerator(suite.stack, otto);
    await removeAuction(suite.stack.url, mara, watch.id, 'counterfeit');
    await suspendAccount(suite.stack.url, otto, sami.user.id, 'fraud');
    await reinstateAccount(suite.stack.url, mara, sami.user.id);

    const page = (await suite.open('/moderation', { session: otto })).page;
    const section = page.getByTestId('moderation-log');
    await section.getByRole('heading', { level: 2, name: 'Registro de decisões' }).waitFor();
    const entries = section.getByTestId('log-entry');
    await entries.nth(2).waitFor();
    assert.equal(await entries.count(), 3);

    const maraHref = `/users/${mara.user.id}`;
    const samiHref = `/users/${sami.user.id}`;
    const [reinstated, suspended, removed] = await Promise.all([
      readEntry(entries.nth(0)),
      readEntry(entries.nth(1)),
      readEntry(entries.nth(2)),
    ]);
    assert.deepEqual(
      { ...reinstated, at: undefined },
      {
        sentence: 'Mara Moderadora reativou Sami Suspenso.',
        moderator: maraHref,
        subject: samiHref,
        reason: null,
        at: undefined,
      },
    );
    assert.deepEqual(
      { ...suspended, at: undefined },
      {
        sentence: 'Otto Moderador suspendeu Sami Suspenso.',
        moderator: `/users/${otto.user.id}`,
        subject: samiHref,
        reason: 'Motivo: Fraude ou golpe',
        at: undefined,
      },
    );
    assert.deepEqual(
      { ...removed, at: undefined },
      {
        sentence: 'Mara Moderadora removeu “Relógio falso”.',
        moderator: maraHref,
        subject: `/auctions/${watch.id}`,
        reason: 'Motivo: Falsificação',
        at: undefined,
      },
    );
    // The latest first, each at a real time.
    const times = [reinstated, suspended, removed].map(({ at }) => Date.parse(at ?? ''));
    assert.ok(times.every(Number.isFinite), String(times));
    assert.deepEqual(
      [...times].sort((a, b) => b - a),
      times,
    );
    await assertAccessibleAtBothSizes(page, 'the moderation page with its decision log');
    await screenshotBoth(page, 'moderation-log');

    // Not live: a removal after the page opened waits for *Atualizar*.
    await removeAuction(suite.stack.url, mara, pills.id, 'prohibited');
    await page.waitForTimeout(500);
    assert.equal(await entries.count(), 3, 'the log does not move by itself');
    const refresh = section.getByRole('button', { name: 'Atualizar o registro de decisões' });
    await refresh.click();
    await waitForText(page, 'log-outcome', 'Registro de decisões atualizado.');
    assert.equal(await section.getByTestId('log-outcome').getAttribute('role'), 'status');
    assert.equal(await entries.count(), 4);
    const latest = await readEntry(entries.first());
    assert.equal(latest.sentence, 'Mara Moderadora removeu “Remédio sem receita”.');
    assert.equal(latest.subject, `/auctions/${pills.id}`);
    assert.equal(latest.reason, 'Motivo: Item proibido');
    assert.equal(
      await refresh.evaluate((button) => button === document.activeElement),
      true,
      'the focus stays on Atualizar',
    );
    await assertAccessibleAtBothSizes(page, 'the decision log refreshed');
  });
});
