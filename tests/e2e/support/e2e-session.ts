import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type OpenPage } from './browser';
import type { RunningWebApp } from './web-app';

export interface E2eSession {
  readonly browser: Browser;
  /** Web apps the file started; stopped after its last test. */
  runningApps: RunningWebApp[];
  /** Pages the file opened; closed after its last test. */
  openPages: OpenPage[];
}

/** One Chromium per test file, and every page and web app its tests open, closed once the file is done. */
export function e2eSession(): E2eSession {
  let browser: Browser | undefined;
  const session: E2eSession = {
    get browser() {
      if (!browser) throw new Error('The browser starts in beforeAll; use it inside a test or hook.');
      return browser;
    },
    runningApps: [],
    openPages: [],
  };
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(session.openPages.map((page) => page.close().catch(() => undefined)));
    await Promise.all(session.runningApps.map((app) => app.stop().catch(() => undefined)));
    await browser?.close();
  });
  return session;
}
