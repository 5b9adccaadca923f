import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_UNIT_NAME, fillDemoData } from '../../db/demo';
import type { AppServices } from '../../electron/app/app-services';
import { tempDbFile } from '../support/temp-db';
import { seed000 } from '../fixtures/plans/seed-000';
import { seed002 } from '../fixtures/plans/seed-002';
import { seed004 } from '../fixtures/plans/seed-004';
import { openPage, type OpenPage } from './support/browser';
import { dialog, openTab, processCard, processNames, riskArticle, swedishDate } from './support/plan-editor-ui';
import { goToSection } from './support/ui';
import { e2eSession } from './support/e2e-session';
import { startWebApp } from './support/web-app';

const e2e = e2eSession();
const { runningApps, openPages } = e2e;

async function open(prepare: (services: AppServices) => void): Promise<OpenPage> {
  const app = await startWebApp(tempDbFile(), prepare);
  runningApps.push(app);
  const session = await openPage(e2e.browser, app.harness.url);
  openPages.push(session);
  // A step that waits in vain fails at its own line, well before the test's time is up.
  session.page.setDefaultTimeout(15_000);
  await session.page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  await goToSection(session.page, 'Kvalitetsplan');
  return session;
}

async function choosePlan(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: `Välj som aktuell plan: ${title}` }).click();
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
}

const UNIT = 'Familjerätten, Västra';
const PLAN = 'Kvalitetsplan 2026 – Familjerätten, Västra';
const RISK = 'Barnets åsikt kommer inte fram i samarbetssamtalen.';
const OPEN_ACTION = 'Inför en mall för barnets åsikt.';
const DONE_ACTION = 'Utbilda alla i samtal med barn.';

describe('the plan editor in the web harness', () => {
  it('enters a whole plan, reorders, moves and deletes, adopts and reopens it, shows the history and rolls it over', async () => {
    const { page, errors } = await open((services) => {
      const unit = services.repos.units.create(UNIT);
      services.repos.plans.create({ unitId: unit.id, year: 2026 }, 'Installationen');
    });

    // The name is asked for before anything can be changed.
    await page.getByLabel('Ditt namn eller dina initialer').fill('Kim Testsson');
    await page.getByLabel('Ditt namn eller dina initialer').press('Enter');
    await page.getByRole('button', { name: 'Ändra ditt namn' }).waitFor();
    await choosePlan(page, PLAN);
    expect(await page.getByText('Utkast', { exact: true }).count()).toBe(1);

    // Uppgifter: a personnummer is refused beside the form and what was typed stays.
    let panel = await openTab(page, 'Uppgifter');
    await panel.getByLabel('Diarienummer').fill('SN 2026/12');
    await panel.getByLabel('Datum för fastställande').fill('2026-01-28');
    await panel.getByLabel('Ansvarig processägare').fill('Enhetschef familjerätten');
    await panel.getByLabel('Beslutsinstans').fill('Nämnden, se 19121212-1212');
    await panel.getByLabel('Beslutsinstans').press('Enter');
    expect(await panel.getByRole('alert').innerText()).toContain('personnummer');
    expect(await panel.getByLabel('Beslutsinstans').inputValue()).toBe('Nämnden, se 19121212-1212');
    await panel.getByLabel('Beslutsinstans').fill('Socialnämnden');
    await panel.getByRole('button', { name: 'Spara uppgifterna' }).click();
    await panel.getByRole('status').getByText('Uppgifterna är sparade.').waitFor();
    expect(await panel.getByRole('alert').count()).toBe(0);

    // Two processes.
    panel = await openTab(page, 'Processer och risker');
    await panel.getByText('Planen har inga processer ännu.').waitFor();
    for (const [name, group, team] of [
      ['Utredning', 'Huvudprocess', 'Utredningsgruppen'],
      ['Samarbetssamtal', 'Stödprocess', 'Samtalsgruppen'],
    ] as const) {
      await panel.getByRole('button', { name: 'Ny process', exact: true }).click();
      await panel.getByLabel('Processens namn').fill(name);
      await panel.getByLabel('Processgrupp').selectOption({ label: group });
      await panel.getByLabel('Ansvarig grupp').fill(team);
      await panel.getByLabel('Processens namn').press('Enter');
      await processCard(page, name).waitFor();
    }
    expect(await processNames(page)).toEqual(['Utredning', 'Samarbetssamtal']);
    expect(await processCard(page, 'Samarbetssamtal').innerText()).toContain('Stödprocess');

    // A risk with two quality areas, assessed before and after.
    const utredning = processCard(page, 'Utredning');
    await utredning.getByRole('button', { name: 'Ny risk i processen Utredning' }).click();
    await utredning.getByLabel('Risk', { exact: true }).fill(RISK);
    await utredning.getByLabel('Riskägare').fill('Gruppledare');
    await utredning.getByLabel('Trygghet och säkerhet').check();
    await utredning.getByLabel('Kunskapsbaserad verksamhet').check();
    await utredning.getByLabel('Risk', { exact: true }).press('Enter');
    const risk = riskArticle(page, RISK);
    await risk.waitFor();
    expect(await risk.getByRole('list', { name: 'Kvalitetsområden' }).getByRole('listitem').allInnerTexts()).toEqual([
      'Trygghet och säkerhet',
      'Kunskapsbaserad verksamhet',
    ]);
    await risk.getByLabel('Sannolikhet före åtgärd').selectOption('3');
    await risk.getByText('Välj både sannolikhet och konsekvens, så sparas bedömningen.').waitFor();
    await risk.getByLabel('Konsekvens före åtgärd').selectOption('4');
    await risk.getByText('Före åtgärd: Mycket hög (3×4)').waitFor();
    await risk.getByLabel('Sannolikhet efter åtgärd').selectOption('2');
    await risk.getByLabel('Konsekvens efter åtgärd').selectOption('2');
    await risk.getByText('Efter åtgärd: Måttlig (2×2)').waitFor();
    await risk.getByText('Över gränsvärdet men saknar egenkontroll').waitFor();
    await panel.getByText('1 risk ligger på eller över gränsvärdet men saknar egenkontroll.').waitFor();

    // A control with target 100 % takes the flag away.
    await risk.getByRole('button', { name: `Ny egenkontroll för risken ${RISK}` }).click();
    await risk.getByLabel('Definition').fill('Andel samtal där barnets åsikt är dokumenterad');
    await risk.getByLabel('Mätmetod', { exact: true }).selectOption({ label: 'Aktgranskning' });
    await risk.getByLabel('Frekvens').selectOption({ label: 'Varje kvartal' });
    await risk.getByLabel('Målvärde', { exact: true }).fill('100');
    await risk.getByLabel('Definition').press('Enter');
    await risk.getByText('Mål: 100 %').waitFor();
    expect(await risk.getByText('Över gränsvärdet men saknar egenkontroll').count()).toBe(0);

    // Two actions: one open, one done.
    for (const [text, status] of [
      [OPEN_ACTION, 'Ej påbörjad'],
      [DONE_ACTION, 'Klar'],
    ] as const) {
      await risk.getByRole('button', { name: `Ny åtgärd för risken ${RISK}` }).click();
      await risk.getByLabel('Åtgärd', { exact: true }).fill(text);
      await risk.getByLabel('Ansvarig', { exact: true }).fill('Enhetschef');
      await risk.getByLabel('Klart senast').fill('2026-06-30');
      await risk.getByLabel('Status').selectOption({ label: status });
      await risk.getByLabel('Åtgärd', { exact: true }).press('Enter');
      await risk.getByLabel('Åtgärd', { exact: true }).waitFor({ state: 'detached' });
      await risk.getByText(text).waitFor();
    }
    expect(await risk.getByText('Klart senast 30 juni 2026').count()).toBe(2);

    // Reorder with the keyboard-reachable buttons; the focus stays with the moved process.
    await page.getByRole('button', { name: 'Flytta ned processen Utredning' }).click();
    await expect.poll(() => processNames(page)).toEqual(['Samarbetssamtal', 'Utredning']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Flytta upp processen Utredning');

    // Move the risk to the other process.
    await risk.getByLabel('Flytta till process').selectOption({ label: 'Samarbetssamtal' });
    await risk.getByRole('button', { name: 'Flytta risken till vald process' }).click();
    await riskArticle(processCard(page, 'Samarbetssamtal'), RISK).waitFor();
    await processCard(page, 'Utredning').getByText('Processen har inga risker ännu.').waitFor();

    // Delete asks first and names what goes; cancelling keeps it.
    await page.getByRole('button', { name: 'Ta bort processen Utredning' }).click();
    expect(await dialog(page).innerText()).toContain('Processen ”Utredning” tas bort ur planen.');
    await dialog(page).getByRole('button', { name: 'Avbryt' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    expect(await processNames(page)).toEqual(['Samarbetssamtal', 'Utredning']);
    await page.getByRole('button', { name: 'Ta bort processen Utredning' }).click();
    await dialog(page).getByRole('button', { name: 'Ta bort' }).click();
    await expect.poll(() => processNames(page)).toEqual(['Samarbetssamtal']);

    // Adopt: everything is locked and the banner says who and when.
    await page.getByRole('button', { name: 'Fastställ planen' }).click();
    await dialog(page).getByRole('button', { name: 'Fastställ', exact: true }).click();
    const banner = page.getByText(`Planen är fastställd av Kim Testsson den ${swedishDate(new Date())}. Återöppna för att ändra.`);
    await banner.waitFor();
    expect(await page.getByRole('button', { name: 'Ny process' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Ta bort/ }).count()).toBe(0);
    expect(await page.getByLabel('Sannolikhet före åtgärd').count()).toBe(0);
    expect(await riskArticle(page, RISK).getByText('Före åtgärd: Mycket hög (3×4)').count()).toBe(1);
    panel = await openTab(page, 'Uppgifter');
    expect(await panel.getByRole('textbox').count()).toBe(0);
    expect(await panel.innerText()).toContain('SN 2026/12');
    expect(await panel.innerText()).toContain('28 januari 2026');

    // Reopen: editable again.
    await page.getByRole('button', { name: 'Återöppna planen' }).click();
    await banner.waitFor({ state: 'detached' });
    expect(await panel.getByLabel('Diarienummer').inputValue()).toBe('SN 2026/12');
    await openTab(page, 'Processer och risker');
    await page.getByRole('button', { name: 'Ny process' }).waitFor();

    // History: what, from and to, readable.
    panel = await openTab(page, 'Historik');
    const row = (field: string, what: string) =>
      panel.getByRole('row').filter({ has: page.getByRole('cell', { name: field, exact: true }) }).filter({ hasText: what });
    await row('Beslutsinstans', PLAN).waitFor();
    expect(await row('Beslutsinstans', PLAN).getByRole('cell').allInnerTexts()).toEqual([
      expect.any(String),
      'Kim Testsson',
      `Planen ${PLAN}`,
      'Beslutsinstans',
      '–',
      'Socialnämnden',
    ]);
    expect((await row('Bedömning före åtgärd', RISK).getByRole('cell').allInnerTexts()).slice(4)).toEqual(['ej bedömd', '3 × 4']);
    expect((await row('Flyttad till annan process', RISK).getByRole('cell').allInnerTexts()).slice(4)).toEqual(['Utredning', 'Samarbetssamtal']);
    expect((await row('Ordning', 'Utredning').getByRole('cell').allInnerTexts()).slice(4)).toEqual(['plats 1', 'plats 2']);
    expect((await row('Borttagen', 'Utredning').getByRole('cell').allInnerTexts()).slice(4)).toEqual(['Utredning', '–']);
    const statusCells = await row('Status', PLAN).evaluateAll((rows) => rows.map((tr) => [...tr.querySelectorAll('td')].slice(4).map((td) => td.textContent)));
    expect(statusCells).toEqual([
      ['Fastställd', 'Utkast'],
      ['Utkast', 'Fastställd'],
    ]);

    // Next year's plan carries the open action only, marked as carried.
    panel = await openTab(page, 'Import och export');
    await panel.getByRole('button', { name: 'Skapa planen för 2027' }).click();
    await dialog(page).getByRole('button', { name: 'Skapa planen' }).click();
    await panel.getByText('Planen ”Kvalitetsplan 2027 – Familjerätten, Västra” är skapad.').waitFor();
    await panel.getByRole('button', { name: 'Öppna planen för 2027' }).click();
    await page.getByRole('heading', { level: 2, name: 'Kvalitetsplan 2027 – Familjerätten, Västra' }).waitFor();
    await page.getByRole('banner').getByText('Kvalitetsplan 2027 – Familjerätten, Västra').waitFor();
    panel = await openTab(page, 'Processer och risker');
    const carried = riskArticle(page, RISK);
    await carried.waitFor();
    const actions = carried.getByRole('region', { name: 'Åtgärder' }).getByRole('listitem').filter({ hasText: OPEN_ACTION });
    expect(await actions.count()).toBe(1);
    expect(await actions.innerText()).toContain('Överförd från förra årets plan');
    expect(await carried.getByText(DONE_ACTION).count()).toBe(0);
    expect(await page.getByText('planen för 2026').count()).toBe(1);
    expect(errors).toEqual([]);
  }, 90_000);

  it('reports a bad spreadsheet row by row and imports nothing, and exports the plan as .xlsx', async () => {
    const { page, errors } = await open((services) => {
      fillDemoData(services.repos);
      services.repos.settings.setUserName('Kim Testsson');
    });
    await choosePlan(page, 'Kvalitetsplan 2026 – utredning barn och unga');
    const summary = await (await openTab(page, 'Processer och risker')).getByText(/^\d+ processer, \d+ risker$/).innerText();

    const panel = await openTab(page, 'Import och export');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Exportera som Excelfil' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kvalitetshjulet-export-')), download.suggestedFilename());
    await download.saveAs(saved);
    expect(fs.readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
    await panel.getByRole('status').getByText(`Filen ”${download.suggestedFilename()}” är skapad.`).waitFor();

    const csv = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kvalitetshjulet-import-')), 'plan.csv');
    fs.writeFileSync(
      csv,
      '\uFEFFProcess;Risk;Kvalitetsområden;Sannolikhet;Konsekvens\n' +
        'Förhandsbedömning;Barnets röst hörs inte;Trygghet och säkerhet;3;3\n' +
        'Utredning;Ärendet gäller 19121212-1212;Trygghet och säkerhet;9;2\n',
    );
    await panel.locator('input[type="file"]').setInputFiles(csv);
    await panel.getByText('plan.csv').waitFor();
    expect(await panel.getByLabel('Planens år').inputValue()).toBe('2026');
    await panel.getByRole('button', { name: 'Importera', exact: true }).click();
    expect(await dialog(page).innerText()).toContain('Innehållet i ”Kvalitetsplan 2026 – utredning barn och unga” ersätts');
    await dialog(page).getByRole('button', { name: 'Importera och ersätt' }).click();

    const report = panel.getByRole('alert');
    await report.getByText('Filen importerades inte').waitFor();
    const rows = await report.getByRole('row').evaluateAll((trs) => trs.slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toEqual([
      ['3', 'Risk', expect.stringContaining('personnummer')],
      ['3', 'Sannolikhet', '9 finns inte på planens skala 1–4.'],
    ]);

    // Nothing was imported: the plan is as it was and its history has no import.
    expect(await (await openTab(page, 'Processer och risker')).getByText(/^\d+ processer, \d+ risker$/).innerText()).toBe(summary);
    await riskArticle(page, 'Barnets egen berättelse kommer inte fram i utredningen.').waitFor();
    const history = await openTab(page, 'Historik');
    await history.getByRole('table').waitFor();
    expect(await history.getByText('Innehållet importerat från kalkylblad').count()).toBe(0);
    expect(await page.getByRole('banner').innerText()).toContain(DEMO_UNIT_NAME);
    expect(errors).toEqual([]);
  });

  it('enters the plans of seeds 000, 002 and 004 through the import in the UI, with their whole structure', async () => {
    const { page, errors } = await open((services) => {
      const unit = services.repos.units.create(UNIT);
      services.repos.plans.create({ unitId: unit.id, year: 2026 }, 'Kim Testsson');
      services.repos.settings.setUserName('Kim Testsson');
    });
    await choosePlan(page, PLAN);
    for (const [file, seed] of [['seed-000.xlsx', seed000], ['seed-002.xlsx', seed002], ['seed-004.xlsx', seed004]] as const) {
      const panel = await openTab(page, 'Import och export');
      await panel.locator('input[type="file"]').setInputFiles(path.resolve('tests/fixtures/plans', file));
      await panel.getByText(file).waitFor();
      await panel.getByRole('button', { name: 'Importera', exact: true }).click();
      await dialog(page).getByRole('button', { name: 'Importera och ersätt' }).click();
      await panel.getByRole('status').getByText(/importerad/i).waitFor();

      const processes = seed.content.processes;
      const risks = processes.flatMap((process) => process.risks);
      const tab = await openTab(page, 'Processer och risker');
      expect(await tab.getByText(/^\d+ processer?, \d+ risk(er)?$/).innerText()).toBe(
        `${processes.length} ${processes.length === 1 ? 'process' : 'processer'}, ${risks.length} ${risks.length === 1 ? 'risk' : 'risker'}`,
      );
      expect(await processNames(page)).toEqual(processes.map((process) => process.name));
      for (const risk of risks) await riskArticle(page, risk.text).waitFor();
    }
    expect(errors).toEqual([]);
  }, 90_000);
});
