import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_UNIT_NAME, fillDemoData } from '../../db/demo';
import type { AppServices } from '../../electron/app/app-services';
import { tempDbFile } from '../support/temp-db';
import { openPage, type OpenPage } from './support/browser';
import { alertIn, goToSection, sectionNames, unitCard } from './support/ui';
import { e2eSession } from './support/e2e-session';
import { startWebApp, type RunningWebApp } from './support/web-app';

const e2e = e2eSession();
const { runningApps, openPages } = e2e;

async function start(databaseFile: string, prepare?: (services: AppServices) => void): Promise<RunningWebApp> {
  const app = await startWebApp(databaseFile, prepare);
  runningApps.push(app);
  return app;
}

async function stop(app: RunningWebApp, page: OpenPage): Promise<void> {
  await page.close();
  await app.stop();
  runningApps.splice(runningApps.indexOf(app), 1);
}

async function open(app: RunningWebApp): Promise<OpenPage> {
  const page = await openPage(e2e.browser, app.harness.url);
  openPages.push(page);
  await page.page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  return page;
}

/** With a plan chosen, Kvalitetsplan opens its editor; the units and plans are behind "Enheter och planer". */
async function showCatalog(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Enheter och planer' }).click();
  await page.getByRole('heading', { level: 2, name: 'Enheter' }).waitFor();
}

async function planTitlesOf(page: Page, unitName: string): Promise<string[]> {
  return unitCard(page, unitName).locator('.plan-item__title').allInnerTexts();
}

describe('units and quality plans in the web harness', () => {
  it('creates and renames a unit and a plan, and keeps them across a reload and a restart', async () => {
    const databaseFile = tempDbFile();
    let app = await start(databaseFile);
    let session = await open(app);
    let { page, errors } = session;

    await goToSection(page, 'Kvalitetsplan');
    await page.getByText('Det finns inga enheter ännu.').waitFor();
    await page.getByLabel('Ditt namn eller dina initialer').fill('Kim Testsson');
    await page.getByLabel('Ditt namn eller dina initialer').press('Enter');
    await page.getByRole('button', { name: 'Ändra ditt namn' }).waitFor();
    await page.getByLabel('Enhetens namn').fill('Ekonomiskt bistånd – Östra');
    await page.getByLabel('Enhetens namn').press('Enter');
    await page.getByRole('status').getByText('Enheten ”Ekonomiskt bistånd – Östra” är upplagd.').waitFor();

    const card = unitCard(page, 'Ekonomiskt bistånd – Östra');
    await card.getByRole('button', { name: 'Ny kvalitetsplan för Ekonomiskt bistånd – Östra' }).click();
    expect(await card.getByLabel('År').inputValue()).toBe(String(new Date().getFullYear()));
    await card.getByLabel('År').fill('2027');
    await card.getByRole('button', { name: 'Skapa plan' }).click();
    await card.getByText('Kvalitetsplan 2027 – Ekonomiskt bistånd – Östra', { exact: true }).waitFor();

    await card.getByRole('button', { name: 'Byt namn på Ekonomiskt bistånd – Östra' }).click();
    await page.getByLabel('Nytt namn på enheten').fill('Ekonomiskt bistånd, Östra stadsdelen');
    await page.getByLabel('Nytt namn på enheten').press('Enter');
    const renamed = unitCard(page, 'Ekonomiskt bistånd, Östra stadsdelen');
    await renamed.waitFor();

    await renamed.getByRole('button', { name: /^Byt rubrik/ }).click();
    await renamed.getByLabel('Ny rubrik på planen').fill('Något jag ångrar');
    await renamed.getByLabel('Ny rubrik på planen').press('Escape');
    expect(await planTitlesOf(page, 'Ekonomiskt bistånd, Östra stadsdelen')).toEqual(['Kvalitetsplan 2027 – Ekonomiskt bistånd – Östra']);
    await page.waitForFunction(() => document.activeElement?.textContent === 'Byt rubrik');

    await renamed.getByRole('button', { name: /^Byt rubrik/ }).click();
    await renamed.getByLabel('Ny rubrik på planen').fill('Kvalitetsplan 2027 – försörjningsstöd');
    await renamed.getByLabel('Ny rubrik på planen').press('Enter');
    await renamed.getByText('Kvalitetsplan 2027 – försörjningsstöd').waitFor();

    // Choosing a plan opens it in the plan editor; the catalogue is one button away.
    await renamed.getByRole('button', { name: 'Välj som aktuell plan: Kvalitetsplan 2027 – försörjningsstöd' }).click();
    await page.getByRole('banner').getByText('Kvalitetsplan 2027 – försörjningsstöd').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Kvalitetsplan 2027 – försörjningsstöd' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Kvalitetsplan' }).waitFor();
    await showCatalog(page);
    expect(await planTitlesOf(page, 'Ekonomiskt bistånd, Östra stadsdelen')).toEqual(['Kvalitetsplan 2027 – försörjningsstöd']);
    expect(await page.getByRole('banner').innerText()).toContain('Ekonomiskt bistånd, Östra stadsdelen');
    await page.getByRole('button', { name: 'Tillbaka till planen Kvalitetsplan 2027 – försörjningsstöd' }).click();
    await page.getByRole('heading', { level: 2, name: 'Kvalitetsplan 2027 – försörjningsstöd' }).waitFor();
    expect(errors).toEqual([]);

    await stop(app, session);
    app = await start(databaseFile);
    session = await open(app);
    ({ page, errors } = session);
    await page.getByRole('cell', { name: 'Kvalitetsplan 2027 – försörjningsstöd' }).waitFor();
    // A new browser context remembers no current plan, so the catalogue shows at once.
    await goToSection(page, 'Kvalitetsplan');
    expect(await planTitlesOf(page, 'Ekonomiskt bistånd, Östra stadsdelen')).toEqual(['Kvalitetsplan 2027 – försörjningsstöd']);
    expect(await page.getByText('Dina ändringar i planerna sparas med namnet').innerText()).toContain('Kim Testsson');
    expect(errors).toEqual([]);
  });

  it('shows the demo data and refuses a second plan for the same unit and year in Swedish', async () => {
    const app = await start(tempDbFile(), (services) => {
      fillDemoData(services.repos);
      services.repos.settings.setUserName('Kim Testsson');
    });
    const { page, errors } = await open(app);

    const summary = page.getByRole('table');
    await summary.getByRole('rowheader', { name: DEMO_UNIT_NAME }).waitFor();
    expect(await summary.innerText()).toContain('Kvalitetsplan 2025 – utredning barn och unga');

    await goToSection(page, 'Kvalitetsplan');
    const card = unitCard(page, DEMO_UNIT_NAME);
    expect(await planTitlesOf(page, DEMO_UNIT_NAME)).toEqual([
      'Kvalitetsplan 2026 – utredning barn och unga',
      'Kvalitetsplan 2025 – utredning barn och unga',
    ]);

    await card.getByRole('button', { name: `Ny kvalitetsplan för ${DEMO_UNIT_NAME}` }).click();
    await card.getByLabel('År').fill('2026');
    await card.getByLabel('Rubrik (frivillig)').fill('Kvalitetsplan 2026 – ny version');
    await card.getByLabel('Rubrik (frivillig)').press('Enter');
    const alert = alertIn(card);
    await alert.waitFor();
    expect(await alert.innerText()).toBe(`${DEMO_UNIT_NAME} har redan en kvalitetsplan för 2026. Öppna den i stället för att skapa en ny.`);
    expect(await card.getByLabel('År').inputValue()).toBe('2026');
    expect(await card.getByLabel('Rubrik (frivillig)').inputValue()).toBe('Kvalitetsplan 2026 – ny version');

    await card.getByLabel('År').fill('2027');
    await card.getByRole('button', { name: 'Skapa plan' }).click();
    await card.getByText('Kvalitetsplan 2026 – ny version').waitFor();
    expect(await alertIn(card).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows the validation message for a too short name and keeps what was typed', async () => {
    const app = await start(tempDbFile(), (services) => fillDemoData(services.repos));
    const { page, errors } = await open(app);
    await goToSection(page, 'Kvalitetsplan');

    await page.getByLabel('Enhetens namn').fill('A');
    await page.getByRole('button', { name: 'Skapa enhet' }).click();
    const alert = page.getByRole('region', { name: 'Ny enhet' }).getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe('Enhetens namn måste ha minst 2 tecken.');
    expect(await page.getByLabel('Enhetens namn').inputValue()).toBe('A');
    expect(await page.getByLabel('Enhetens namn').getAttribute('aria-invalid')).toBe('true');

    const card = unitCard(page, DEMO_UNIT_NAME);
    await card.getByRole('button', { name: `Byt namn på ${DEMO_UNIT_NAME}` }).click();
    await card.getByLabel('Nytt namn på enheten').fill('B');
    await card.getByLabel('Nytt namn på enheten').press('Enter');
    expect(await alertIn(card).innerText()).toBe('Enhetens namn måste ha minst 2 tecken.');
    await card.getByLabel('Nytt namn på enheten').press('Escape');
    expect(await card.getByLabel('Nytt namn på enheten').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 3, name: DEMO_UNIT_NAME }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('switches the navigation to English and back, and remembers the choice', async () => {
    const app = await start(tempDbFile());
    const { page, errors } = await open(app);
    expect(await sectionNames(page)).toEqual(['Översikt', 'Kvalitetsplan', 'Riskmatris', 'Checklistor', 'Resultat', 'Avvikelser och klagomål', 'Export och import', 'Jämför enheter', 'Säkerhetskopior']);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    expect(await sectionNames(page)).toEqual(['Overview', 'Quality plan', 'Risk matrix', 'Checklists', 'Results', 'Reports', 'Export and import', 'Compare units', 'Backups']);
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();

    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    expect(await sectionNames(page)).toEqual(['Översikt', 'Kvalitetsplan', 'Riskmatris', 'Checklistor', 'Resultat', 'Avvikelser och klagomål', 'Export och import', 'Jämför enheter', 'Säkerhetskopior']);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(errors).toEqual([]);
  });
});
