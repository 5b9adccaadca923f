import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DEMO_UNIT_NAME, fillDemoData } from '../../../db/demo';
import { hashFor, type Section } from '../../../renderer/src/navigation/sections';
import { tempDbFile } from '../../support/temp-db';
import { launchBrowser, type OpenPage } from './browser';
import { openAt } from './results';
import { navigation } from './ui';
import { startWebApp, type RunningWebApp } from './web-app';

/** The day the demo data is made for and the browser's clock stands on. */
export const DEMO_TODAY = '2026-04-15';

export interface DemoApp {
  app: RunningWebApp;
  /** The demo unit's 2026 draft plan, remembered as the current plan. */
  planId: string;
}

/** The web harness on a fresh database with the CLI's demo data (`npm run cli -- demo`). */
export async function startDemoApp(): Promise<DemoApp> {
  let planId = '';
  const app = await startWebApp(tempDbFile(), (services) => {
    services.repos.settings.setUserName('Kim Testsson');
    fillDemoData(services.repos, DEMO_TODAY);
    const unit = services.repos.units.findByName(DEMO_UNIT_NAME)!;
    planId = services.repos.plans.list(unit.id).find((plan) => plan.year === 2026)!.id;
  });
  return { app, planId };
}

export interface DemoPage {
  browser: Browser;
  demo: DemoApp;
  session: OpenPage;
  page: Page;
}

/** One browser, one demo app and one page on it for all the tests of a file, closed after them. */
export function demoPageForFile(): DemoPage {
  const shared = {} as DemoPage;
  beforeAll(async () => {
    shared.browser = await launchBrowser();
    shared.demo = await startDemoApp();
    shared.session = await openDemo(shared.browser, shared.demo);
    shared.page = shared.session.page;
  });
  afterAll(async () => {
    await shared.session?.close().catch(() => undefined);
    await shared.demo?.app.stop().catch(() => undefined);
    await shared.browser?.close();
  });
  return shared;
}

/** The demo app in a fresh browser context, on the given section, with the 2026 plan chosen. */
export async function openDemo(browser: Browser, demo: DemoApp, section: Section = 'overview'): Promise<OpenPage> {
  const opened = await openAt(browser, demo.app.harness.url, demo.planId, DEMO_TODAY, hashFor(section));
  await settled(opened.page);
  return opened;
}

/**
 * Waits until the page has asked for nothing for a moment and shows no loading note,
 * so a check sees the screen with its data rather than on its way there.
 */
export async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
  let quietSince = Date.now();
  let inFlight = 0;
  const started = () => inFlight++;
  const ended = () => {
    // A request begun before the listeners may end after them; it never counts below zero.
    inFlight = Math.max(0, inFlight - 1);
    quietSince = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    while (inFlight > 0 || Date.now() - quietSince < 300) await page.waitForTimeout(50);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}

/** Opens a section the way a user does, through its link in the navigation. */
export async function showSection(page: Page, section: Section): Promise<void> {
  await navigation(page).locator(`a[href="${hashFor(section)}"]`).click();
  await page.waitForFunction((hash) => location.hash === hash, hashFor(section));
  await settled(page);
}
