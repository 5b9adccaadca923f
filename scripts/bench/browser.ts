import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const CURRENT_PLAN_SETTING = 'kvalitetshjulet.currentPlanId';

/** Debian's Chromium with the e2e tests' flags (tests/e2e/support/browser.ts): headless, nothing leaving the machine. */
export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`The bench drives Debian's Chromium at ${CHROMIUM}, which is not installed (apt-get install chromium).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh page, ready before the app starts, that remembers `planId` as the current plan the way the app does. */
export async function pageWithPlan(browser: Browser, planId: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
  await context.addInitScript(([key, id]) => localStorage.setItem(key, id), [CURRENT_PLAN_SETTING, planId] as const);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  return page;
}

/** Översikt with its data: the counts of controls per colour are drawn from the plan's results. */
export async function showOverview(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/overview`);
  await page.locator('.ov-counts .ov-count__number').first().waitFor({ state: 'visible' });
}

/** Resultat and Jämför enheter as a user would open them next: the heaviest screens for the main side's memory. */
export async function browseHeavyScreens(page: Page): Promise<void> {
  await page.evaluate("location.hash = '#/results'");
  await page.locator('.rs-table tbody tr[data-row]').first().waitFor({ state: 'visible' });
  await page.evaluate("location.hash = '#/units-compared'");
  await page.locator('.cmp-process-row').first().waitFor({ state: 'visible' });
}
