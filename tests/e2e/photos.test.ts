// Browser end-to-end for an auction's photos, on the real stack with real
// images (made with sharp): the seller adds them from the auction page and
// the gallery shows them (thumbnails choose the large one); a visitor and the
// lobby see them arrive live; what is not a photo is refused in the page's
// language; removing is offered until the first bid, adding after it too, up
// to six; photos picked on the create form are previewed (object URLs,
// revoked with their file) and added once it exists; an item offered again
// keeps the earlier photos the seller ticks, before the new ones; and closed
// rows show their cover too.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import type { Auction } from '../../core/schemas.ts';
import {
  call,
  createAuction,
  eventually,
  placeBid,
  register,
  type Session,
} from '../support/api-client.ts';
import { accessibilityViolations } from './support/accessibility.ts';
import { PHONE, waitLive, waitWatching } from './support/browser.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

/** A plain-coloured photo of this size, as a camera or an editor would save it. */
function photo(width: number, height: number, colour: string, format: 'jpeg' | 'png' = 'jpeg') {
  const image = sharp({ create: { width, height, channels: 3, background: colour } });
  return (format === 'jpeg' ? image.jpeg() : image.png()).toBuffer();
}

const jpegFile = async (name: string, width = 2400, height = 1200, colour = '#c33') => ({
  name,
  mimeType: 'image/jpeg',
  buffer: await photo(width, height, colour),
});

/** A text file named like a photo: the browser calls it image/jpeg, the API reads it. */
const notAPhoto = (name: string) => ({
  name,
  mimeType: 'image/jpeg',
  buffer: Buffer.from('Lista de compras: pão, leite, café.\n'),
});

/** The image's size once it has loaded; fails when it never does (10 s). */
function loadedSize(image: Locator): Promise<{ width: number; height: number }> {
  return eventually(
    () =>
      image.evaluate((element) => {
        const img = element as HTMLImageElement;
        return img.complete && img.naturalWidth > 0
          ? { width: img.naturalWidth, height: img.naturalHeight }
          : null;
      }),
    10_000,
    50,
  );
}

/** Whether the page can still load this URL as an image (a revoked object URL cannot). */
const imageLoads = (page: Page, url: string) =>
  page.evaluate(
    (src) =>
      new Promise<boolean>((resolve) => {
        const image = new Image();
        image.onload = () => resolve(true);
        image.onerror = () => resolve(false);
        image.src = src;
      }),
    url,
  );

/** Marks the document, so a later check can tell it was never reloaded. */
const markDocument = (page: Page) =>
  page.evaluate(() => document.documentElement.setAttribute('data-test-mark', 'kept'));
const stillMarked = async (page: Page) =>
  assert.equal(await page.locator('html').getAttribute('data-test-mark'), 'kept');

describe('auction photos in the browser', { timeout: 180_000 }, () => {
  const suite = useBrowserSuite();

  /** Adds a photo through the REST API, as the seller's own tools would. */
  async function addPhotoByApi(seller: Session, auctionId: string, image: Buffer) {
    const response = await fetch(`${suite.stack.url}/api/auctions/${auctionId}/photos`, {
      method: 'POST',
      body: new Uint8Array(image),
      headers: { 'content-type': 'image/jpeg', authorization: `Bearer ${seller.token}` },
    });
    const body = (await response.json()) as Auction;
    assert.equal(response.status, 201, JSON.stringify(body));
    return body;
  }

  const readAuction = async (id: string) =>
    (await call<Auction>(suite.stack.url, 'GET', `/api/auctions/${id}`)).body;

  test('the seller adds two photos; the gallery, a visitor and the lobby show them live', async () => {
    const url = suite.stack.url;
    const seller = await register(url, 'Vera Vendedora');
    const auction = await createAuction(url, seller.token, {
      title: 'Relógio de bolso',
      durationSeconds: 900,
    });
    const path = `/auctions/${auction.id}`;
    const { page } = await suite.open(path, { session: seller });
    const visitor = await suite.open(path, { viewport: PHONE });
    const lobby = await suite.open('/');
    await Promise.all([waitWatching(page), waitWatching(visitor.page), waitLive(lobby.page)]);
    await Promise.all([markDocument(visitor.page), markDocument(lobby.page)]);

    // No photos: no gallery, and a placeholder of the cover's size on the card.
    assert.equal(await visitor.page.getByTestId('gallery').count(), 0);
    assert.equal(await visitor.page.getByTestId('photo-manager').count(), 0);
    const card = lobby.page.locator(
      `[data-testid="open-auction"][data-auction-id="${auction.id}"]`,
    );
    const coverBox = card.locator('.cover');
    const placeholderHeight = (await coverBox.boundingBox())?.height;
    assert.ok(
      placeholderHeight && placeholderHeight > 50,
      'the placeholder takes the cover’s room',
    );
    assert.equal(await card.getByTestId('card-cover').count(), 0);

    await page
      .getByLabel('Adicionar fotos')
      .setInputFiles([
        await jpegFile('frente.jpg', 2400, 1200, '#c33'),
        { name: 'verso.png', mimeType: 'image/png', buffer: await photo(800, 1000, '#36c', 'png') },
      ]);
    await waitForText(page, 'photo-status', '2 fotos adicionadas.');
    assert.equal(await page.getByTestId('managed-photo').count(), 2);

    // The large photo is the cover, at most 1,600 px, and its width/height
    // attributes (from the API) are its real size: no jump when it loads.
    const large = page.getByTestId('gallery-photo');
    assert.equal(await large.getAttribute('alt'), 'Foto 1 de 2: Relógio de bolso');
    const coverSize = await loadedSize(large);
    assert.ok(coverSize.width <= 1600, `large photo ${coverSize.width} px wide`);
    assert.deepEqual(
      [Number(await large.getAttribute('width')), Number(await large.getAttribute('height'))],
      [coverSize.width, coverSize.height],
    );
    assert.equal(coverSize.width, coverSize.height * 2, 'the proportions are kept');

    const thumbs = page.getByTestId('gallery-thumb');
    assert.equal(await thumbs.count(), 2);
    for (const thumb of await thumbs.locator('img').all())
      assert.ok((await loadedSize(thumb)).width <= 480);
    assert.deepEqual(
      await thumbs.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-pressed'))),
      ['true', 'false'],
    );
    // By keyboard: from the first thumbnail, Tab to the second and press Enter.
    await thumbs.nth(0).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await eventually(
      async () => (await large.getAttribute('alt')) === 'Foto 2 de 2: Relógio de bolso',
    );
    assert.equal(await thumbs.nth(1).getAttribute('aria-pressed'), 'true');
    assert.equal(await thumbs.nth(0).getAttribute('aria-pressed'), 'false');
    const backSize = await loadedSize(large);
    assert.deepEqual(
      [backSize.width, backSize.height],
      [800, 1000],
      'a small photo is not enlarged',
    );
    // And by pointer, back to the cover.
    await thumbs.nth(0).click();
    await eventually(
      async () => (await large.getAttribute('alt')) === 'Foto 1 de 2: Relógio de bolso',
    );

    // The visitor's page shows them without a reload, and no "corrected" notice.
    const seen = visitor.page.getByTestId('gallery-photo');
    await seen.waitFor();
    assert.equal(await seen.getAttribute('alt'), 'Foto 1 de 2: Relógio de bolso');
    assert.ok((await loadedSize(seen)).width > 0);

    // The lobby card shows the cover, in the same room the placeholder had.
    const cover = card.getByTestId('card-cover');
    await cover.waitFor();
    assert.ok((await loadedSize(cover)).width <= 480);
    assert.equal(await cover.getAttribute('alt'), '');
    assert.equal(await cover.getAttribute('loading'), 'lazy');
    assert.equal((await coverBox.boundingBox())?.height, placeholderHeight);

    // A third photo, added while the visitor looks: it joins their thumbnails live.
    await page.getByLabel('Adicionar fotos').setInputFiles([await jpegFile('detalhe.jpg')]);
    await waitForText(page, 'photo-status', '1 foto adicionada.');
    await eventually(async () => (await visitor.page.getByTestId('gallery-thumb').count()) === 3);
    assert.equal(await seen.getAttribute('alt'), 'Foto 1 de 3: Relógio de bolso');
    assert.equal(await visitor.page.getByTestId('corrected-notice').count(), 0);
    await Promise.all([stillMarked(visitor.page), stillMarked(lobby.page)]);
    assert.equal((await readAuction(auction.id)).photos.length, 3);
    await screenshotBoth(page, 'auction-photos-seller');
    await screenshotBoth(visitor.page, 'auction-photos-visitor');
  });

  test('what is not a photo is refused in the page’s language, and nothing is added', async () => {
    const seller = await register(suite.stack.url, 'Wagner');
    const auction = await createAuction(suite.stack.url, seller.token, { durationSeconds: 900 });
    const { page } = await suite.open(`/auctions/${auction.id}`, { session: seller });
    await waitWatching(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/photos'))
        sent.push(request.url());
    });

    await page.getByLabel('Add photos').setInputFiles([
      notAPhoto('compras.jpg'),
      { name: 'animada.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') },
      // 10 MiB and a byte: refused before sending, as the API would refuse it.
      { name: 'enorme.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(10 * 1024 * 1024 + 1) },
    ]);
    const failures = page.getByTestId('photo-failures');
    await waitForText(page, 'photo-failures', 'enorme.jpg');
    assert.deepEqual(await failures.locator('li').allTextContents(), [
      'compras.jpg: This file is not an image we can read. Upload a JPEG, PNG, WebP or AVIF photo.',
      'animada.gif: File type not accepted. Upload a JPEG, PNG, WebP or AVIF photo.',
      'enorme.jpg: The file is larger than 10 MB. Upload a smaller photo.',
    ]);
    assert.equal(sent.length, 1, 'only the file the browser could not judge is sent');
    assert.equal(await page.getByTestId('managed-photo').count(), 0);
    assert.equal(await page.getByTestId('gallery').count(), 0);
    assert.equal(await page.getByTestId('photo-status').textContent(), '');
    assert.deepEqual((await readAuction(auction.id)).photos, []);
  });

  test('the seller makes another photo the cover; a visitor’s gallery follows live', async () => {
    const url = suite.stack.url;
    const seller = await register(url, 'Wagner');
    const auction = await createAuction(url, seller.token, {
      title: 'Poltrona',
      durationSeconds: 900,
    });
    await addPhotoByApi(seller, auction.id, await photo(1200, 900, '#c33'));
    await addPhotoByApi(seller, auction.id, await photo(900, 1200, '#3a3'));
    const third = await addPhotoByApi(seller, auction.id, await photo(800, 800, '#33c'));
    const [first, second, chosen] = third.photos.map((p) => p.id);
    const visitor = (await suite.open(`/auctions/${auction.id}`, { viewport: PHONE })).page;
    await waitWatching(visitor);
    const { page } = await suite.open(`/auctions/${auction.id}`, { session: seller });
    await waitWatching(page);
    assert.equal(await page.getByRole('button', { name: 'Usar a foto 1 como capa' }).count(), 0);

    await page.getByRole('button', { name: 'Usar a foto 3 como capa' }).click();
    await waitForText(page, 'photo-status', 'A foto 3 agora é a capa');
    assert.deepEqual(
      (await readAuction(auction.id)).photos.map((p) => p.id),
      [chosen, first, second],
      'the chosen one first, the others in their order',
    );
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'photo-manager-title');
    const src = (page: Page) => page.getByTestId('gallery-photo').getAttribute('src');
    await eventually(async () => (await src(visitor))?.includes(chosen ?? '-') ?? false);
    assert.equal(await visitor.getByRole('button', { name: /como capa/ }).count(), 0);
  });

  test('removing is asked first and offered until the first bid; adding goes on after it', async () => {
    const url = suite.stack.url;
    const [seller, bidder] = await Promise.all([register(url, 'Xênia'), register(url, 'Yuri')]);
    const auction = await createAuction(url, seller.token, {
      title: 'Vitrola',
      durationSeconds: 900,
    });
    const withCover = await addPhotoByApi(seller, auction.id, await photo(1200, 900, '#c33'));
    await addPhotoByApi(seller, auction.id, await photo(900, 1200, '#3a3'));
    const { page } = await suite.open(`/auctions/${auction.id}`, { session: seller });
    await waitWatching(page);
    // The seller's photo manager is a chunk of its own: it arrives after the page.
    await page.getByTestId('photo-manager').waitFor();
    assert.equal(await page.getByTestId('managed-photo').count(), 2);

    await page.getByRole('button', { name: 'Remover a foto 2' }).click();
    await page.getByText('Remover esta foto?').waitFor();
    await page.getByRole('button', { name: 'Sim, remover' }).click();
    await waitForText(page, 'photo-status', 'Foto removida.');
    assert.equal(await page.getByTestId('managed-photo').count(), 1);
    // One photo left: shown large, without a row of one thumbnail.
    assert.equal(await page.getByTestId('gallery-thumb').count(), 0);
    assert.equal(
      await page.getByTestId('gallery-photo').getAttribute('alt'),
      'Foto 1 de 1: Vitrola',
    );
    assert.deepEqual((await readAuction(auction.id)).photos, withCover.photos);
    // Focus did not fall to the page's start with the removed row.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'photo-manager-title');

    const bid = await placeBid(url, bidder.token, auction.id, auction.minimumBid);
    assert.equal(bid.status, 201, JSON.stringify(bid.body));
    await page
      .getByText('Depois do primeiro lance, as fotos não podem mais ser removidas')
      .waitFor();
    assert.equal(await page.getByRole('button', { name: /^Remover a foto/ }).count(), 0);

    // Bidders saw what they bid on; more photos may still come.
    await page.getByLabel('Adicionar fotos').setInputFiles([await jpegFile('caixa.jpg')]);
    await waitForText(page, 'photo-status', '1 foto adicionada.');
    assert.equal(await page.getByTestId('managed-photo').count(), 2);
    assert.equal(await page.getByRole('button', { name: /^Remover a foto/ }).count(), 0);
  });

  test('six photos at most: the rest are refused and the picker goes away', async () => {
    const seller = await register(suite.stack.url, 'Zuleica');
    const auction = await createAuction(suite.stack.url, seller.token, { durationSeconds: 900 });
    for (let n = 0; n < 5; n++)
      await addPhotoByApi(seller, auction.id, await photo(640, 480, `#${n}${n}${n}`));
    const { page } = await suite.open(`/auctions/${auction.id}`, { session: seller });
    await waitWatching(page);
    await waitForText(page, 'photo-manager', 'Cabe mais 1.');

    await page
      .getByLabel('Adicionar fotos')
      .setInputFiles([await jpegFile('sexta.jpg'), await jpegFile('sétima.jpg')]);
    await waitForText(page, 'photo-failures', 'sétima.jpg: O leilão já tem 6 fotos, o máximo.');
    await waitForText(page, 'photo-status', '1 foto adicionada.');
    await page.getByTestId('photos-full').waitFor();
    assert.equal(await page.getByLabel('Adicionar fotos').count(), 0);
    assert.equal(await page.getByTestId('gallery-thumb').count(), 6);
    assert.equal((await readAuction(auction.id)).photos.length, 6);
  });

  test('photos picked on the create form are added in order; failures are told on its page', async () => {
    const seller = await register(suite.stack.url, 'Ana Anunciante');
    const { page } = await suite.open('/new', { session: seller });
    await page.getByLabel('Título').fill('Máquina de escrever');
    await page.getByLabel('Lance inicial (R$)').fill('250');
    const picker = page.getByLabel('Adicionar fotos');
    await picker.setInputFiles([
      await jpegFile('capa.jpg', 2000, 1500, '#c33'),
      notAPhoto('recibo.jpg'),
      { name: 'lado.png', mimeType: 'image/png', buffer: await photo(600, 400, '#36c', 'png') },
    ]);
    // Refused at once, beside the field; the list keeps the three others.
    await picker.setInputFiles([
      { name: 'animada.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') },
    ]);
    await page.getByText('animada.gif: Tipo de arquivo não aceito.').waitFor();
    const picked = page.getByTestId('picked-photos').locator('li');
    assert.deepEqual(await picked.allTextContents(), [
      'capa.jpg (capa)Tirar capa.jpg',
      'recibo.jpgTirar recibo.jpg',
      'lado.pngTirar lado.png',
    ]);
    // A preview of each photo; the text file shows none (no broken image).
    const previews = page.getByTestId('picked-preview');
    await eventually(async () => (await previews.count()) === 2);
    assert.deepEqual(
      await previews.evaluateAll((images) => images.map((i) => i.getAttribute('alt'))),
      ['Prévia de capa.jpg', 'Prévia de lado.png'],
    );
    assert.deepEqual(await loadedSize(previews.nth(1)), { width: 600, height: 400 });

    await page.getByRole('button', { name: 'Publicar leilão' }).click();
    await page.waitForURL(/\/auctions\/[A-Za-z0-9_-]+$/, { timeout: 20_000 });
    const auctionId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await waitForText(
      page,
      'photo-failures',
      'O leilão foi publicado, mas estas fotos não foram adicionadas.',
    );
    assert.deepEqual(await page.getByTestId('photo-failures').locator('li').allTextContents(), [
      'recibo.jpg: Este arquivo não é uma imagem que conseguimos ler. Envie uma foto JPEG, PNG, WebP ou AVIF.',
    ]);
    const { photos } = await readAuction(auctionId);
    assert.deepEqual(
      photos.map(({ width, height }) => [width, height]),
      [
        [1600, 1200],
        [600, 400],
      ],
      'the cover first, then the other, each at most 1,600 px',
    );
    assert.equal(await page.getByTestId('gallery-thumb').count(), 2);
    assert.ok((await loadedSize(page.getByTestId('gallery-photo'))).width > 0);

    // Told once: another visit to the page does not repeat it.
    await page.getByRole('link', { name: 'Voltar aos leilões' }).click();
    await page.locator(`[data-auction-id="${auctionId}"]`).getByRole('link').click();
    await page.getByTestId('photo-manager').waitFor();
    assert.equal(await page.getByTestId('photo-failures').textContent(), '');
  });

  test('an item offered again keeps the earlier photos ticked, before the new one; previews go with their file', async () => {
    const url = suite.stack.url;
    const seller = await register(url, 'Caio Colecionador');
    // Short, so that it closes unsold and joins the lobby's recently closed list.
    const first = await createAuction(url, seller.token, {
      title: 'Câmera analógica',
      durationSeconds: 6,
    });
    for (const [width, height, colour] of [
      [1200, 900, '#c33'],
      [900, 1200, '#3a3'],
      [1000, 1000, '#36c'],
    ] as const)
      await addPhotoByApi(seller, first.id, await photo(width, height, colour));
    const earlier = (await readAuction(first.id)).photos.map((p) => p.id);

    const { page } = await suite.open(`/auctions/${first.id}`, { session: seller });
    await waitForText(page, 'auction-result', 'Encerrado', 15_000);
    await page.getByRole('link', { name: 'Anunciar de novo' }).click();
    await waitForText(page, 'copied-from', 'Câmera analógica');
    const kept = page.getByTestId('earlier-photo');
    await eventually(async () => (await kept.count()) === 3);
    for (const thumbnail of await kept.locator('img').all())
      assert.ok((await loadedSize(thumbnail)).width > 0);
    const keep = (n: number) => page.getByRole('checkbox', { name: `Manter a foto ${n}` });
    for (const n of [1, 2, 3]) assert.equal(await keep(n).isChecked(), true, `photo ${n} kept`);
    await waitForText(page, 'earlier-photos', 'Manter a foto 1 (capa)');
    const hint = page.locator('#photos-hint');
    assert.match(
      (await hint.textContent()) ?? '',
      /das 3 fotos do anúncio anterior: cabem mais 3\./,
    );

    await keep(2).uncheck();
    assert.match(
      (await hint.textContent()) ?? '',
      /das 2 fotos do anúncio anterior: cabem mais 4\./,
    );
    // Five picked, room for four: the fifth is refused, and the photo left
    // out cannot come back while the six places are taken.
    await page
      .getByLabel('Adicionar fotos')
      .setInputFiles([
        await jpegFile('nova.jpg', 800, 600, '#fc0'),
        ...(await Promise.all(
          ['a.jpg', 'b.jpg', 'c.jpg', 'd.jpg'].map((n) => jpegFile(n, 64, 48)),
        )),
      ]);
    await page.getByText('d.jpg: O leilão já tem 6 fotos, o máximo.').waitFor();
    assert.equal(await page.getByLabel('Adicionar fotos').count(), 0);
    assert.equal(await keep(2).isDisabled(), true);
    await waitForText(page, 'earlier-photos', 'para manter outra, tire uma delas');

    // Each picked file has its preview, from an object URL of the local file.
    const previews = page.getByTestId('picked-preview');
    await eventually(async () => (await previews.count()) === 4);
    for (const preview of await previews.all()) {
      assert.match((await preview.getAttribute('src')) ?? '', /^blob:/);
      assert.ok((await loadedSize(preview)).width > 0);
    }
    assert.equal(await previews.first().getAttribute('alt'), 'Prévia de nova.jpg');
    const pickedItems = page.getByTestId('picked-photos').locator('li');
    assert.equal(
      await pickedItems.first().textContent(),
      'nova.jpgTirar nova.jpg',
      'not the cover',
    );
    const aUrl = (await previews.nth(1).getAttribute('src')) ?? '';
    assert.equal(await imageLoads(page, aUrl), true);
    for (const name of ['a.jpg', 'b.jpg', 'c.jpg'])
      await page.getByRole('button', { name: `Tirar ${name}` }).click();
    assert.equal(await previews.count(), 1);
    assert.equal(await page.getByRole('img', { name: 'Prévia de a.jpg' }).count(), 0);
    assert.equal(await imageLoads(page, aUrl), false, 'the removed file’s URL is revoked');
    assert.equal(await keep(2).isDisabled(), false);
    const novaUrl = (await previews.first().getAttribute('src')) ?? '';
    await screenshotBoth(page, 'offer-again-photos');
    assert.deepEqual(await accessibilityViolations(page), [], 'the form with earlier photos');

    // The form took the earlier six seconds: the new one runs long enough to check.
    await page.getByLabel('Duração').fill('15');
    await page.locator('#durationUnit').selectOption('minutes');
    await page.getByRole('button', { name: 'Publicar leilão' }).click();
    await page.waitForURL(
      (address) => /\/auctions\//.test(address.pathname) && !address.pathname.endsWith(first.id),
      { timeout: 20_000 },
    );
    const againId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    const thumbs = page.getByTestId('gallery-thumb');
    await eventually(async () => (await thumbs.count()) === 3);
    const { photos } = await readAuction(againId);
    assert.deepEqual(
      photos.slice(0, 2).map((p) => p.id),
      [earlier[0], earlier[2]],
      'the kept copies, in order, without the one left out',
    );
    assert.deepEqual(
      photos.map(({ width, height }) => [width, height]),
      [
        [1200, 900],
        [1000, 1000],
        [800, 600],
      ],
      'then the new photo',
    );
    assert.deepEqual(
      await thumbs.locator('img').evaluateAll((images) => images.map((i) => i.getAttribute('src'))),
      photos.map((p) => p.thumbnailUrl),
    );
    for (const thumbnail of await thumbs.locator('img').all())
      assert.ok((await loadedSize(thumbnail)).width > 0);
    assert.equal(await page.getByTestId('photo-failures').textContent(), '');
    assert.equal(
      await imageLoads(page, novaUrl),
      false,
      'the form’s URLs are revoked when it goes',
    );
    // The earlier auction keeps its three.
    assert.equal((await readAuction(first.id)).photos.length, 3);

    // The lobby's recently closed row shows the earlier auction's cover.
    const lobby = await suite.open('/');
    const row = lobby.page.locator(`[data-testid="closed-auction"][data-auction-id="${first.id}"]`);
    const cover = row.getByTestId('card-cover');
    await cover.waitFor();
    assert.equal(
      await cover.getAttribute('src'),
      (await readAuction(first.id)).photos[0]?.thumbnailUrl,
    );
    assert.ok((await loadedSize(cover)).width > 0);
    assert.equal(await cover.getAttribute('alt'), '');
    await screenshotBoth(lobby.page, 'lobby-closed-covers');
  });

  test('when the earlier photos cannot be copied, the new auction’s page says so', async () => {
    const url = suite.stack.url;
    const seller = await register(url, 'Élio');
    const first = await createAuction(url, seller.token, { title: 'Abajur', durationSeconds: 900 });
    await addPhotoByApi(seller, first.id, await photo(640, 480, '#c33'));
    await call(url, 'POST', `/api/auctions/${first.id}/cancel`, { token: seller.token });
    const { page } = await suite.open(`/new?from=${first.id}`, { session: seller });
    // The photo budget spent elsewhere: the API answers 429 to the copy.
    await page.route('**/photos/copy', (route) =>
      route.fulfill({
        status: 429,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'RATE_LIMITED', message: 'Too many requests' } }),
      }),
    );
    await page.getByRole('checkbox', { name: 'Manter a foto 1' }).waitFor();
    await page.getByRole('button', { name: 'Publicar leilão' }).click();
    await page.waitForURL((address) => !address.pathname.startsWith('/new'));
    await waitForText(page, 'photo-failures', 'O leilão foi publicado, mas estas fotos não foram');
    assert.deepEqual(await page.getByTestId('photo-failures').locator('li').allTextContents(), [
      'Fotos do anúncio anterior: Muitas tentativas em pouco tempo. Aguarde um instante e tente de novo.',
    ]);
    assert.equal(await page.getByTestId('gallery').count(), 0);
  });

  test('a closed row without photos keeps a placeholder of the cover’s size', async () => {
    const seller = await register(suite.stack.url, 'Dora');
    const auction = await createAuction(suite.stack.url, seller.token, { durationSeconds: 900 });
    await call(suite.stack.url, 'POST', `/api/auctions/${auction.id}/cancel`, {
      token: seller.token,
    });
    const { page } = await suite.open('/activity', { session: seller });
    const row = page.locator(`[data-testid="closed-auction"][data-auction-id="${auction.id}"]`);
    const box = row.locator('.cover');
    await box.waitFor();
    assert.equal(await row.getByTestId('card-cover').count(), 0);
    assert.match((await box.getAttribute('class')) ?? '', /cover--none/);
    const size = await box.boundingBox();
    assert.ok(size && size.width > 40 && Math.abs(size.width / size.height - 4 / 3) < 0.05);
  });

  test('the auction page with its gallery passes axe, for a visitor and for the seller', async () => {
    const seller = await register(suite.stack.url, 'Bia');
    const auction = await createAuction(suite.stack.url, seller.token, {
      title: 'Luneta de latão',
      durationSeconds: 900,
    });
    for (const colour of ['#c33', '#3a3', '#36c'])
      await addPhotoByApi(seller, auction.id, await photo(1200, 900, colour));
    for (const session of [undefined, seller]) {
      for (const viewport of [undefined, PHONE]) {
        const { page } = await suite.open(`/auctions/${auction.id}`, { session, viewport });
        await waitWatching(page);
        await loadedSize(page.getByTestId('gallery-photo'));
        const who = session ? 'seller' : 'visitor';
        if (session) await page.getByTestId('photo-manager').waitFor();
        assert.deepEqual(
          await accessibilityViolations(page),
          [],
          `${who} (${viewport ? 'phone' : 'desktop'})`,
        );
        await page.close();
      }
    }
    const { page } = await suite.open('/');
    await page.locator(`[data-auction-id="${auction.id}"]`).getByTestId('card-cover').waitFor();
    assert.deepEqual(await accessibilityViolations(page), [], 'the lobby with covers');
  });
});
