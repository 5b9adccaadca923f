import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDbFile } from '../support/temp-db';
import { launchBrowser, openPage, type OpenPage } from './support/browser';
import { goToSection, sectionNames } from './support/ui';
import { startWebApp, type RunningWebApp } from './support/web-app';

const SHOTS = '/tmp/shots-backups';

let browser: Browser;
let app: RunningWebApp | undefined;
let session: OpenPage | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await session?.close().catch(() => undefined);
  await app?.stop().catch(() => undefined);
  await browser?.close();
});

const tidy = (texts: string[]) => texts.map((text) => text.replace(/\s+/g, ' ').trim());

describe('Säkerhetskopior in the web harness', () => {
  it('lists the copies, takes one on demand and restores one while the app runs, after which every screen shows the restored data', async () => {
    app = await startWebApp(tempDbFile(), (services) => {
      services.repos.units.create('Enhet från före kopian');
      services.backups.takeDailyIfDue();
      services.repos.units.create('Enhet som kom till efter kopian');
    });
    session = await openPage(browser, `${app.harness.url}#/backups`);
    const { page, errors } = session;
    page.setDefaultTimeout(10_000);
    await page.getByRole('heading', { level: 1, name: 'Säkerhetskopior' }).waitFor();
    expect(await sectionNames(page)).toContain('Säkerhetskopior');
    expect(await page.getByRole('navigation').getByText('kommer senare').count()).toBe(0);

    const rows = page.locator('.bk-table tbody tr');
    await rows.first().waitFor();
    expect(tidy(await rows.allInnerTexts())).toEqual([expect.stringMatching(/^\d{1,2} \p{L}+ \d{4} \d{2}:\d{2} Daglig \d+ kB Återställ$/u)]);
    expect(await page.getByText(/^Kopiorna finns i mappen .*backups\.$/).count()).toBe(1);

    await page.getByRole('button', { name: 'Ta en säkerhetskopia nu' }).click();
    await page.getByRole('status').filter({ hasText: /^Säkerhetskopian från .* är sparad\.$/ }).waitFor();
    await expect.poll(() => rows.count()).toBe(2);
    expect(tidy(await rows.locator('td:nth-child(3)').allInnerTexts())).toEqual(['Tagen för hand', 'Daglig']);
    await page.screenshot({ path: `${SHOTS}/list.png`, fullPage: true });

    // Cancelling changes nothing.
    const daily = app.services.backups.list().find((backup) => backup.kind === 'daily')!;
    const restoreDaily = page.getByRole('button', { name: /^Återställ säkerhetskopian från / }).nth(1);
    await restoreDaily.click();
    const dialog = page.getByRole('dialog', { name: /^Återställ säkerhetskopian från .*\?$/ });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('kopieras den nuvarande databasen till en egen säkerhetskopia, ”Före återställning”');
    await page.screenshot({ path: `${SHOTS}/dialog.png` });
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(app.services.repos.units.list().map((unit) => unit.name)).toContain('Enhet som kom till efter kopian');

    await restoreDaily.click();
    await dialog.getByRole('button', { name: 'Återställ', exact: true }).click();
    await page.getByText(/^Säkerhetskopian från .* är återställd\. Det du hade innan finns kvar som säkerhetskopian ”Före återställning” från .*\.$/).waitFor();
    await expect.poll(() => rows.count()).toBe(3);
    expect(tidy(await rows.locator('td:nth-child(3)').allInnerTexts())).toEqual(['Före återställning', 'Tagen för hand', 'Daglig']);
    await page.screenshot({ path: `${SHOTS}/restored.png`, fullPage: true });

    expect(app.services.repos.units.list().map((unit) => unit.name)).toEqual(['Enhet från före kopian']);
    expect(app.services.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(app.services.backups.list().map((backup) => backup.id)).toContain(daily.id);
    await goToSection(page, 'Kvalitetsplan');
    await page.getByRole('heading', { level: 3, name: 'Enhet från före kopian' }).waitFor();
    expect(await page.getByRole('heading', { level: 3, name: 'Enhet som kom till efter kopian' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
