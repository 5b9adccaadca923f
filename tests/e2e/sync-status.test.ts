import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_FOLDER } from '../../shared/sync/file-format';
import { smallPlan } from '../support/plan-fixture';
import { tempDbFile, tempDir } from '../support/temp-db';
import { launchBrowser, openPage, type OpenPage } from './support/browser';
import { startWebApp, type RunningWebApp } from './support/web-app';

let browser: Browser;
let app: RunningWebApp;
let session: OpenPage;
const shots = process.env.SYNC_SHOTS;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startWebApp(tempDbFile(), (services) => {
    services.repos.settings.setUserName('Anna');
    smallPlan(services.repos);
  });
  session = await openPage(browser, app.harness.url);
});

afterAll(async () => {
  await session?.close().catch(() => undefined);
  await app?.stop().catch(() => undefined);
  await browser?.close();
});

describe('the sync status in the side navigation', () => {
  it('says that no folder is chosen and where to choose one, then syncs on demand and shows warnings', async () => {
    const { page, errors } = session;
    const panel = page.getByRole('region', { name: 'Synkronisering' });
    await panel.getByText('Ingen gemensam mapp är vald').waitFor();
    expect(await panel.getByRole('link', { name: 'Välj mapp under Export och import' }).getAttribute('href')).toBe('#/export');
    if (shots) await page.screenshot({ path: path.join(shots, 'sync-not-chosen.png') });

    const folder = tempDir('kh-sync-e2e-');
    app.services.repos.settings.setSharedFolder(folder);
    await page.reload();
    await panel.getByText(/ändringar väntar på att skickas/).waitFor();
    await panel.getByRole('button', { name: 'Synkronisera nu' }).click();
    await panel.getByText(/^Synkad kl\. \d\d:\d\d\.$/).waitFor();
    await panel.getByText('Inga ändringar väntar.').waitFor();
    expect(fs.readdirSync(path.join(folder, SYNC_FOLDER))).toHaveLength(1);

    fs.writeFileSync(path.join(folder, SYNC_FOLDER, 'anteckningar.txt'), 'inte en synkfil');
    await panel.getByRole('button', { name: 'Synkronisera nu' }).click();
    await panel.getByText('1 varning').click();
    await panel.getByText('anteckningar.txt hör inte till synkroniseringen och lämnades orörd.').waitFor();
    if (shots) await page.screenshot({ path: path.join(shots, 'sync-warning.png') });

    app.services.repos.settings.setSharedFolder(path.join(folder, 'finns-inte'));
    await panel.getByRole('button', { name: 'Synkronisera nu' }).click();
    await panel.getByText(/finns-inte går inte att nå just nu/).waitFor();
    await panel.getByText(/^Senast synkad kl\. \d\d:\d\d\.$/).waitFor();
    if (shots) await page.screenshot({ path: path.join(shots, 'sync-unreachable.png') });
    expect(errors).toEqual([]);
  });
});
