// Debian's Chromium driven by playwright-core. Never a downloaded browser.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Session } from '../../support/api-client.ts';

export const CHROMIUM = '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const CSP =
  "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data: blob:; style-src 'self'";

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export interface Viewer {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and Content-Security-Policy violations. */
  errors: string[];
}

/**
 * A fresh browser profile (its own localStorage and cookies) on `path`,
 * signed in as `session` when given — the same localStorage entry the UI
 * writes when a person signs in.
 */
export async function openViewer(
  browser: Browser,
  origin: string,
  path: string,
  options: {
    session?: Session;
    viewport?: { width: number; height: number };
    /**
     * Runs before the page opens `path`, e.g. to route its WebSocket. Pages
     * with it get no CSP: Playwright's routeWebSocket stops seeing messages
     * once the document itself goes through route.fulfill (playwright-core 1.65).
     */
    beforeLoad?: (page: Page) => Promise<void>;
  } = {},
): Promise<Viewer> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
  });
  if (!options.beforeLoad) await enforceCsp(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  if (options.session) {
    await page.goto(`${origin}/favicon.svg`);
    await page.evaluate(
      (session) => localStorage.setItem('arremate.session', JSON.stringify(session)),
      options.session,
    );
  }
  await options.beforeLoad?.(page);
  await page.goto(origin + path);
  return { context, page, errors };
}

/** Waits until the connection indicator says the socket is live. */
export async function waitLive(page: Page): Promise<void> {
  await page.locator('.connection[data-state="connected"]').waitFor();
}

/**
 * Waits until the auction page has loaded and its room answered the watch:
 * from then on a bid reaches the page only as an event, never in a snapshot.
 */
export async function waitWatching(page: Page): Promise<void> {
  await page.locator('[data-testid="auction-page"][data-watching="true"]').waitFor();
}

/**
 * Serves every page with the production Content-Security-Policy, so a UI
 * change needing inline script or style, or another origin, fails the tests.
 */
async function enforceCsp(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': CSP },
    });
  });
}
