// What every browser test file needs, registered from inside its describe():
// one real stack, one Chromium, and viewers that are checked at the end for
// page errors and Content-Security-Policy violations.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, openViewer, type Viewer } from './browser.ts';
import { startStack, type E2EStack, type StackOptions } from './stack.ts';

export interface BrowserSuite {
  readonly stack: E2EStack;
  readonly browser: Browser;
  /** Opens `path` in a fresh browser profile (see openViewer). */
  open(path: string, options?: Parameters<typeof openViewer>[3]): Promise<Viewer>;
}

export function useBrowserSuite(options: StackOptions = {}): BrowserSuite {
  let stack: E2EStack | undefined;
  let browser: Browser | undefined;
  const viewers: Viewer[] = [];

  before(async () => {
    const [startedStack, launched] = await Promise.allSettled([
      startStack(options),
      launchBrowser(),
    ]);
    if (startedStack.status === 'fulfilled') stack = startedStack.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    // If either failed, after() stops the other, so nothing outlives the file.
    if (startedStack.status === 'rejected') throw startedStack.reason;
    if (launched.status === 'rejected') throw launched.reason;
  });

  after(async () => {
    await browser?.close();
    await stack?.stop();
    for (const viewer of viewers)
      assert.deepEqual(viewer.errors, [], 'page errors or CSP violations');
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser suite has not started');
    return value;
  };

  return {
    get stack() {
      return started(stack);
    },
    get browser() {
      return started(browser);
    },
    async open(path, options = {}) {
      const viewer = await openViewer(started(browser), started(stack).url, path, options);
      viewers.push(viewer);
      return viewer;
    },
  };
}
