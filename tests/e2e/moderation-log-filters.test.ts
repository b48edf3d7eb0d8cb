// Browser end-to-end for filtering *Registro de decisões* on /moderation, on
// the real stack. Two moderators decide through the API; *Tipo de decisão*
// and *Moderador* show only those decisions, a polite status says how many,
// the focus stays on the choice, and the filters live in the address: a
// reload keeps them (the focus then on the log's heading). A moderator's
// *Histórico de moderação* on an auction's page (no one else's) opens the log
// filtered to that auction, and on a profile's moderation panel to that
// account; *Remover filtro* shows them all again. Last, with a log longer
// than one request reads (LOG_SCAN_LIMIT), a filtered page that found none so
// far says so and offers *Continuar procurando*, which reads on to the
// decision, or to the log's start: *Nenhuma decisão com estes filtros*, the
// focus on that sentence. axe at both widths.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { LOG_SCAN_LIMIT } from '../../core/redis/moderation-log.ts';
import { redisKeys } from '../../core/redis/keys.ts';
import { createAuction, registerEach } from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { reinstateAccount, removeAuction, suspendAccount } from './support/appeals-api.ts';
import { waitWatching } from './support/browser.ts';
import { grantModerator } from './support/moderation-api.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

describe('filtering the moderation log in the browser', { timeout: 180_000 }, () => {
  const suite = useBrowserSuite();

  const logOf = (page: Page) => page.getByTestId('moderation-log');

  /** The sentences the log shows, top to bottom. */
  const sentences = (log: Locator) => log.getByTestId('log-sentence').allInnerTexts();

  /** Waits until the log shows exactly `expected`, the latest first. */
  async function waitForSentences(log: Locator, expected: string[]): Promise<void> {
    let last: string[] = [];
    for (let tries = 0; tries < 100; tries++) {
      if ((await log.locator('ol.log-entries').getAttribute('aria-busy')) !== 'true') {
        last = await sentences(log);
        if (JSON.stringify(last) === JSON.stringify(expected)) return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.deepEqual(last, expected, 'the log’s decisions');
  }

  /** The polite status's words (a no-break space may end them: see the section). */
  const said = async (log: Locator) =>
    (await log.getByTestId('announcer').innerText()).replace(/\u00a0$/, '');

  /** The focused element's id, else its text. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element?.id || element?.textContent || null;
    });

  /** Chooses an option as a person does: the choice focused first. */
  async function choose(select: Locator, label: string): Promise<void> {
    await select.focus();
    await select.selectOption({ label });
  }

  const addressOf = (page: Page) => {
    const { pathname, search } = new URL(page.url());
    return pathname + search;
  };

  test('by kind and by moderator, in the address across a reload', async () => {
    const [vera, sami, mara, otto] = await registerEach(suite.stack.url, [
      'Vera Vendedora',
      'Sami Suspenso',
      'Mara Moderadora',
      'Otto Moderador',
    ]);
    const [watch, pills] = [
      await createAuction(suite.stack.url, vera.token, { title: 'Relógio falso' }),
      await createAuction(suite.stack.url, vera.token, { title: 'Remédio sem receita' }),
    ];
    await grantModerator(suite.stack, mara);
    await grantModerator(suite.stack, otto);
    await removeAuction(suite.stack.url, mara, watch.id, 'counterfeit');
    await suspendAccount(suite.stack.url, otto, sami.user.id, 'fraud');
    await reinstateAccount(suite.stack.url, mara, sami.user.id);
    await removeAuction(suite.stack.url, otto, pills.id, 'prohibited');

    const page = (await suite.open('/moderation', { session: otto })).page;
    const log = logOf(page);
    const everything = [
      'Otto Moderador removeu “Remédio sem receita”.',
      'Mara Moderadora reativou Sami Suspenso.',
      'Otto Moderador suspendeu Sami Suspenso.',
      'Mara Moderadora removeu “Relógio falso”.',
    ];
    await waitForSentences(log, everything);

    const kind = log.getByLabel('Tipo de decisão');
    await choose(kind, 'Remoções de anúncios');
    await waitForSentences(log, [everything[0] ?? '', everything[3] ?? '']);
    assert.equal(addressOf(page), '/moderation?logAction=removed');
    assert.deepEqual(
      await log
        .getByTestId('log-entry')
        .evaluateAll((entries) => entries.map((entry) => (entry as HTMLElement).dataset.action)),
      ['removed', 'removed'],
    );
    await waitForText(page, 'announcer', '2 decisões mostradas.');
    assert.equal(await focused(page), 'log-action', 'the focus stays on the choice');

    // The moderators offered are those of the decisions read.
    const moderator = log.getByLabel('Moderador', { exact: true });
    assert.deepEqual(await moderator.locator('option').allInnerTexts(), [
      'Todos os moderadores',
      'Só as decisões de Mara Moderadora',
      'Só as decisões de Otto Moderador',
    ]);
    await choose(moderator, 'Só as decisões de Mara Moderadora');
    await waitForSentences(log, ['Mara Moderadora removeu “Relógio falso”.']);
    assert.equal(addressOf(page), `/moderation?logAction=removed&logModerator=${mara.user.id}`);
    await waitForText(page, 'announcer', '1 decisão mostrada.');
    assert.equal(await focused(page), 'log-moderator');
    assert.equal(await said(log), '1 decisão mostrada.');
    await assertAccessibleAtBothSizes(page, 'the decision log filtered by kind and moderator');
    await screenshotBoth(page, 'moderation-log-filtered');

    // The address keeps them: a reload shows the same, the focus on the log.
    await page.reload();
    await waitForSentences(log, ['Mara Moderadora removeu “Relógio falso”.']);
    assert.equal(await kind.inputValue(), 'removed');
    assert.equal(await moderator.inputValue(), mara.user.id);
    assert.equal(await focused(page), 'log-title', 'arriving filtered, the log’s heading');

    // One moderator's decisions of every kind, then all again.
    await choose(kind, 'Todas as decisões');
    await waitForSentences(log, [everything[1] ?? '', everything[3] ?? '']);
    assert.equal(addressOf(page), `/moderation?logModerator=${mara.user.id}`);
    await log.getByRole('button', { name: 'Limpar filtros' }).click();
    await waitForSentences(log, everything);
    assert.equal(addressOf(page), '/moderation');
    assert.equal(
      await focused(page),
      'log-action',
      'the button left: the focus on the first choice',
    );
    await waitForText(page, 'announcer', '4 decisões mostradas.');
    assert.equal(await log.getByTestId('log-filters').getByRole('button').count(), 0);
  });

  test('Histórico de moderação: from an auction’s page and a profile, for moderators only', async () => {
    const [vera, bia, rui] = await registerEach(suite.stack.url, [
      'Vera Vendedora',
      'Bia Bloqueada',
      'Rui Moderador',
    ]);
    const [lamp, vase] = [
      await createAuction(suite.stack.url, vera.token, { title: 'Luminária roubada' }),
      await createAuction(suite.stack.url, vera.token, { title: 'Vaso quebrado' }),
    ];
    await grantModerator(suite.stack, rui);
    await removeAuction(suite.stack.url, rui, lamp.id, 'prohibited');
    await removeAuction(suite.stack.url, rui, vase.id, 'misleading');
    await suspendAccount(suite.stack.url, rui, bia.user.id, 'offensive');

    // Not a moderator: no link, and nothing of it in the page.
    const seller = (await suite.open(`/auctions/${lamp.id}`, { session: vera })).page;
    await waitWatching(seller);
    await seller.getByTestId('auction-seller').waitFor();
    assert.equal(await seller.getByRole('link', { name: 'Histórico de moderação' }).count(), 0);

    const page = (await suite.open(`/auctions/${lamp.id}`, { session: rui })).page;
    await waitWatching(page);
    const history = page.getByRole('link', { name: 'Histórico de moderação' });
    assert.equal(await history.getAttribute('href'), `/moderation?logAuction=${lamp.id}`);
    await assertAccessibleAtBothSizes(page, 'an auction’s page with Histórico de moderação');
    await history.click();
    const log = logOf(page);
    await waitForSentences(log, ['Rui Moderador removeu “Luminária roubada”.']);
    assert.equal(addressOf(page), `/moderation?logAuction=${lamp.id}`);
    await waitForText(page, 'log-filter-auctionId', 'Só as decisões sobre “Luminária roubada”');
    assert.equal(await focused(page), 'log-title', 'the link led to the log: its heading');
    await assertAccessibleAtBothSizes(page, 'the decision log about one auction');

    const remove = log.getByRole('button', {
      name: 'Remover filtro: Só as decisões sobre “Luminária roubada”',
    });
    await remove.click();
    await waitForText(page, 'announcer', 'decisões mostradas.');
    assert.equal(addressOf(page), '/moderation');
    assert.equal(await focused(page), 'log-action');
    const all = await sentences(log);
    assert.ok(all.includes('Rui Moderador removeu “Vaso quebrado”.'), all.join('\n'));

    // On a profile, in the moderation panel: the decisions about the account.
    await page.goto(`${suite.stack.url}/users/${bia.user.id}`);
    const panel = page.getByTestId('account-moderation');
    await panel.getByTestId('account-standing').waitFor();
    const accountHistory = panel.getByRole('link', { name: 'Histórico de moderação' });
    assert.equal(await accountHistory.getAttribute('href'), `/moderation?logUser=${bia.user.id}`);
    await accountHistory.click();
    await waitForSentences(log, ['Rui Moderador suspendeu Bia Bloqueada.']);
    await waitForText(page, 'log-filter-userId', 'Só as decisões sobre a conta de Bia Bloqueada');

    // A moderator's profile also leads to the decisions they took.
    await page.goto(`${suite.stack.url}/users/${rui.user.id}`);
    const taken = page.getByRole('link', { name: 'Decisões tomadas por Rui Moderador' });
    assert.equal(await taken.getAttribute('href'), `/moderation?logModerator=${rui.user.id}`);
  });

  // Last: it leaves the log longer than one request reads.
  test('a filtered page with none so far reads on with Continuar procurando', async () => {
    const [vera, ivo, lia] = await registerEach(suite.stack.url, [
      'Vera Vendedora',
      'Ivo Moderador',
      'Lia Moderadora',
    ]);
    const ring = await createAuction(suite.stack.url, vera.token, { title: 'Anel de lata' });
    await grantModerator(suite.stack, ivo);
    await grantModerator(suite.stack, lia);
    await removeAuction(suite.stack.url, ivo, ring.id, 'misleading');
    // Another moderator's decisions, more than one request reads, after Ivo's.
    const redis = suite.stack.redis.client();
    const pipeline = redis.pipeline();
    for (let i = 0; i < LOG_SCAN_LIMIT + 10; i++)
      pipeline.xadd(
        redisKeys().moderationLog,
        '*',
        'action',
        'kept',
        'moderatorId',
        lia.user.id,
        'auctionId',
        ring.id,
      );
    await pipeline.exec();

    const page = (await suite.open(`/moderation?logModerator=${ivo.user.id}`, { session: lia }))
      .page;
    const log = logOf(page);
    await waitForText(page, 'log-not-yet', 'Nenhuma decisão encontrada até aqui no registro.');
    assert.equal(await log.getByTestId('log-entry').count(), 0);
    const moderator = log.getByLabel('Moderador', { exact: true });
    assert.equal(
      await moderator.locator('option:checked').innerText(),
      'Só as decisões do moderador escolhido',
      'none of theirs read yet',
    );
    await assertAccessibleAtBothSizes(page, 'a filtered log with none found so far');
    await screenshotBoth(page, 'moderation-log-search-on');

    const searchOn = log.getByRole('button', { name: 'Continuar procurando' });
    await searchOn.click();
    await waitForSentences(log, ['Ivo Moderador removeu “Anel de lata”.']);
    await waitForText(page, 'announcer', 'Mais 1 decisão: 1 ao todo.');
    await waitForText(
      page,
      'log-end',
      'Não há outras decisões com estes filtros: o início do registro foi alcançado.',
    );
    assert.equal(await log.getByTestId('log-not-yet').count(), 0);
    assert.match(
      (await focused(page)) ?? '',
      /^Não há outras decisões com estes filtros/,
      'the button left: the focus on the sentence in its place',
    );
    assert.equal(
      await moderator.locator('option:checked').innerText(),
      'Só as decisões de Ivo Moderador',
    );

    // None of that kind: read on to the log's start, and said.
    await choose(log.getByLabel('Tipo de decisão'), 'Reativações de contas');
    await waitForText(page, 'announcer', 'Nenhuma decisão encontrada até aqui no registro.');
    assert.equal(addressOf(page), `/moderation?logModerator=${ivo.user.id}&logAction=reinstated`);
    await log.getByRole('button', { name: 'Continuar procurando' }).click();
    await waitForText(page, 'log-empty', 'Nenhuma decisão com estes filtros.');
    await waitForText(page, 'announcer', 'Nenhuma decisão com estes filtros.');
    assert.equal(await focused(page), 'Nenhuma decisão com estes filtros.');
    assert.equal(await log.getByRole('button', { name: 'Continuar procurando' }).count(), 0);
    await assertAccessibleAtBothSizes(page, 'a filtered log with none at all');
  });
});
