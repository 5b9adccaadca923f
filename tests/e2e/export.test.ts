import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_UNIT_NAME, fillDemoData } from '../../db/demo';
import { verifyBundleFile } from '../../electron/services/bundle/bundle-import';
import { tempDbFile, tempDir } from '../support/temp-db';
import { openPage } from './support/browser';
import { e2eSession } from './support/e2e-session';
import { startWebApp, type RunningWebApp } from './support/web-app';

const e2e = e2eSession();
const { runningApps, openPages } = e2e;

async function openExport(prepare: Parameters<typeof startWebApp>[1]): Promise<{ page: Page; app: RunningWebApp }> {
  const app = await startWebApp(tempDbFile(), prepare);
  runningApps.push(app);
  const session = await openPage(e2e.browser, `${app.harness.url}#/export`);
  openPages.push(session);
  await session.page.getByRole('heading', { level: 1, name: 'Export och import' }).waitFor();
  return { page: session.page, app };
}

async function chooseFolder(page: Page, folder: string): Promise<void> {
  await page.getByLabel('Mapp', { exact: true }).fill(folder);
  await page.getByRole('button', { name: 'Spara mappen' }).click();
}

describe('Export och import', () => {
  it('exports the unit’s year to the chosen folder, waits when the folder is away, and a socialkontor imports it', async () => {
    const shared = path.join(tempDir('kh-e2e-share-'), 'Kvalitet');
    const unit = await openExport((services) => {
      fillDemoData(services.repos);
      services.repos.settings.setUserName('Anna Berg');
    });
    const { page } = unit;

    await chooseFolder(page, shared);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'går inte att nå' }).count()).toBe(1);

    await page.getByLabel('Plan att exportera').selectOption({ label: `Kvalitetsplan 2026 – utredning barn och unga (${DEMO_UNIT_NAME})` });
    await page.getByRole('button', { name: 'Exportera årspaket' }).click();
    const waiting = page.getByText(/väntar på mappen\.$/);
    await waiting.waitFor();
    await expect.poll(() => page.getByRole('heading', { name: 'Väntar på mappen' }).count()).toBe(1);
    expect(await page.locator('.export-pending').innerText()).toMatch(/går inte att nå just nu/);
    expect(unit.app.services.repos.settings.sharedFolder()).toBe(shared);

    fs.mkdirSync(shared, { recursive: true });
    await page.getByRole('button', { name: 'Försök igen nu' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Väntar på mappen' }).count()).toBe(0);
    const [bundle] = fs.readdirSync(shared);
    expect(bundle).toMatch(/^kvalitetshjulet-.*-2026-\d{8}-\d{6}\.zip$/);
    await verifyBundleFile(path.join(shared, bundle!));
    expect(await page.locator('.export-last').innerText()).toContain(bundle);

    await page.getByRole('button', { name: 'Kontrollera mappen' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'går att nå, och programmet kan skriva i den' }).count()).toBe(1);
    fs.writeFileSync(path.join(shared, 'trasig.zip'), 'inte ett paket');

    const board = tempDir('kh-e2e-board-');
    const socialkontor = await openExport((services) => services.repos.settings.setSharedFolder(board));
    const sk = socialkontor.page;
    await sk.getByLabel('Mapp med årspaket').fill(shared);
    await sk.getByRole('button', { name: 'Sök efter paket' }).click();
    const row = sk.getByRole('row').filter({ hasText: DEMO_UNIT_NAME });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/2026.*Ny/s);
    expect(await sk.locator('.notice--error').innerText()).toMatch(/trasig\.zip: Filen går inte att öppna som ett årspaket/);
    await sk.getByRole('button', { name: 'Importera valda (1)' }).click();
    await sk.getByText(`${DEMO_UNIT_NAME} 2026 importerades`, { exact: false }).waitFor();
    await expect.poll(() => row.innerText()).toMatch(/Importerad/);
    expect(socialkontor.app.services.repos.units.list().map((item) => [item.name, item.origin])).toEqual([[DEMO_UNIT_NAME, 'imported']]);

    const [importedUnit] = socialkontor.app.services.repos.units.list();
    const importedPlan = socialkontor.app.services.repos.plans.list(importedUnit!.id)[0]!;
    await sk.evaluate((planId) => localStorage.setItem('kvalitetshjulet.currentPlanId', planId), importedPlan.id);
    await sk.reload();
    await sk.locator('.current-plan').getByText('importerad, kan bara läsas').waitFor();
    await sk.getByLabel('Mapp med årspaket').fill(shared);
    await sk.getByRole('button', { name: 'Sök efter paket' }).click();
    await sk.getByRole('row').filter({ hasText: 'Importerad' }).waitFor();
    await sk.getByRole('button', { name: 'Importera valda (0)' }).waitFor();
    await sk.goto(sk.url().replace(/#.*$/, '#/units-compared'));
    await sk.getByRole('heading', { level: 1, name: 'Jämför enheter' }).waitFor();
    await expect.poll(() => sk.getByText(DEMO_UNIT_NAME).count()).toBeGreaterThan(0);

    await sk.getByRole('button', { name: 'Skapa kvalitetsbokslut 2026 (PDF)' }).click();
    await sk.getByRole('status').filter({ hasText: `sparades i ${board}` }).waitFor();
    const [yearbook] = fs.readdirSync(board);
    expect(yearbook).toMatch(/^kvalitetsbokslut-2026-\d{8}-\d{6}\.pdf$/);
    expect(fs.readFileSync(path.join(board, yearbook!)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
