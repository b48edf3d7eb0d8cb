// Browser end-to-end for *Relatório de transparência* on /moderation, on the
// real stack (its own, so the counts are this test's only). Two moderators
// decide through the API — a reported auction removed, another kept and then
// taken down on its reporter's appeal, one removed unreported, an account
// suspended and reinstated, a seller's appeal upheld —
// and the page, which asks for nothing until *Gerar relatório*, shows them
// for the default period (the year so far: its heading says so, and that
// the platform counts only from today), with the reasons named and the
// medians in words. A reversed period is said beside *Até*, which gets the
// focus, and nothing is asked; today alone reads the same numbers, and
// *Baixar JSON* saves the API's answer as it is. A failure to reach the API
// and a moderator revoked meanwhile are said in words. axe at both widths.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { TransparencyReport } from '../../core/schemas.ts';
import { periodText } from '../../web/src/i18n/transparency-text.ts';
import { transparencyMessages } from '../../web/src/i18n/transparency-messages.ts';
import { call, createAuction, registerEach, type Session } from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { DESKTOP, PHONE } from './support/browser.ts';
import {
  appealKeep,
  decideAppeal,
  openAppealOf,
  reinstateAccount,
  removeAuction,
  suspendAccount,
} from './support/appeals-api.ts';
import { flagAuction, grantModerator } from './support/moderation-api.ts';
import { moderatorCli } from './support/moderator-cli.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

const REPORT_PATH = '/api/moderation/transparency';

describe('the transparency report in the browser', { timeout: 120_000 }, () => {
  const suite = useBrowserSuite();

  /** Today and the year's first day, as the page's defaults (UTC days). */
  const today = new Date().toISOString().slice(0, 10);
  const newYear = `${today.slice(0, 4)}-01-01`;
  const heading = (from: string, to: string) =>
    periodText({ from, to }, transparencyMessages['pt-BR'], 'pt-BR');

  /** The table by reason: each row's header and cells, the total last. */
  const tableRows = (section: Locator) =>
    section
      .getByTestId('transparency-by-reason')
      .locator('tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText)),
      );

  /** One kind of decision's facts, each label to its value. */
  const facts = (section: Locator, kind: string) =>
    section
      .getByTestId(`transparency-${kind}`)
      .locator('dl > div')
      .evaluateAll((pairs) =>
        Object.fromEntries(
          pairs.map((pair) => [
            (pair.querySelector('dt') as HTMLElement).innerText,
            (pair.querySelector('dd') as HTMLElement).innerText,
          ]),
        ),
      );

  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);

  /** Every decision the report counts, through the API as other devices take them. */
  async function decideSome(mara: Session, otto: Session) {
    const url = suite.stack.url;
    const [vera, rui, lia, sami] = await registerEach(url, [
      'Vera Vendedora',
      'Rui Comprador',
      'Lia Compradora',
      'Sami Suspenso',
    ]);
    const lot = (title: string) => createAuction(url, vera.token, { title, durationSeconds: 900 });
    const [watch, record, pills] = [
      await lot('Relógio falso'),
      await lot('Vitrola antiga'),
      await lot('Remédio sem receita'),
    ];
    await flagAuction(url, rui, watch.id, 'counterfeit');
    await flagAuction(url, lia, record.id, 'misleading');
    await removeAuction(url, mara, watch.id, 'counterfeit');
    const kept = await call(url, 'POST', `/api/moderation/auctions/${record.id}/dismiss`, {
      token: mara.token,
    });
    assert.equal(kept.status, 204, JSON.stringify(kept.body));
    await removeAuction(url, mara, pills.id, 'prohibited');
    // Sami's bid on the kept auction is cancelled with the suspension.
    const bid = await call(url, 'POST', `/api/auctions/${record.id}/bids`, {
      token: sami.token,
      body: { amount: record.startingPrice },
    });
    assert.equal(bid.status, 201, JSON.stringify(bid.body));
    await suspendAccount(url, otto, sami.user.id, 'fraud', { cancelBids: true });
    await reinstateAccount(url, mara, sami.user.id);
    const appealed = await call(url, 'POST', `/api/auctions/${pills.id}/appeal`, {
      token: vera.token,
      body: { text: 'Era um suplemento, não um remédio.' },
    });
    assert.equal(appealed.status, 201, JSON.stringify(appealed.body));
    const appealId = await openAppealOf(url, otto, vera);
    const decided = await call(url, 'POST', `/api/moderation/appeals/${appealId}/decide`, {
      token: otto.token,
      body: { outcome: 'upheld', reply: 'A foto mostra a caixa do remédio.' },
    });
    assert.equal(decided.status, 200, JSON.stringify(decided.body));
    // Lia appeals the keep of what she reported; Otto reverses it: the auction comes down.
    const keep = await appealKeep(url, lia, record.id, 'A vitrola não é da marca anunciada.');
    await decideAppeal(url, otto, keep.id, 'reversed', 'A marca não confere: removido.');
  }

  test('generated on request for the year and for today, the numbers named; a reversed period refused in place; the JSON saved', async () => {
    const [mara, otto] = await registerEach(suite.stack.url, ['Mara Moderadora', 'Otto Moderador']);
    await grantModerator(suite.stack, mara);
    await grantModerator(suite.stack, otto);
    await decideSome(mara, otto);

    const page = (await suite.open('/moderation', { session: otto })).page;
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === REPORT_PATH) asked.push(request.url());
    });
    const section = page.getByTestId('transparency-report');
    await section.getByRole('heading', { level: 2, name: 'Relatório de transparência' }).waitFor();
    const from = section.getByLabel('De', { exact: true });
    const to = section.getByLabel('Até', { exact: true });
    assert.equal(await from.getAttribute('type'), 'date');
    assert.equal(await from.inputValue(), newYear);
    assert.equal(await to.inputValue(), today);
    await page.getByTestId('log-entry').first().waitFor();
    assert.deepEqual(asked, [], 'nothing is read before Gerar relatório');

    // The year so far: the numbers of every decision above.
    const generate = section.getByRole('button', { name: 'Gerar relatório' });
    await generate.click();
    await waitForText(page, 'transparency-outcome', 'Relatório gerado.');
    assert.equal(await section.getByTestId('transparency-outcome').getAttribute('role'), 'status');
    const title = section.getByRole('heading', { level: 3 });
    assert.equal(await title.innerText(), heading(newYear, today));
    if (newYear !== today) assert.match(await title.innerText(), /^De 1 de janeiro a \d+ de /);
    assert.equal(await focusedId(page), 'transparency-period', 'the focus on the report');
    const notes = await section.getByTestId('transparency-notes').innerText();
    assert.match(notes, /Nenhuma decisão é tomada por meios automatizados\./);
    if (newYear !== today)
      assert.match(
        notes,
        /Decisões, denúncias e recursos contados a partir de \d+ de \w+ de \d{4}\./,
      );

    const table = await tableRows(section);
    assert.deepEqual(table, [
      ['Motivo', 'Denúncias', 'Remoções', 'Suspensões'],
      ['Item proibido', '0', '1', '0'],
      ['Falsificação', '1', '1', '0'],
      ['Fraude ou golpe', '0', '0', '1'],
      ['Conteúdo ofensivo', '0', '0', '0'],
      ['Descrição enganosa', '1', '1', '0'],
      ['Outro motivo', '0', '0', '0'],
      ['Total', '2', '3', '1'],
    ]);
    assert.equal(
      await section.locator('caption').innerText(),
      'Denúncias, remoções e suspensões por motivo',
    );
    assert.deepEqual(await facts(section, 'notices'), {
      Recebidas: '2',
      'Anúncios removidos após análise': '1',
      'Anúncios mantidos após análise': '1',
      'Tempo mediano da primeira denúncia à decisão': 'menos de 1 min',
    });
    assert.deepEqual(await facts(section, 'removals'), {
      Total: '3',
      'Após denúncias': '1',
      'Após recurso de quem denunciou um anúncio mantido': '1',
      'Por iniciativa da moderação': '1',
    });
    assert.deepEqual(await facts(section, 'suspensions'), {
      'Contas suspensas': '1',
      'Contas reativadas pela moderação': '1',
      'Leilões com lances de contas suspensas cancelados': '1',
    });
    assert.deepEqual(await facts(section, 'appeals'), {
      'Recebidos contra remoções': '1',
      'Recebidos contra suspensões': '0',
      'Recebidos contra anúncios mantidos após denúncia': '1',
      'Decisões mantidas': '1',
      'Decisões revertidas': '1',
      'Tempo mediano até a decisão': 'menos de 1 min',
    });
    assert.equal(asked.length, 1);
    await assertAccessibleAtBothSizes(page, 'the transparency report generated');
    // A phone holds the table whole: its box scrolls only on narrower screens.
    await page.setViewportSize(PHONE);
    const scroll = section.locator('.transparency__scroll');
    assert.ok(
      await scroll.evaluate((box) => box.scrollWidth <= box.clientWidth),
      'the table fits a phone',
    );
    await page.setViewportSize(DESKTOP);
    await screenshotBoth(page, 'transparency-report');

    // A reversed period: said beside Até, the focus there, nothing asked.
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    await from.fill(today);
    await to.fill(yesterday);
    await generate.click();
    await waitForText(
      page,
      'transparency-to-error',
      'A data “Até” não pode ser anterior à data “De”.',
    );
    assert.equal(await focusedId(page), 'transparency-to');
    assert.equal(await to.getAttribute('aria-invalid'), 'true');
    assert.equal(asked.length, 1, 'no request for a reversed period');
    await assertAccessibleAtBothSizes(page, 'the transparency report with a reversed period');

    // Today alone: the same numbers, nothing counted in part; the file is the API's answer.
    await to.fill(today);
    assert.equal(await section.getByTestId('transparency-to-error').count(), 0);
    await generate.click();
    await title.filter({ hasText: heading(today, today) }).waitFor();
    assert.equal(asked.length, 2);
    assert.doesNotMatch(
      await section.getByTestId('transparency-notes').innerText(),
      /contad[oa]s a partir/,
    );
    assert.deepEqual((await tableRows(section)).at(-1), ['Total', '2', '3', '1']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Baixar JSON' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `relatorio-transparencia-${today}-${today}.json`);
    const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as TransparencyReport;
    const answer = await call<TransparencyReport>(
      suite.stack.url,
      'GET',
      `${REPORT_PATH}?from=${today}&to=${today}`,
      { token: otto.token },
    );
    assert.equal(answer.status, 200);
    assert.deepEqual({ ...saved, generatedAt: '' }, { ...answer.body, generatedAt: '' });
    assert.equal(saved.notices.received, 2);
    assert.equal(saved.removals.onNotice, 1);
    assert.equal(saved.removals.onAppeal, 1);
    assert.equal(saved.appeals.received.keep, 1);
    assert.ok(Number.isFinite(Date.parse(saved.generatedAt)), saved.generatedAt);
  });

  test('no connection, and a moderator revoked meanwhile, are said in words', async () => {
    const [vivi] = await registerEach(suite.stack.url, ['Vivi Moderadora']);
    await grantModerator(suite.stack, vivi);
    const page = (await suite.open('/moderation', { session: vivi })).page;
    const section = page.getByTestId('transparency-report');
    const generate = section.getByRole('button', { name: 'Gerar relatório' });
    await generate.waitFor();

    await page.route(`**${REPORT_PATH}?*`, (route) => route.abort());
    await generate.click();
    await waitForText(
      page,
      'transparency-outcome',
      'Sem conexão com o servidor. Verifique sua internet e tente de novo.',
    );
    assert.equal(await section.getByTestId('transparency-result').count(), 0);
    await page.unroute(`**${REPORT_PATH}?*`);

    const revoked = await moderatorCli(suite.stack, 'revoke', vivi.user.email);
    assert.equal(revoked.code, 0, revoked.stderr);
    await generate.click();
    await waitForText(page, 'transparency-outcome', 'Só moderadores podem fazer isso.');
    assert.equal(await section.getByTestId('transparency-result').count(), 0);
    await assertAccessibleAtBothSizes(page, 'the transparency report refused');
  });
});
