import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppServices } from '../../electron/app/app-services';
import { ACTOR, control } from '../support/checklist-fixture';
import { tempDbFile } from '../support/temp-db';
import type { OpenPage } from './support/browser';
import { cellTexts, choosePeriodKind, CONTROLS, controlRow, openAt, periodRow, resultsTestPlans, RUNS_2026 } from './support/results';
import { rgb } from './support/risk-matrix';
import { e2eSession } from './support/e2e-session';
import { startWebApp } from './support/web-app';

const e2e = e2eSession();
const { runningApps, openPages } = e2e;

async function openResults(prepare: (services: AppServices) => string | null = (services) => resultsTestPlans(services.repos).planId): Promise<OpenPage> {
  let planId: string | null = null;
  const app = await startWebApp(tempDbFile(), (services) => {
    planId = prepare(services);
  });
  runningApps.push(app);
  const session = await openAt(e2e.browser, app.harness.url, planId, '2026-04-15', '#/results');
  openPages.push(session);
  await session.page.getByRole('heading', { level: 1, name: 'Resultat' }).waitFor();
  return session;
}

/**
 * The share of yes among yes and no in the våld answers of the runs dated from–to, counted
 * from RUNS_2026 by hand rather than by the app's code: "ej aktuellt" is simply not counted.
 */
function handShare(from: string, to: string): string {
  const answers = RUNS_2026.filter(([date]) => date >= from && date <= to).flatMap(([, cases]) => cases.map((values) => values[0]));
  const yes = answers.filter((answer) => answer === 'yes').length;
  const no = answers.filter((answer) => answer === 'no').length;
  return `${((yes / (yes + no)) * 100).toFixed(1).replace('.', ',')} %`;
}

/** Text as a reader sees it: any run of spaces, the no-break space included, as one space. */
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

async function openControl(page: Page, definition: string): Promise<void> {
  await page.getByRole('button', { name: definition, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: definition }).waitFor();
}

/** Period, value, status, basis, source and analysis of a row in "Resultat per period". */
async function periodCells(page: Page, key: string): Promise<string[]> {
  return (await cellTexts(periodRow(page, key))).slice(0, 6);
}

describe('Resultat in the web harness', () => {
  it('counts the hand calculation right', () => {
    // January: 3 yes, 1 no, 2 not applicable -> 3 / 4.
    expect(handShare('2026-01-01', '2026-01-31')).toBe('75,0 %');
    // Tertial 1 (January–April): 4 yes, 2 no, 3 not applicable -> 4 / 6. 1 May belongs to tertial 2.
    expect(handShare('2026-01-01', '2026-04-30')).toBe('66,7 %');
    expect(handShare('2026-05-01', '2026-08-31')).toBe('100,0 %');
    // The whole year: 6 yes, 3 no -> 6 / 9; 31 December 2025 and 1 January 2027 lie outside it.
    expect(handShare('2026-01-01', '2026-12-31')).toBe('66,7 %');
  });

  it('shows every control’s latest figure against its target, as counted by hand, in each kind of period', async () => {
    const { page, errors } = await openResults();

    // Each control by its own frequency: våld and förhandsbedömning monthly, the median days quarterly.
    await controlRow(page, CONTROLS.violence).waitFor();
    expect(await page.locator('.rs-process-row').allInnerTexts()).toEqual(['Utredning4 egenkontroller']);
    // December: the one run of 31 December, a no -> 0 of 1. 1 January 2027 is the next plan's.
    expect(await cellTexts(controlRow(page, CONTROLS.violence))).toEqual([
      `${CONTROLS.violence} Checklista vid ärendedragning · Varje månad`,
      '0,0 % December 2026',
      'minst 100 %',
      '✕ Röd',
      '1 svar',
      'Checklista',
    ]);
    // Quarter 4: one number, 5 days, against at most 14.
    expect((await cellTexts(controlRow(page, CONTROLS.days))).slice(1, 5)).toEqual(['5 dagar Kvartal 4 2026', 'högst 14 dagar', '✓ Grön', '1 svar']);
    // December: 7 days is within 14 -> 1 of 1.
    expect((await cellTexts(controlRow(page, CONTROLS.within))).slice(1, 4)).toEqual(['100,0 % December 2026', 'minst 90 %', '✓ Grön']);
    expect((await cellTexts(controlRow(page, CONTROLS.lexSarah))).slice(1, 6)).toEqual(['Inget värde ännu', 'Inget mål', '– Inget mål', '–', '–']);
    const red = controlRow(page, CONTROLS.violence).locator('.rs-status');
    expect(await red.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(rgb('#c62828'));

    await choosePeriodKind(page, 'Tertial');
    await controlRow(page, CONTROLS.violence).getByText('Tertial 3 2026').waitFor();
    await openControl(page, CONTROLS.violence);
    expect(await periodCells(page, '2026-T1')).toEqual(['Tertial 1 2026 jan–apr', handShare('2026-01-01', '2026-04-30'), '✕ Röd', '9 svar varav 3 ej aktuella', 'Checklista', '–']);
    expect(await periodCells(page, '2026-T2')).toEqual(['Tertial 2 2026 maj–aug', handShare('2026-05-01', '2026-08-31'), '✓ Grön', '2 svar', 'Checklista', '–']);
    expect(await periodCells(page, '2026-T3')).toEqual(['Tertial 3 2026 sep–dec', '0,0 %', '✕ Röd', '1 svar', 'Checklista', '–']);

    // The period kind changes under the open control.
    await choosePeriodKind(page, 'Månad');
    await periodRow(page, '2026-01').waitFor();
    // 100 − 75 = 25 short of the target, within the tolerance 30: yellow.
    expect(await periodCells(page, '2026-01')).toEqual(['Januari 2026', handShare('2026-01-01', '2026-01-31'), '! Gul', '6 svar varav 2 ej aktuella', 'Checklista', '–']);
    const yellow = periodRow(page, '2026-01').locator('.rs-status');
    expect(await yellow.evaluate((element) => [getComputedStyle(element).backgroundColor, getComputedStyle(element).color])).toEqual([rgb('#f2c230'), rgb('#000000')]);
    expect(await periodCells(page, '2026-02')).toEqual(['Februari 2026', '–', '– Inget värde', '–', '–', '–']);
    expect((await periodCells(page, '2026-04')).slice(1, 4)).toEqual([handShare('2026-04-01', '2026-04-30'), '✕ Röd', '3 svar varav 1 ej aktuellt']);
    expect((await periodCells(page, '2026-05')).slice(1, 3)).toEqual(['100,0 %', '✓ Grön']);
    expect((await periodCells(page, '2026-12')).slice(1, 3)).toEqual(['0,0 %', '✕ Röd']);
    expect(tidy(await page.locator('.rs-latest__value').innerText())).toBe('0,0 %');
    expect(tidy(await page.locator('.rs-bands').innerText())).toContain('Gul: från 70 till under 100 %');

    // The whole year, this year and the unit's other years.
    const years = page.getByRole('table', { name: 'Helårsvärden per år' });
    expect((await years.locator('tbody tr').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      '2025 25,0 % ✕ Röd',
      `2026 ${handShare('2026-01-01', '2026-12-31')} ✕ Röd`,
      '2027 100,0 % ✓ Grön',
    ]);
    await choosePeriodKind(page, 'År');
    await periodRow(page, '2026').waitFor();
    expect((await periodCells(page, '2026')).slice(1, 4)).toEqual([handShare('2026-01-01', '2026-12-31'), '✕ Röd', '12 svar varav 3 ej aktuella']);
    // The chart's summary says the same for those who cannot see it.
    expect(await page.locator('.rs-chart-summary').innerText()).toContain('Värde finns för 1 av 1 perioder');

    // Back to the table, with the focus on the control that was open.
    await page.getByRole('button', { name: 'Alla egenkontroller' }).click();
    await page.waitForFunction((name) => document.activeElement?.textContent === name, CONTROLS.violence);
    expect(errors).toEqual([]);
  });

  it('opens the runs, cases and answers behind a figure, with "ej aktuellt" visibly left out', async () => {
    const { page, errors } = await openResults();
    await choosePeriodKind(page, 'Månad');
    await controlRow(page, CONTROLS.violence).getByText('December 2026').waitFor();
    await openControl(page, CONTROLS.violence);

    await page.getByRole('button', { name: 'Visa underlag för januari 2026' }).click();
    const drill = page.getByRole('region', { name: 'Underlag för januari 2026' });
    await drill.locator('.rs-run').first().waitFor();
    expect(tidy(await drill.locator('.rs-calculation').innerText())).toBe('3 svar ja av 4 svar ja eller nej = 75,0 %. 2 svar ”ej aktuellt” räknas inte.');
    expect(await drill.getByText('Från 6 ärenden vid 2 genomgångar.').count()).toBe(1);
    expect(await drill.locator('.rs-run__title').allInnerTexts()).toEqual(['1 januari 2026 · Ärendedragning', '31 januari 2026 · Ärendedragning']);
    const answers = (await drill.locator('.rs-answers tbody tr').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(answers).toEqual([
      'Ärende 2026-01-01-1 Ja Räknas som ja',
      'Ärende 2026-01-01-2 Ja Räknas som ja',
      'Ärende 2026-01-01-3 Ej aktuellt Räknas inte',
      'Ärende 2026-01-31-1 Ja Räknas som ja',
      'Ärende 2026-01-31-2 Nej Räknas som nej',
      'Ärende 2026-01-31-3 Ej aktuellt Räknas inte',
    ]);
    expect(await drill.locator('tr[data-role="excluded"] .rs-left-out').count()).toBe(2);

    // December holds 31 December only; the run of 1 January 2027 is the next year's.
    await page.getByRole('button', { name: 'Visa underlag för december 2026' }).click();
    const december = page.getByRole('region', { name: 'Underlag för december 2026' });
    await december.getByText('31 december 2026 · Ärendedragning').waitFor();
    expect(await december.locator('.rs-run').count()).toBe(1);

    // Tertial 1 ends on 30 April; 1 May opens tertial 2.
    await choosePeriodKind(page, 'Tertial');
    await page.getByRole('button', { name: 'Visa underlag för tertial 1 2026' }).click();
    const first = page.getByRole('region', { name: 'Underlag för tertial 1 2026' });
    await first.locator('.rs-run').first().waitFor();
    expect(await first.locator('.rs-run__title').allInnerTexts()).toEqual([
      '1 januari 2026 · Ärendedragning',
      '31 januari 2026 · Ärendedragning',
      '30 april 2026 · Ärendedragning',
    ]);
    expect(tidy(await first.locator('.rs-calculation').innerText())).toBe('4 svar ja av 6 svar ja eller nej = 66,7 %. 3 svar ”ej aktuellt” räknas inte.');
    await page.getByRole('button', { name: 'Visa underlag för tertial 2 2026' }).click();
    const second = page.getByRole('region', { name: 'Underlag för tertial 2 2026' });
    await second.locator('.rs-run').first().waitFor();
    expect(await second.locator('.rs-run__title').allInnerTexts()).toEqual(['1 maj 2026 · Ärendedragning']);

    // A share within a limit shows each number as within or over it.
    await page.getByRole('button', { name: 'Alla egenkontroller' }).click();
    await openControl(page, CONTROLS.within);
    await page.getByRole('button', { name: 'Visa underlag för tertial 1 2026' }).click();
    const within = page.getByRole('region', { name: 'Underlag för tertial 1 2026' });
    await within.locator('.rs-run').first().waitFor();
    // 10, 20, 14, 5, 3, 14 days: 5 of 6 at most 14.
    expect(tidy(await within.locator('.rs-calculation').innerText())).toBe('5 av 6 tal är högst 14 = 83,3 %.');
    expect(await within.locator('tr[data-role="over"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('lets a manual result replace the computed figure of its period, with its analysis, and takes it back', async () => {
    const { page, errors } = await openResults();
    await choosePeriodKind(page, 'Månad');
    await controlRow(page, CONTROLS.violence).getByText('December 2026').waitFor();
    await openControl(page, CONTROLS.violence);
    expect((await periodCells(page, '2026-04')).slice(1, 5)).toEqual(['50,0 %', '✕ Röd', '3 svar varav 1 ej aktuellt', 'Checklista']);

    await page.getByRole('button', { name: 'Lägg till manuellt resultat' }).click();
    const form = page.getByRole('form', { name: 'Nytt manuellt resultat' });
    // Only first days of periods in the plan's year can be chosen.
    await form.getByLabel('Periodtyp').selectOption('tertial');
    expect(await form.getByLabel('Period', { exact: true }).locator('option').evaluateAll((options) => options.map((o) => [(o as HTMLOptionElement).value, o.textContent]))).toEqual([
      ['2026-01-01', 'Tertial 1 2026'],
      ['2026-05-01', 'Tertial 2 2026'],
      ['2026-09-01', 'Tertial 3 2026'],
    ]);
    await form.getByLabel('Periodtyp').selectOption('month');
    // Today is 15 April 2026: April is offered first.
    expect(await form.getByLabel('Period', { exact: true }).inputValue()).toBe('2026-04-01');
    expect(await form.getByLabel('Period', { exact: true }).locator('option').count()).toBe(12);
    await form.getByLabel('Värde (%)').fill('90');
    await form.getByLabel('Analys').fill('Aktgranskning av 19121212-1212 i april.');
    await form.getByRole('button', { name: 'Spara resultatet' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Texten ser ut att innehålla ett personnummer');
    expect(await form.getByLabel('Analys').inputValue()).toBe('Aktgranskning av 19121212-1212 i april.');

    await form.getByLabel('Analys').fill('Aktgranskning av alla aprilärenden: 9 av 10.');
    await form.getByRole('button', { name: 'Spara resultatet' }).click();
    await form.waitFor({ state: 'detached' });
    await periodRow(page, '2026-04').getByText('Manuellt').waitFor();
    // 90 is 10 short of 100, within the tolerance 30.
    expect((await periodCells(page, '2026-04')).slice(1, 6)).toEqual(['90,0 %', '! Gul', '3 svar varav 1 ej aktuellt', 'Manuellt', 'Aktgranskning av alla aprilärenden: 9 av 10.']);
    const manual = page.locator('.rs-manual[data-manual="2026-04-01"]');
    expect(await manual.innerText()).toContain('Inlagt av Kim Testsson');

    // The computed figure stays visible behind the manual one.
    await page.getByRole('button', { name: 'Visa underlag för april 2026' }).click();
    const drill = page.getByRole('region', { name: 'Underlag för april 2026' });
    await drill.locator('.rs-run').first().waitFor();
    expect(tidy(await drill.locator('.rs-calculation').innerText())).toBe('1 svar ja av 2 svar ja eller nej = 50,0 %. 1 svar ”ej aktuellt” räknas inte.');
    expect(tidy(await drill.locator('.rs-manual-note').innerText())).toContain('Det manuella resultatet 90,0 % ersätter värdet från checklistorna för perioden.');
    expect(tidy(await drill.locator('.rs-drill__value').innerText())).toBe('90,0 %');

    // April is taken now: a new manual result of a month cannot go there.
    await page.getByRole('button', { name: 'Lägg till manuellt resultat' }).click();
    const again = page.getByRole('form', { name: 'Nytt manuellt resultat' });
    const months = await again.getByLabel('Period', { exact: true }).locator('option').allInnerTexts();
    expect(months).toHaveLength(11);
    expect(months).not.toContain('April 2026');
    await again.getByRole('button', { name: 'Avbryt' }).click();

    await page.getByRole('button', { name: 'Ändra resultatet för april 2026' }).click();
    const edit = page.getByRole('form', { name: 'Ändra resultatet för april 2026' });
    await edit.getByLabel('Värde (%)').fill('100');
    await edit.getByRole('button', { name: 'Spara resultatet' }).click();
    await periodRow(page, '2026-04').getByText(/^100,0\s%$/).waitFor();
    expect((await periodCells(page, '2026-04')).slice(2, 3)).toEqual(['✓ Grön']);

    await page.getByRole('button', { name: 'Ta bort resultatet för april 2026' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ta bort resultatet' }).click();
    await periodRow(page, '2026-04').getByText('Checklista').waitFor();
    expect((await periodCells(page, '2026-04')).slice(1, 6)).toEqual(['50,0 %', '✕ Röd', '3 svar varav 1 ej aktuellt', 'Checklista', '–']);
    expect(errors).toEqual([]);
  });

  it('keeps a long plan light: only the rows in view are in the page', async () => {
    const { page, errors } = await openResults((services) => {
      const { repos } = services;
      const unit = repos.units.create('Stor enhet');
      const plan = repos.plans.create({ unitId: unit.id, year: 2026 }, ACTOR);
      repos.transaction(() => {
        for (let p = 1; p <= 20; p++) {
          const process = repos.processes.create(plan.id, { name: `Process ${p}`, group: 'main', responsibleTeam: '' }, ACTOR);
          const risk = repos.risks.create(process, { text: `Risk ${p}`, owner: '', qualityAreaIds: [] }, ACTOR);
          for (let c = 1; c <= 10; c++) repos.controls.create(risk, control(`Egenkontroll ${p}.${c}`), ACTOR);
        }
      });
      return plan.id;
    });
    const table = page.locator('.rs-table');
    await page.getByRole('button', { name: 'Egenkontroll 1.1', exact: true }).waitFor();
    // 200 controls under 20 process headings, and the column headings.
    expect(await table.getAttribute('aria-rowcount')).toBe('221');
    expect(await table.locator('tbody tr[data-row]').count()).toBeLessThan(40);

    await page.locator('.rs-table-scroll').evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await page.getByRole('button', { name: 'Egenkontroll 20.10', exact: true }).waitFor();
    expect(await table.locator('tbody tr[data-row]').count()).toBeLessThan(40);
    expect(await page.getByRole('button', { name: 'Egenkontroll 1.1', exact: true }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('says so when no plan is chosen, with the way to choose one', async () => {
    const { page, errors } = await openResults(() => null);
    await page.getByText('Du har inte valt någon kvalitetsplan att arbeta med ännu').waitFor();
    await page.getByRole('link', { name: 'Välj en plan under Kvalitetsplan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kvalitetsplan' }).waitFor();
    expect(errors).toEqual([]);
  });
});
