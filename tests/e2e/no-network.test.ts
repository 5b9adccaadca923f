import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sections } from '../../renderer/src/navigation/sections';
import { launchBrowser } from './support/browser';
import { openDemo, showSection, startDemoApp, type DemoApp } from './support/demo-app';
import { openTab } from './support/plan-editor-ui';

let browser: Browser;
let demo: DemoApp;

beforeAll(async () => {
  browser = await launchBrowser();
  demo = await startDemoApp();
});

afterAll(async () => {
  await demo?.app.stop().catch(() => undefined);
  await browser?.close();
});

/** The machine itself, and URLs that only name data the page already holds. */
function staysOnTheMachine(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return (protocol === 'http:' || protocol === 'ws:') && (hostname === '127.0.0.1' || hostname === 'localhost');
}

describe('the app asks nothing of the network', () => {
  it('loads every section and the main states in Chromium without a request leaving the machine', async () => {
    const opened = await openDemo(browser, demo);
    const { page } = opened;
    const context = page.context();
    const seen: string[] = [];
    // Every request of the context passes here; one that would leave the machine is recorded and stopped.
    await context.route('**', (route) => {
      seen.push(route.request().url());
      return staysOnTheMachine(route.request().url()) ? route.continue() : route.abort('blockedbyclient');
    });
    page.on('websocket', (socket) => seen.push(socket.url()));
    page.on('request', (request) => seen.push(request.url()));

    try {
      // A reload, so the page's own files and fonts are asked for under the recorder too.
      await page.reload();
      for (const section of sections) await showSection(page, section);
      await showSection(page, 'qualityPlan');
      for (const name of await page.getByRole('tab').allInnerTexts()) await openTab(page, name.trim());
      await showSection(page, 'riskMatrix');
      await page.getByRole('button', { name: 'Anpassa riskmatrisen' }).click();
      await page.getByRole('button', { name: 'Förhandsgranska ändringen' }).waitFor();
      await showSection(page, 'results');
      await page.locator('.rs-table tbody tr[data-row] button').first().click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();

      expect(seen.length).toBeGreaterThan(sections.length);
      expect(seen.some((url) => url.includes('/api/'))).toBe(true);
      expect([...new Set(seen.filter((url) => !staysOnTheMachine(url)))]).toEqual([]);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  }, 120_000);
});
