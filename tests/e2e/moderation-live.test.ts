// Browser end-to-end for the moderators' queue kept live (`moderation:queue`),
// on the real stack. Mara has *Moderação* open. A report on an auction she
// does not list raises *Novas denúncias — atualizar a fila* without moving
// her list (axe on it at both widths); pressed from the keyboard, it reads the
// queue from its first page and shows the auction, the focus on the heading.
// Four reports at once on a listed auction reach its item in place with one
// reading of the queue, the focus staying where it was. A second moderator,
// Otto, keeps an auction on his own page while Mara's focus is inside it: it
// leaves her list with a polite status and her focus goes to the heading;
// removed by him through the API, another leaves while her focus, elsewhere,
// stays. Her own decision's echo raises no notice. In English, the notice and
// the status in English.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { call, createAuction, registerEach, sleep, type Session } from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { PHONE, waitLive } from './support/browser.ts';
import {
  emptyQueue,
  flagAuction,
  flaggedItem,
  grantModerator,
  listedFlagged,
} from './support/moderation-api.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

describe('the moderators’ queue, live in the browser', { timeout: 180_000 }, () => {
  const suite = useBrowserSuite({
    apiEnv: {
      RATE_LIMIT_CREATE_AUCTION_USER: '6000,100',
      RATE_LIMIT_CREATE_AUCTION_IP: '6000,200',
      RATE_LIMIT_FLAG_USER: '6000,100',
      RATE_LIMIT_FLAG_IP: '6000,200',
    },
  });

  const item = flaggedItem;

  const listed = listedFlagged;

  /** The focused element's id, else its accessible text. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element?.id || element?.getAttribute('aria-label') || element?.textContent || null;
    });

  /** Counts the page's readings of the queue. */
  const countQueueReads = (page: Page) => {
    const counter = { reads: 0 };
    page.on('request', (request) => {
      if (request.method() === 'GET' && request.url().includes('/api/moderation/queue'))
        counter.reads += 1;
    });
    return counter;
  };

  const queueRead = (page: Page) =>
    page.waitForResponse((response) => response.url().includes('/api/moderation/queue'));

  test('reports and decisions from elsewhere reach an open queue without moving it under the moderator', async () => {
    const url = suite.stack.url;
    const [vera, bruno, carla, dora, eva, fabio, mara, otto] = await registerEach(url, [
      'Vera Vendedora',
      'Bruno',
      'Carla',
      'Dora',
      'Eva',
      'Fábio',
      'Mara Moderadora',
      'Otto Moderador',
    ]);
    await grantModerator(suite.stack, mara);
    await grantModerator(suite.stack, otto);
    await emptyQueue(url, mara);
    const lot = (title: string) => createAuction(url, vera.token, { title, durationSeconds: 900 });
    const rolex = await lot('Relógio Rolex');
    const vitrola = await lot('Vitrola Philips');
    const camera = await lot('Câmera Canon');
    const flag = (who: Session, auctionId: string) => flagAuction(url, who, auctionId, 'fraud');
    await flag(bruno, rolex.id);
    await flag(bruno, vitrola.id);

    const page = (await suite.open('/moderation', { session: mara })).page;
    const reads = countQueueReads(page);
    await item(page, vitrola.id).waitFor();
    await waitLive(page);
    await page.getByText('A fila se atualiza ao vivo.').waitFor();
    assert.deepEqual(await listed(page), [rolex.id, vitrola.id]);
    const topBefore = (await item(page, rolex.id).boundingBox())?.y;

    // (1) A report on an auction not listed: the notice, and the list does not move.
    await flag(carla, camera.id);
    const news = page.getByRole('button', { name: 'Novas denúncias — atualizar a fila' });
    await news.waitFor();
    assert.equal(await page.getByTestId('queue-news').getAttribute('role'), 'status');
    assert.deepEqual(await listed(page), [rolex.id, vitrola.id], 'not inserted');
    assert.equal((await item(page, rolex.id).boundingBox())?.y, topBefore, 'nothing moved');
    await assertAccessibleAtBothSizes(page, 'the moderation queue with the notice');
    await screenshotBoth(page, 'moderation-news');

    // Pressed from the keyboard: the queue from its first page, the focus on the heading.
    await news.focus();
    await page.keyboard.press('Enter');
    await item(page, camera.id).waitFor();
    assert.deepEqual(await listed(page), [rolex.id, vitrola.id, camera.id]);
    await waitForText(page, 'moderation-outcome', 'Fila atualizada com as novas denúncias.');
    assert.equal(await news.count(), 0);
    assert.equal(await focused(page), 'moderation-title');

    // (2) Four reports at once on a listed auction: in its item, in place, with one reading.
    const keepRolex = item(page, rolex.id).getByRole('button', { name: 'Manter anúncio' });
    await keepRolex.focus();
    const readsBefore = reads.reads;
    await Promise.all([carla, dora, eva, fabio].map((who) => flag(who, rolex.id)));
    await item(page, rolex.id).getByRole('heading', { name: '5 denúncias' }).waitFor();
    await waitForText(page, 'moderation-outcome', 'Chegaram denúncias novas para “Relógio Rolex”.');
    const reporters = await item(page, rolex.id)
      .getByTestId('flag-reporter')
      .evaluateAll((links) => links.map((link) => link.textContent ?? ''));
    assert.equal(reporters[0], 'Bruno', 'the oldest first');
    assert.deepEqual(reporters.slice(1).sort(), ['Carla', 'Dora', 'Eva', 'Fábio']);
    await sleep(2000); // past the longest a burst waits, and its reading
    assert.equal(reads.reads - readsBefore, 1, 'one reading for the burst');
    assert.equal(await focused(page), 'Manter anúncio: Relógio Rolex', 'the focus stayed');
    assert.deepEqual(await listed(page), [rolex.id, vitrola.id, camera.id]);
    assert.equal(await news.count(), 0, 'a listed auction raises no notice');

    // (3) Otto keeps the Vitrola on his page while Mara's focus is inside its item.
    const ottoPage = (await suite.open('/moderation', { session: otto, viewport: PHONE })).page;
    await item(ottoPage, vitrola.id).waitFor();
    await item(page, vitrola.id).getByRole('link', { name: 'Vitrola Philips' }).focus();
    await item(ottoPage, vitrola.id).getByRole('button', { name: 'Manter anúncio' }).click();
    await waitForText(
      ottoPage,
      'moderation-outcome',
      '“Vitrola Philips” foi mantido e saiu da fila.',
    );
    await item(page, vitrola.id).waitFor({ state: 'detached' });
    await waitForText(
      page,
      'moderation-outcome',
      'Outra sessão de moderação já decidiu sobre “Vitrola Philips”: o anúncio saiu da fila.',
    );
    assert.equal(await focused(page), 'moderation-title', 'the focus went to the heading');
    assert.deepEqual(await listed(page), [rolex.id, camera.id]);
    assert.equal(await news.count(), 0, 'a decision is no news');

    // (4) Removed by Otto through the API while Mara's focus is on another item: it stays there.
    await item(page, camera.id).getByRole('link', { name: 'Câmera Canon' }).focus();
    const removed = await call(url, 'POST', `/api/moderation/auctions/${rolex.id}/remove`, {
      token: otto.token,
      body: { reason: 'counterfeit' },
    });
    assert.equal(removed.status, 200, JSON.stringify(removed.body));
    await item(page, rolex.id).waitFor({ state: 'detached' });
    await waitForText(
      page,
      'moderation-outcome',
      'Outra sessão de moderação já decidiu sobre “Relógio Rolex”: o anúncio saiu da fila.',
    );
    assert.equal(await focused(page), 'Câmera Canon', 'the focus stayed on the other item');
    // Otto's own page saw it go too.
    await item(ottoPage, rolex.id).waitFor({ state: 'detached' });

    // (5) Mara's own decision: its echo reads the queue again and raises no notice.
    const echoRead = queueRead(page);
    await item(page, camera.id).getByRole('button', { name: 'Manter anúncio' }).click();
    await waitForText(page, 'moderation-outcome', '“Câmera Canon” foi mantido e saiu da fila.');
    await echoRead;
    await sleep(300);
    assert.equal(await news.count(), 0);
    await waitForText(page, 'moderation-empty', 'Nenhum anúncio esperando revisão.');

    // (6) In English: the notice, its reading, and a decision elsewhere.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByText('This queue updates live.').waitFor();
    const bike = await lot('Bicicleta Caloi');
    await flag(dora, bike.id);
    const newsEn = page.getByRole('button', { name: 'New reports — refresh the queue' });
    await newsEn.click();
    await item(page, bike.id).waitFor();
    await waitForText(page, 'moderation-outcome', 'Queue refreshed with the new reports.');
    await call(url, 'POST', `/api/moderation/auctions/${bike.id}/dismiss`, { token: otto.token });
    await waitForText(
      page,
      'moderation-outcome',
      'Another moderation session already decided on “Bicicleta Caloi”: it has left the queue.',
    );
    await page.getByText('No listing is waiting for review.').waitFor();
  });
});
