// Every page of the web UI checked with axe-core against WCAG 2.1 A and AA,
// at desktop and phone widths, in the states people meet them in: the lobby
// with auctions, an open auction for a visitor, a bidder and its seller, a
// finished one with its report, the forms, the lists.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { call, createAuction, register, type Session } from '../support/api-client.ts';
import { accessibilityViolations } from './support/accessibility.ts';
import { PHONE, waitLive } from './support/browser.ts';
import { useBrowserSuite } from './support/suite.ts';

describe('accessibility (axe-core, WCAG 2.1 A/AA)', { timeout: 180_000 }, () => {
  const suite = useBrowserSuite();
  let seller: Session;
  let bidder: Session;
  let openId: string;
  let soldId: string;
  let unbidId: string;

  before(async () => {
    const url = suite.stack.url;
    [seller, bidder] = await Promise.all([register(url, 'Vera Vendedora'), register(url, 'Bruno')]);
    const open = await createAuction(url, seller.token, {
      title: 'Relógio de bolso',
      description: 'Prata 925.',
      reservePrice: 5_000,
      buyNowPrice: 20_000,
      durationSeconds: 900,
    });
    openId = open.id;
    await call(url, 'POST', `/api/auctions/${openId}/bids`, {
      token: bidder.token,
      body: { amount: open.minimumBid, maxAmount: 3_000 },
    });
    unbidId = (await createAuction(url, seller.token, { title: 'Luneta', durationSeconds: 900 }))
      .id;
    const sold = await createAuction(url, seller.token, { title: 'Vitrola', buyNowPrice: 9_000 });
    soldId = sold.id;
    await call(url, 'POST', `/api/auctions/${soldId}/buy-now`, { token: bidder.token });
  });

  /** [name, path, signed in as, a test id to wait for (else the page's h1)]. */
  const pages: [string, () => string, 'seller' | 'bidder' | null, string | null][] = [
    ['the lobby', () => '/', null, 'open-auction'],
    ['an open auction, for a visitor', () => `/auctions/${openId}`, null, 'auction-page'],
    ['an open auction, for its leader', () => `/auctions/${openId}`, 'bidder', 'auction-page'],
    ['an open auction, for its seller', () => `/auctions/${openId}`, 'seller', 'auction-page'],
    ['correcting a listing', () => `/auctions/${unbidId}`, 'seller', 'edit-auction'],
    ['a sold auction, for its buyer', () => `/auctions/${soldId}`, 'bidder', 'sale-contact'],
    ['the create form', () => '/new', 'seller', null],
    ['my activity', () => '/activity', 'bidder', 'buying'],
    ['my watchlist', () => '/watchlist', 'bidder', null],
    ['my account', () => '/account', 'bidder', null],
    ['deleting the account, refused', () => '/account', 'seller', 'delete-account'],
    ['sign in', () => '/login', null, null],
    ['sign up', () => '/signup', null, null],
    ['forgotten password', () => '/forgot', null, null],
  ];

  for (const [name, path, who, ready] of pages) {
    test(name, async () => {
      const session = who === 'seller' ? seller : who === 'bidder' ? bidder : undefined;
      for (const viewport of [undefined, PHONE]) {
        const { page } = await suite.open(path(), { session, viewport });
        await waitLive(page);
        await (ready ? page.getByTestId(ready) : page.locator('h1')).first().waitFor();
        if (ready === 'edit-auction') {
          await page.getByTestId('edit-auction').click();
          await page.getByTestId('edit-auction-form').waitFor();
        }
        if (ready === 'delete-account') {
          // The seller has open auctions: the form with the refusal and its link.
          await page.getByTestId('delete-account').click();
          await page.getByLabel('Sua senha, para confirmar').fill('correct horse battery');
          await page.getByRole('button', { name: 'Excluir a conta para sempre' }).click();
          await page.getByRole('link', { name: 'Ver o leilão' }).waitFor();
        }
        const violations = await accessibilityViolations(page);
        assert.deepEqual(violations, [], `${name} (${viewport ? 'phone' : 'desktop'})`);
        await page.close();
      }
    });
  }

  test('the check itself finds a violation when there is one', async () => {
    const { page } = await suite.open('/');
    await waitLive(page);
    await page.evaluate(() => {
      const unlabelled = document.createElement('input');
      document.querySelector('main')?.append(unlabelled);
    });
    const rules = (await accessibilityViolations(page)).map((violation) => violation.rule);
    assert.ok(rules.includes('label'), rules.join(', '));
  });
});
