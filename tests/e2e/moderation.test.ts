// Browser end-to-end for reporting auctions and moderating them, on the real
// stack: a bidder reports an auction from its page (a reason required, the
// focus on the answer) and a second try says it was reported already; the
// seller and visitors are offered no report. Someone not a moderator opening
// *Moderação* reads that it is for moderators; granted with the operators'
// command (a real process on the stack's Redis), they find the link and the
// queue — the longest waiting first, each report with its reason, details,
// reporter and time, the most reported reason chosen for a removal — remove
// one auction, which a watcher's open page shows removed live while the
// seller's open page gets the alert, and keep another, which stays open and
// leaves the queue until it is reported again. *Carregar mais* pages the
// queue. The page's code is a chunk of its own, which the lobby never
// fetches. axe on the report form, the queue, a removed auction and the
// status while the page's code arrives.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Auction, FlagReason } from '../../core/schemas.ts';
import { call, createAuction, registerEach, type Session } from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { PHONE, waitLive, waitWatching } from './support/browser.ts';
import { moderatorCli } from './support/moderator-cli.ts';
import {
  emptyQueue as keepAllReported,
  flagAuction,
  flaggedItem,
  grantModerator,
  listedFlagged,
  queueIds as moderationQueueIds,
} from './support/moderation-api.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

const NOT_A_MODERATOR = 'Só moderadores podem ver esta página.';
/** The moderation page's own chunk (web/src/app.tsx loads it lazily). */
const MODERATION_CHUNK = /\/assets\/moderation-page-[\w-]+\.js$/;

describe('reporting auctions and moderating them in the browser', { timeout: 240_000 }, () => {
  // The paging test lists and reports 21 auctions: past the default bursts.
  const suite = useBrowserSuite({
    apiEnv: {
      RATE_LIMIT_CREATE_AUCTION_USER: '6000,100',
      RATE_LIMIT_CREATE_AUCTION_IP: '6000,200',
      RATE_LIMIT_FLAG_USER: '6000,100',
      RATE_LIMIT_FLAG_IP: '6000,200',
    },
  });

  const flag = (who: Session, auctionId: string, reason: FlagReason, details?: string) =>
    flagAuction(suite.stack.url, who, auctionId, reason, details);
  const grant = (who: Session) => grantModerator(suite.stack, who);
  const queueIds = (moderator: Session) => moderationQueueIds(suite.stack.url, moderator);
  const emptyQueue = (moderator: Session) => keepAllReported(suite.stack.url, moderator);

  const auctionNow = async (id: string) =>
    (await call<Auction>(suite.stack.url, 'GET', `/api/auctions/${id}`)).body;

  const item = flaggedItem;

  const listed = listedFlagged;

  /** The focused element's id, else its text. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element?.id || element?.textContent || null;
    });

  test('a bidder reports an auction on its page, once; the seller and visitors are offered no report', async () => {
    const [vera, bruno] = await registerEach(suite.stack.url, ['Vera Vendedora', 'Bruno']);
    const lot = await createAuction(suite.stack.url, vera.token, {
      title: 'Relógio suíço',
      durationSeconds: 900,
    });

    const page = (await suite.open(`/auctions/${lot.id}`, { session: bruno })).page;
    await waitWatching(page);
    const report = page.getByRole('button', { name: 'Denunciar anúncio' });
    await report.click();
    const form = page.getByTestId('flag-form');
    await form.getByRole('heading', { name: 'Denunciar anúncio' }).waitFor();
    assert.equal(
      await page.evaluate(() => (document.activeElement as HTMLInputElement).value),
      'prohibited',
      'focus on the first reason',
    );
    const reasons = await form
      .getByRole('radio')
      .evaluateAll((radios) =>
        radios.map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent),
      );
    assert.deepEqual(reasons, [
      'Item proibido',
      'Falsificação',
      'Fraude ou golpe',
      'Conteúdo ofensivo',
      'Descrição enganosa',
      'Outro motivo',
    ]);
    assert.equal(await form.getByRole('radio', { checked: true }).count(), 0, 'none chosen');

    // Sent without a reason: said in place, nothing sent.
    await form.getByRole('button', { name: 'Enviar denúncia' }).click();
    await waitForText(page, 'flag-reason-error', 'Escolha um motivo.');
    await assertAccessibleAtBothSizes(page, 'auction page with the report form');
    await screenshotBoth(page, 'flag-form');

    // Stepping back keeps nothing open and gives the focus back to the button.
    await form.getByRole('button', { name: 'Voltar' }).click();
    assert.match((await focused(page)) ?? '', /Denunciar anúncio$/);
    await report.click();
    await form.getByRole('radio', { name: 'Falsificação' }).check();
    await form.getByLabel('Detalhes (opcional)').fill('Logo torto e caixa genérica.');
    assert.equal(await page.locator('#flag-details-hint').textContent(), '28 de 1000 caracteres');
    await form.getByRole('button', { name: 'Enviar denúncia' }).click();
    const sent = 'Denúncia enviada. A moderação vai analisar o anúncio.';
    await waitForText(page, 'flag-outcome', sent);
    assert.equal(await focused(page), sent, 'focus on the answer');
    assert.equal(await form.count(), 0);
    assert.equal(await report.count(), 0);
    await assertAccessibleAtBothSizes(page, 'auction page with the report sent');

    // A second try, after a reload: already reported.
    await page.reload();
    await waitWatching(page);
    await report.click();
    await form.getByRole('radio', { name: 'Fraude ou golpe' }).check();
    await form.getByRole('button', { name: 'Enviar denúncia' }).click();
    await waitForText(
      page,
      'flag-outcome',
      'Você já denunciou este anúncio. A moderação vai analisá-lo.',
    );
    assert.equal(await form.count(), 0);

    // The seller, and a visitor (at phone width), are offered none.
    const own = (await suite.open(`/auctions/${lot.id}`, { session: vera })).page;
    await waitWatching(own);
    await own.getByRole('heading', { name: 'Seu leilão' }).waitFor();
    assert.equal(await own.getByRole('button', { name: 'Denunciar anúncio' }).count(), 0);
    const visitor = (await suite.open(`/auctions/${lot.id}`, { viewport: PHONE })).page;
    await waitWatching(visitor);
    assert.equal(await visitor.getByRole('button', { name: 'Denunciar anúncio' }).count(), 0);
  });

  test('a moderator granted with the command removes one auction, live for its watcher and seller, and keeps another', async () => {
    const [vera, bruno, carla, dora, mara] = await registerEach(suite.stack.url, [
      'Vera Vendedora',
      'Bruno',
      'Carla Curiosa',
      'Dora',
      'Mara Moderadora',
    ]);
    const rolex = await createAuction(suite.stack.url, vera.token, {
      title: 'Relógio Rolex',
      durationSeconds: 900,
    });
    const vitrola = await createAuction(suite.stack.url, vera.token, {
      title: 'Vitrola Philips',
      durationSeconds: 900,
    });

    // Not a moderator yet: the page says so, and the header has no link.
    const page = (await suite.open('/moderation', { session: mara })).page;
    await waitForText(page, 'not-moderator', NOT_A_MODERATOR);
    assert.equal(await page.getByTestId('moderation-link').count(), 0);

    // The command refuses an address without an account, then grants Mara.
    const unknown = await moderatorCli(suite.stack, 'grant', 'ninguem@example.com');
    assert.notEqual(unknown.code, 0);
    assert.match(unknown.stderr, /ninguem@example\.com/);
    await grant(mara);
    await emptyQueue(mara);

    // Fraud reported first, counterfeit twice after: counterfeit is offered for the removal.
    await flag(bruno, rolex.id, 'fraud', 'Pede Pix adiantado.\nNão aceita retirada.');
    await flag(carla, rolex.id, 'counterfeit');
    await flag(dora, rolex.id, 'counterfeit', 'Logo torto.');
    await flag(bruno, vitrola.id, 'misleading');

    // Read again at the next load: the link shows, and leads to the queue.
    await page.goto(`${suite.stack.url}/`);
    await page.getByTestId('moderation-link').click();
    await page.getByRole('heading', { level: 1, name: 'Moderação' }).waitFor();
    await item(page, vitrola.id).waitFor();
    assert.deepEqual(await listed(page), [rolex.id, vitrola.id], 'the longest waiting first');
    const first = item(page, rolex.id);
    assert.equal(
      await first.getByRole('link', { name: 'Relógio Rolex' }).getAttribute('href'),
      `/auctions/${rolex.id}`,
    );
    assert.equal(
      await first.getByRole('link', { name: 'Vera Vendedora' }).getAttribute('href'),
      `/users/${vera.user.id}`,
    );
    await waitForText(page, 'flagged-state', 'Aberto');
    await first.getByRole('heading', { name: '3 denúncias' }).waitFor();
    const reports = first.getByTestId('flag-report');
    assert.deepEqual(
      await reports.evaluateAll((all) => all.map((each) => (each as HTMLElement).dataset.reason)),
      ['fraud', 'counterfeit', 'counterfeit'],
      'oldest first',
    );
    const brunos = reports.first();
    assert.match((await brunos.textContent()) ?? '', /^Fraude ou golpe/);
    assert.equal(
      await brunos.locator('.flagged__details').innerText(),
      'Pede Pix adiantado.\nNão aceita retirada.',
    );
    assert.equal(
      await brunos.getByTestId('flag-reporter').getAttribute('href'),
      `/users/${bruno.user.id}`,
    );
    assert.equal(await brunos.getByTestId('flag-reporter').textContent(), 'Bruno');
    await brunos.locator('time').waitFor();
    const reason = first.getByLabel('Motivo da remoção');
    assert.equal(await reason.inputValue(), 'counterfeit', 'the most reported reason');
    await assertAccessibleAtBothSizes(page, 'the moderation queue');
    await screenshotBoth(page, 'moderation-queue');

    // Carla watches the auction; Vera is on the lobby.
    const watcher = (await suite.open(`/auctions/${rolex.id}`, { session: carla })).page;
    await waitWatching(watcher);
    const seller = (await suite.open('/', { session: vera })).page;
    await waitLive(seller);

    // Removed, asked first with the reason named.
    await first.getByRole('button', { name: 'Remover anúncio: Relógio Rolex' }).click();
    const asked = first.getByRole('group', { name: /^Remover “Relógio Rolex”\?/ });
    await asked.waitFor();
    assert.match((await asked.textContent()) ?? '', /avisado do motivo: Falsificação/);
    await assertAccessibleAtBothSizes(page, 'the moderation queue asking to remove');
    await first.getByRole('button', { name: 'Sim, remover' }).click();
    await waitForText(
      page,
      'moderation-outcome',
      '“Relógio Rolex” foi removido (Falsificação) e saiu da fila.',
    );
    assert.equal(await first.count(), 0, 'it left the list');
    assert.equal(await focused(page), `flagged-${vitrola.id}-title`, 'focus on the next one');
    const removed = await auctionNow(rolex.id);
    assert.deepEqual(
      [removed.status, removed.outcome, removed.removalReason],
      ['cancelled', 'REMOVED', 'counterfeit'],
    );

    // (a) The watcher's page switches without a reload: no bid form, no report.
    await waitForText(watcher, 'auction-result', 'Removido pela moderação: Falsificação.');
    await watcher.locator('[data-testid="auction-page"][data-status="cancelled"]').waitFor();
    assert.equal(await watcher.getByLabel('Seu lance (R$)').count(), 0);
    assert.equal(await watcher.getByRole('button', { name: 'Denunciar anúncio' }).count(), 0);
    await watcher.getByText('Removido em').waitFor();
    await waitForText(watcher, 'announcer', 'Este leilão foi removido pela moderação.');
    await assertAccessibleAtBothSizes(watcher, 'a removed auction');
    await screenshotBoth(watcher, 'auction-removed');

    // (b) The seller's open page gets the alert, linking to the auction.
    const alert = seller.locator('[data-testid="alert"][data-kind="removed"]');
    await alert.waitFor();
    assert.equal(
      await alert.locator('.toast__text').textContent(),
      'Seu anúncio “Relógio Rolex” foi removido pela moderação: Falsificação.',
    );
    assert.equal(
      await alert.getByRole('link', { name: 'Ver leilão' }).getAttribute('href'),
      `/auctions/${rolex.id}`,
    );
    // Its page offers the seller no *Anunciar de novo*: one click would publish it again.
    await alert.getByRole('link', { name: 'Ver leilão' }).click();
    await waitForText(seller, 'auction-result', 'Removido pela moderação: Falsificação.');
    assert.equal(await seller.getByTestId('offer-again').count(), 0);

    // Kept: it stays open and leaves the queue; the focus goes to the heading.
    await item(page, vitrola.id).getByRole('button', { name: 'Manter anúncio' }).click();
    await waitForText(page, 'moderation-outcome', '“Vitrola Philips” foi mantido e saiu da fila.');
    await waitForText(page, 'moderation-empty', 'Nenhum anúncio esperando revisão.');
    assert.equal(await focused(page), 'moderation-title');
    assert.equal((await auctionNow(vitrola.id)).status, 'open');
    assert.deepEqual(await queueIds(mara), []);
    await page.reload();
    await page.getByTestId('moderation-empty').waitFor();

    // A new report puts it back, with only the reports since the review.
    await flag(carla, vitrola.id, 'prohibited');
    await page.reload();
    await item(page, vitrola.id).waitFor();
    assert.deepEqual(
      await item(page, vitrola.id)
        .getByTestId('flag-report')
        .evaluateAll((all) => all.map((each) => (each as HTMLElement).dataset.reason)),
      ['prohibited'],
    );
    await emptyQueue(mara);

    // Revoked, the page is refused again.
    const revoked = await moderatorCli(suite.stack, 'revoke', mara.user.email);
    assert.equal(revoked.code, 0, revoked.stderr);
    await page.reload();
    await waitForText(page, 'not-moderator', NOT_A_MODERATOR);
    await page.getByTestId('moderation-link').waitFor({ state: 'detached' });
    await assertAccessibleAtBothSizes(page, 'moderation for someone not a moderator');
  });

  test('the queue pages with Carregar mais; a visitor is asked to sign in', async () => {
    const [sara, rui, mara] = await registerEach(suite.stack.url, ['Sara', 'Rui', 'Mara']);
    await grant(mara);
    await emptyQueue(mara);
    const lots = await Promise.all(
      Array.from({ length: 21 }, (_, n) =>
        createAuction(suite.stack.url, sara.token, {
          title: `Lote ${String(n + 1).padStart(2, '0')}`,
          durationSeconds: 900,
        }),
      ),
    );
    for (const lot of lots) await flag(rui, lot.id, 'other');

    const page = (await suite.open('/moderation', { session: mara })).page;
    const items = page.getByTestId('flagged-auction');
    await items.nth(19).waitFor();
    assert.equal(await items.count(), 20, 'a page of 20');
    await page.getByRole('button', { name: 'Carregar mais' }).click();
    await items.nth(20).waitFor();
    const shown = await listed(page);
    assert.deepEqual([...new Set(shown)].sort(), lots.map((lot) => lot.id).sort(), 'each once');
    assert.equal(await page.getByRole('button', { name: 'Carregar mais' }).count(), 0);
    assert.deepEqual(shown, await queueIds(mara), 'in the queue’s order');

    // One from the second page is kept like any other.
    const last = shown.at(-1) ?? '';
    await item(page, last).getByRole('button', { name: 'Manter anúncio' }).click();
    await item(page, last).waitFor({ state: 'detached' });
    assert.equal(await items.count(), 20);
    assert.equal(await focused(page), `flagged-${shown.at(-2)}-title`, 'the one before it');
    await emptyQueue(mara);

    const visitor = (await suite.open('/moderation')).page;
    await visitor.getByRole('heading', { level: 1, name: 'Moderação' }).waitFor();
    await visitor.getByText('Entre na sua conta para ver os anúncios denunciados.').waitFor();
  });

  test('the page’s code is a chunk of its own: the lobby never fetches it; while it arrives a status says so; a failure to fetch it is said', async () => {
    const { page } = await suite.open('/');
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (MODERATION_CHUNK.test(request.url())) fetched.push(request.url());
    });
    await page.reload();
    await waitLive(page);
    assert.deepEqual(fetched, [], 'the lobby does without it');

    // Held back on its way: the status, then the page once it arrives.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(MODERATION_CHUNK, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${suite.stack.url}/moderation`);
    const loading = page.getByRole('status').filter({ hasText: 'Carregando a página…' });
    await loading.waitFor();
    await assertAccessibleAtBothSizes(page, 'the moderation page while its code arrives');
    release();
    await page.getByRole('heading', { level: 1, name: 'Moderação' }).waitFor();
    await loading.waitFor({ state: 'detached' });
    assert.equal(fetched.length, 1);

    // Not fetched at all (offline, or a deploy replaced it): said, with a way to try again.
    const offline = (await suite.open('/')).page;
    await offline.route(MODERATION_CHUNK, (route) => route.abort());
    await offline.goto(`${suite.stack.url}/moderation`);
    await waitForText(
      offline,
      'page-load-failed',
      'Não foi possível carregar esta página. Verifique a conexão e tente de novo.',
    );
    await offline.getByRole('button', { name: 'Recarregar' }).waitFor();
    await offline.getByRole('link', { name: 'Leilões' }).first().waitFor();
  });
});
