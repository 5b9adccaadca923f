import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sections } from '../../renderer/src/navigation/sections';
import { launchBrowser, type OpenPage } from './support/browser';
import { openDemo, settled, showSection, startDemoApp, type DemoApp } from './support/demo-app';
import { dialog, openTab } from './support/plan-editor-ui';

let browser: Browser;
let demo: DemoApp;
let session: OpenPage;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  demo = await startDemoApp();
  session = await openDemo(browser, demo);
  page = session.page;
});

afterAll(async () => {
  await session?.close().catch(() => undefined);
  await demo?.app.stop().catch(() => undefined);
  await browser?.close();
});

/** What axe finds serious or critical on the page as it is now, one readable line per rule. */
async function seriousViolations(): Promise<string[]> {
  await settled(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} – ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('axe on every screen with the demo data', () => {
  // Every section of the navigation, so a screen added to sections.ts is checked from its first day.
  it.each(sections)('%s has no serious or critical violation', async (section) => {
    await showSection(page, section);
    expect(await seriousViolations()).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe('axe on the screens’ important states', () => {
  it('the plan editor, tab by tab, and with a confirmation dialog open', async () => {
    await showSection(page, 'qualityPlan');
    for (const name of await page.getByRole('tab').allInnerTexts()) {
      await openTab(page, name.trim());
      expect(await seriousViolations(), name).toEqual([]);
    }
    await openTab(page, 'Processer och risker');
    await page.getByRole('button', { name: /^Ta bort processen / }).first().click();
    await dialog(page).waitFor();
    expect(await seriousViolations()).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Enheter och planer' }).click();
    expect(await seriousViolations()).toEqual([]);
  }, 90_000);

  it('the risk matrix settings and the preview of a change', async () => {
    await showSection(page, 'riskMatrix');
    await page.getByRole('button', { name: 'Anpassa riskmatrisen' }).click();
    expect(await seriousViolations()).toEqual([]);
    await page.getByLabel('Antal nivåer för sannolikhet').selectOption('3');
    await page.getByRole('button', { name: 'Förhandsgranska ändringen' }).click();
    const preview = page.getByRole('region', { name: 'Så här påverkas bedömningarna' });
    await preview.waitFor();
    expect(await seriousViolations()).toEqual([]);
    await preview.getByRole('button', { name: 'Avbryt' }).click();
  }, 60_000);

  it('a checklist run in progress and its summary', async () => {
    await showSection(page, 'checklists');
    await page.getByRole('button', { name: /^Starta genomgång: / }).first().click();
    await page.getByLabel('Leds av (initialer)').fill('KT');
    expect(await seriousViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Starta genomgången' }).click();
    await page.getByLabel('Ärendereferens').fill('2026-101');
    await page.getByLabel('Ärendereferens').press('Enter');
    await page.getByRole('button', { name: /^Ärende 1, 2026-101/ }).waitFor();
    await page.keyboard.press('j');
    expect(await seriousViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Avsluta genomgången' }).click();
    await page.getByText('Sammanställning', { exact: true }).waitFor();
    expect(await seriousViolations()).toEqual([]);
  }, 60_000);

  it('a control’s results opened from the results table', async () => {
    await showSection(page, 'results');
    await page.locator('.rs-table tbody tr[data-row] button').first().click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await seriousViolations()).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
