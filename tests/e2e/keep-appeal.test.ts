// Browser end-to-end for a reporter's appeal against a moderator's keep (the
// DSA's art. 20), on the real stack. Bruno reported an auction and moderator
// Mara kept it: *Minhas denúncias* offers *Recorrer da decisão* with the last
// day to do it; the form opens in place (focus in the field, *Voltar* back to
// the button), refuses a blank text in place with nothing sent, and sends the
// appeal, whose state takes the focus. Moderator Otto, whose *Recursos* was
// open, sees it arrive live as a keep — the reason reported, who kept it, who
// reported, what reversing does — and reverses it: the item leaves, the
// auction is taken down, and Bruno's open page says so at once, with the
// reply. In a second case the appeal is made on Bruno's other device while
// his form is open: sending says so and shows that appeal, which an upheld
// decision then updates live (the auction stays). axe on every new view.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createAuction, registerEach } from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import {
  appealItem,
  appealKeep,
  auctionOf,
  decideAppeal,
  keepAppeal,
  openAppealOf,
} from './support/appeals-api.ts';
import { waitLive } from './support/browser.ts';
import { flagAuction, grantModerator, keepAuction } from './support/moderation-api.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

const KEPT = 'Analisada: o anúncio foi mantido';
const LABEL = 'Por que a decisão de manter o anúncio deve ser revista?';

describe(
  'a reporter’s appeal against keeping an auction, in the browser',
  { timeout: 240_000 },
  () => {
    const suite = useBrowserSuite();

    /** The focused element's id, else its text. */
    const focused = (page: Page) =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return element?.id || element?.textContent || null;
      });

    const reportOf = (page: Page, auctionId: string) =>
      page.locator(`[data-testid="my-report"][data-auction-id="${auctionId}"]`);

    const statusOf = (page: Page, auctionId: string, text: string) =>
      reportOf(page, auctionId).getByTestId('report-status').filter({ hasText: text }).waitFor();

    test('the reporter appeals from *Minhas denúncias*; another moderator reverses it; the auction comes down live', async () => {
      const [vera, bruno, mara, otto] = await registerEach(suite.stack.url, [
        'Vera Vendedora',
        'Bruno',
        'Mara Moderadora',
        'Otto Moderador',
      ]);
      const lot = await createAuction(suite.stack.url, vera.token, {
        title: 'Relógio Rolex',
        durationSeconds: 900,
      });
      await grantModerator(suite.stack, mara);
      await grantModerator(suite.stack, otto);
      await flagAuction(suite.stack.url, bruno, lot.id, 'counterfeit', 'Logo torto.');
      await keepAuction(suite.stack.url, mara, lot.id);

      // Otto's *Recursos* is open before the appeal is made.
      const review = (await suite.open('/moderation', { session: otto })).page;
      await review.getByRole('heading', { level: 2, name: 'Recursos' }).waitFor();
      await waitLive(review);

      const page = (await suite.open('/activity', { session: bruno })).page;
      await statusOf(page, lot.id, KEPT);
      const report = reportOf(page, lot.id);
      assert.match(
        (await report.getByTestId('keep-appeal-offer').innerText()) ?? '',
        /^Discorda da decisão\? Você pode recorrer até \d/,
      );
      const offer = report.getByRole('button', {
        name: 'Recorrer da decisão de manter “Relógio Rolex”',
      });
      assert.equal(await offer.innerText(), 'Recorrer da decisão');
      await assertAccessibleAtBothSizes(page, 'my reports with a keep to appeal');

      // The form opens in place, the focus in the field; *Voltar* closes it, the focus back.
      const fieldId = `keep-appeal-${lot.id}`;
      await offer.click();
      await report.getByLabel(LABEL).waitFor();
      assert.equal(await focused(page), fieldId);
      assert.match(
        (await page.locator(`#${fieldId}-hint`).textContent()) ?? '',
        /o anúncio é removido pelo motivo que você denunciou\..*0 de 2000 caracteres$/,
      );
      await report.getByRole('button', { name: 'Voltar' }).click();
      await offer.waitFor();
      assert.equal(await focused(page), 'Recorrer da decisão');
      await offer.click();

      // Blank: refused in place, nothing sent.
      const text = report.getByLabel(LABEL);
      await text.fill('  ');
      await report.getByRole('button', { name: 'Enviar recurso' }).click();
      await waitForText(page, `${fieldId}-error`, 'Escreva por que a decisão deve ser revista.');
      assert.equal(await focused(page), fieldId);
      assert.equal(await keepAppeal(suite.stack.url, bruno, lot.id), null, 'nothing sent');
      await assertAccessibleAtBothSizes(page, 'my reports with the keep’s appeal form');
      await screenshotBoth(page, 'keep-appeal-form');

      const words = 'A caixa e o logo não são do fabricante.\nTenho fotos lado a lado.';
      await text.fill(words);
      await report.getByRole('button', { name: 'Enviar recurso' }).click();
      await report.getByRole('heading', { level: 4, name: 'Seu recurso' }).waitFor();
      await waitForText(page, 'appeal-state', 'Aguardando análise. Recurso enviado em');
      assert.match((await focused(page)) ?? '', /^Aguardando análise\./, 'focus on the state');
      assert.equal(await report.getByTestId('appeal-text').innerText(), words);
      assert.equal(await report.getByTestId('keep-appeal-offer').count(), 0, 'once');
      assert.equal((await keepAppeal(suite.stack.url, bruno, lot.id))?.status, 'open');
      await assertAccessibleAtBothSizes(page, 'my reports with the keep’s appeal waiting');

      // Otto's list: the appeal arrived live, as a keep.
      const appealId = await openAppealOf(suite.stack.url, otto, bruno);
      const item = appealItem(review, appealId);
      await item.waitFor();
      await waitForText(review, 'appeals-outcome', '1 recurso entrou na lista, no fim dela.');
      assert.equal(await item.getAttribute('data-kind'), 'keep');
      const heading = item.getByRole('heading', {
        level: 3,
        name: 'Decisão de manter Relógio Rolex',
      });
      await heading.waitFor();
      assert.equal(
        await heading.getByRole('link', { name: 'Relógio Rolex' }).getAttribute('href'),
        `/auctions/${lot.id}`,
      );
      const facts = await item
        .locator('dt')
        .evaluateAll((terms) => terms.map((term) => term.textContent));
      assert.deepEqual(facts, [
        'Motivo denunciado',
        'Mantido em',
        'Mantido por',
        'Recurso de quem denunciou',
        'Enviado em',
      ]);
      assert.equal(await item.getByTestId('appeal-decision-reason').innerText(), 'Falsificação');
      assert.equal(await item.getByTestId('appeal-decided-by').innerText(), 'Mara Moderadora');
      assert.equal(await item.getByTestId('appeal-appellant').innerText(), 'Bruno');
      assert.equal(await item.getByTestId('appeal-text').innerText(), words);
      assert.match(
        await item.getByTestId('appeal-consequence').innerText(),
        /^Manter: o anúncio continua no ar\. Reverter: o anúncio é removido pelo motivo denunciado \(Falsificação\) — o leilão termina agora, sem venda/,
      );
      await assertAccessibleAtBothSizes(review, 'the moderation page with a keep’s appeal');
      await screenshotBoth(review, 'keep-appeal-to-review');

      // Bruno's page listens; Otto reverses the keep.
      await waitLive(page);
      const reply = 'As fotos confirmam a falsificação: o anúncio foi removido.';
      await item.getByLabel('Resposta a quem recorreu').fill(reply);
      await item
        .getByRole('button', { name: 'Reverter a decisão: Decisão de manter “Relógio Rolex”' })
        .click();
      await waitForText(
        review,
        'appeals-outcome',
        'Decisão de manter “Relógio Rolex” revertida: o anúncio foi removido.',
      );
      await item.waitFor({ state: 'detached' });
      const removed = await auctionOf(suite.stack.url, lot.id);
      assert.equal(removed.outcome, 'REMOVED', 'the open auction ended without a sale');
      assert.equal(removed.removalReason, 'counterfeit', 'for the reason reported');

      // Without a reload: the report says the auction came down, the appeal its decision.
      await statusOf(page, lot.id, 'O anúncio foi removido pela moderação');
      await waitForText(page, 'appeal-state', 'Decisão revista. Decidido em');
      await waitForText(
        page,
        'appeal-state',
        'O anúncio foi removido pelo motivo que você denunciou.',
      );
      assert.equal(await report.getByTestId('appeal-reply').innerText(), reply);
      assert.equal(await report.getByTestId('appeal-text').innerText(), words);
      await assertAccessibleAtBothSizes(page, 'my reports with the keep’s appeal reversed');
      await screenshotBoth(page, 'keep-appeal-reversed');

      // Read again: the same, from the API.
      await page.reload();
      await statusOf(page, lot.id, 'O anúncio foi removido pela moderação');
      await waitForText(page, 'appeal-state', 'Decisão revista.');
      assert.equal(await report.getByTestId('keep-appeal-offer').count(), 0);
    });

    test('appealed on another device while the form is open; upheld, live: the auction stays', async () => {
      const [sara, bruno, mara, otto] = await registerEach(suite.stack.url, [
        'Sara Vendedora',
        'Bruno',
        'Mara Moderadora',
        'Otto Moderador',
      ]);
      const lot = await createAuction(suite.stack.url, sara.token, {
        title: 'Perfume importado',
        durationSeconds: 900,
      });
      await grantModerator(suite.stack, mara);
      await grantModerator(suite.stack, otto);
      await flagAuction(suite.stack.url, bruno, lot.id, 'misleading');
      await keepAuction(suite.stack.url, mara, lot.id);

      const page = (await suite.open('/activity', { session: bruno })).page;
      await statusOf(page, lot.id, KEPT);
      // The page must not hear of the phone's appeal before it sends its own:
      // a reading of the list it starts meanwhile (its socket connecting
      // after the phone's appeal reads the list again) waits until then.
      let sent = () => {};
      const held = new Promise<void>((resolve) => (sent = resolve));
      await page.route('**/api/me/flags', async (route) => {
        await held;
        await route.continue();
      });
      const report = reportOf(page, lot.id);
      await report
        .getByRole('button', { name: 'Recorrer da decisão de manter “Perfume importado”' })
        .click();

      // Meanwhile, from Bruno's phone.
      const elsewhere = 'O frasco é de outra marca.';
      const made = await appealKeep(suite.stack.url, bruno, lot.id, elsewhere);
      await report.getByLabel(LABEL).fill('Escrito no computador.');
      await report.getByRole('button', { name: 'Enviar recurso' }).click();
      sent();
      await waitForText(page, 'appeal-state', 'Aguardando análise.');
      assert.equal(await report.getByTestId('appeal-text').innerText(), elsewhere, 'the one made');
      assert.equal(await report.getByLabel(LABEL).count(), 0, 'the form gone');
      assert.match((await focused(page)) ?? '', /^Aguardando análise\./);

      // Otto upholds it: the auction stays, and Bruno's page says so at once.
      await waitLive(page);
      const reply = 'O anúncio descreve a marca corretamente.';
      await decideAppeal(suite.stack.url, otto, made.id, 'upheld', reply);
      await waitForText(page, 'appeal-state', 'Decisão mantida. Decidido em');
      await waitForText(page, 'appeal-state', 'O anúncio continua no ar.');
      assert.equal(await report.getByTestId('appeal-reply').innerText(), reply);
      await statusOf(page, lot.id, KEPT);
      assert.equal((await auctionOf(suite.stack.url, lot.id)).status, 'open', 'still up');
      await assertAccessibleAtBothSizes(page, 'my reports with the keep’s appeal upheld');
    });
  },
);
