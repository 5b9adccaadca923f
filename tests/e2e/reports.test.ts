import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../electron/app/app-services';
import { formatFigure } from '../../renderer/src/format';
import { messageText } from '../../shared/messages/catalogue';
import { REPORT_KINDS, type ReportKind } from '../../shared/reports/kinds';
import { EXPECTED_TERTIALS, THIS_YEAR } from '../support/reports-fixture';
import { tempDbFile } from '../support/temp-db';
import { e2eSession } from './support/e2e-session';
import { openReports, registerPlans, ReportsReader, typeReport } from './support/reports';
import { startWebApp } from './support/web-app';

const e2e = e2eSession();
const readers: ReportsReader[] = [];
afterAll(() => readers.forEach((reader) => reader.close()));

async function start() {
  const file = tempDbFile();
  let prepared: ReturnType<typeof registerPlans> | null = null;
  const app = await startWebApp(file, (services) => {
    prepared = registerPlans(services.repos);
  });
  e2e.runningApps.push(app);
  const { plan } = prepared!;
  const opened = await openReports(e2e.browser, app.harness.url, plan.id);
  e2e.openPages.push(opened);
  const db = new ReportsReader(file);
  readers.push(db);
  return { services: app.services as AppServices, plan, page: opened.page, errors: opened.errors, db };
}

const PLURAL: Record<ReportKind, string> = { avvikelse: 'Avvikelser', klagomal: 'Klagomål', synpunkt: 'Synpunkter', lex_sarah: 'Lex Sarah-rapporter', tillsyn: 'Tillsynsärenden' };
const shareText = (part: number, whole: number, share: number | null) => (share === null ? '–' : `${part} av ${whole} (${formatFigure(share, '%', 'sv')})`);
/** What axe finds serious or critical on the page as it is now, one line per rule. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const cellText = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) ?? '').trim();

describe('the register by keyboard', () => {
  it('takes 40 reports without the mouse, each in SQLite when saved, and compiles them per tertial as counted by hand', async () => {
    const { services, plan, page, errors, db } = await start();
    const areaOrder = plan.qualityAreas.map((area) => area.name);

    await page.getByRole('button', { name: 'Ny rapport' }).waitFor();
    await page.keyboard.press('Alt+N');
    await page.getByRole('heading', { name: 'Ny rapport' }).waitFor();

    for (const [index, report] of THIS_YEAR.entries()) {
      await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.closest('.rp-form') && document.activeElement?.tagName === 'INPUT' && (document.activeElement as HTMLInputElement).classList.contains('pe-date'));
      await typeReport(page, report, areaOrder);
      // In SQLite once the form says saved: read through a second connection on the file.
      await page.getByRole('status').filter({ hasText: `Sparad: Rapport ${report.n}.` }).waitFor();
      expect(db.count(plan.id)).toBe(index + 1);
      const stored = db.byCaseRef(`R-${report.n}`);
      expect(stored).toMatchObject({
        kind: report.kind,
        received_on: report.receivedOn,
        subject: `Rapport ${report.n}`,
        description: `Händelse nummer ${report.n}`,
        category: report.category,
        process: report.process,
        anonymous: report.anonymous ? 1 : 0,
        status: 'mottagen',
      });
      expect(stored?.areas ?? null).toBe(report.areas.length ? [...report.areas].sort().join('|') : null);
    }
    expect(errors).toEqual([]);

    // The handling of each report, as the fixture has it, written where the detail view writes it.
    for (const report of THIS_YEAR) {
      services.repos.reports.update(db.idByCaseRef(`R-${report.n}`), {
        investigatedOn: report.investigatedOn,
        feedbackOn: report.feedbackOn ?? null,
        ...(report.kind === 'lex_sarah' ? { serious: report.serious ?? null, ivoReportedOn: report.ivoReportedOn ?? null } : {}),
      });
    }

    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Sammanställning' }).click();
    await page.getByLabel('Period', { exact: true }).waitFor();
    expect(await page.getByLabel('Period', { exact: true }).inputValue()).toBe('tertial');
    for (const [index, expected] of EXPECTED_TERTIALS.entries()) {
      await page.getByLabel('Visa', { exact: true }).selectOption({ index });
      await page.getByRole('heading', { name: `Per slag, Tertial ${index + 1} 2026` }).waitFor();
      for (const kind of REPORT_KINDS) {
        const figure = expected.received[kind];
        const row = page.locator(`tr:has([data-figure="kind-${kind}"])`);
        expect(await row.locator('td').allTextContents()).toEqual([
          String(figure.count),
          String(figure.previousPeriod),
          String(figure.previousYear),
          expect.any(String),
        ]);
        const within = expected.investigatedWithinShare[kind];
        const part = within === null ? 0 : Math.round((within * figure.count) / 100);
        expect(await cellText(page, `[data-handling="${kind}"] td:nth-child(2)`)).toBe(shareText(part, figure.count, within));
      }
      expect(await page.locator('tr:has([data-figure="total"]) td').allTextContents()).toEqual([
        String(expected.total.count),
        String(expected.total.previousPeriod),
        String(expected.total.previousYear),
        expect.any(String),
      ]);
      for (const [kind, feedback] of Object.entries(expected.feedback)) {
        expect(await cellText(page, `[data-handling="${kind}"] td:nth-child(3)`)).toBe(shareText(feedback.given, feedback.expected, feedback.share));
        const within = Math.round((feedback.withinShare * feedback.expected) / 100);
        expect(await cellText(page, `[data-handling="${kind}"] td:nth-child(4)`)).toBe(shareText(within, feedback.expected, feedback.withinShare));
      }
      expect(await cellText(page, '[data-lex="reports"]')).toBe(String(expected.lexSarah.reports.count));
      expect(await cellText(page, '[data-lex="serious"]')).toBe(String(expected.lexSarah.serious));
      expect(await cellText(page, '[data-lex="reported"]')).toBe(String(expected.lexSarah.reportedToIvo));
    }

    expect(await seriousViolations(page)).toEqual([]);

    // Tertial 1 per category, and from a figure to the reports behind it.
    await page.getByLabel('Visa', { exact: true }).selectOption({ index: 0 });
    const first = EXPECTED_TERTIALS[0];
    for (const [kind, category, figure] of first.byCategory) {
      const row = page.getByRole('row', { name: new RegExp(`^${PLURAL[kind]}: ${category} `) });
      expect((await row.locator('td').allTextContents()).slice(0, 3)).toEqual([String(figure.count), String(figure.previousPeriod), String(figure.previousYear)]);
    }
    await page.getByRole('button', { name: 'Visa de 6 rapporterna: Avvikelser' }).press('Enter');
    await page.getByRole('status').filter({ hasText: '6 rapporter' }).first().waitFor();
    expect(await page.getByLabel('Slag', { exact: true }).inputValue()).toBe('avvikelse');
    expect(await page.getByLabel('Inkom från (ÅÅÅÅ-MM-DD)').inputValue()).toBe('2026-01-01');
    expect(await page.locator('.rp-open').count()).toBe(6);
    expect(await seriousViolations(page)).toEqual([]);
    // A row opens its report, and Escape comes back to the same row with the focus on it.
    const row = page.locator('.rp-open').filter({ hasText: 'Rapport 4' });
    await row.click();
    await page.getByRole('heading', { level: 2, name: 'Rapport 4' }).waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.classList.contains('rp-open') && document.activeElement.textContent?.startsWith('Rapport 4'));
    await page.getByRole('tab', { name: 'Kategorier och gränser' }).click();
    await page.getByRole('heading', { name: 'Gränser för handläggning' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);
});

describe('a lex Sarah report in the UI', () => {
  it('goes mottagen → utredning → anmälan → avslutad, its action shows in the plan and links back', async () => {
    const { page, errors, db } = await start();

    await page.getByRole('button', { name: 'Ny rapport' }).click();
    const form = page.getByRole('form', { name: 'Ny rapport' });
    await page.getByLabel('Inkom (ÅÅÅÅ-MM-DD)').fill('2026-03-02');
    await page.getByLabel('Slag av rapport').selectOption('lex_sarah');
    await expect.poll(() => page.getByText('Ett missförhållande eller en påtaglig risk för ett missförhållande').count()).toBe(1);
    await form.getByLabel('Kategori', { exact: true }).selectOption({ label: 'Missförhållande' });
    await page.getByLabel('Ärendereferens').fill('LS-2026-1');
    // A personnummer in any text is refused with the reason, and what was typed stays.
    await page.getByLabel('Rubrik').fill('Gäller 19121212-1212');
    await page.getByRole('button', { name: 'Spara rapporten' }).click();
    await form.getByRole('alert').filter({ hasText: messageText('sv', 'validation.personalIdentityNumber') }).waitFor();
    expect(await page.getByLabel('Rubrik').inputValue()).toBe('Gäller 19121212-1212');
    expect(db.byCaseRef('LS-2026-1')).toBeUndefined();
    await page.getByLabel('Rubrik').fill('Placering följdes inte upp');
    await page.getByLabel('Process i årets plan').selectOption({ label: 'Utredning' });
    await page.getByRole('button', { name: 'Spara rapporten' }).click();
    await page.getByRole('button', { name: 'Öppna den sparade rapporten' }).click();
    await page.getByRole('heading', { level: 2, name: 'Placering följdes inte upp' }).waitFor();
    expect(db.byCaseRef('LS-2026-1')?.status).toBe('mottagen');

    await page.getByRole('button', { name: 'Flytta till Under utredning' }).click();
    await page.getByText('Status är nu Under utredning.').waitFor();
    expect(db.byCaseRef('LS-2026-1')?.status).toBe('under_utredning');

    // Åtgärdad is refused until the utredning is done, with what is missing.
    await page.getByRole('button', { name: 'Flytta till Åtgärdad' }).click();
    await page.getByRole('alert').filter({ hasText: 'utredningens slutsats' }).waitFor();

    await page.getByLabel('Vad utredningen kom fram till').fill('Uppföljningen av placeringen uteblev i tre månader.');
    await page.getByLabel('Slutsats').fill('Rutinen för uppföljning följdes inte.');
    await page.getByLabel('Utredd av').fill('Enhetschef');
    await page.getByLabel('Utredningen klar (ÅÅÅÅ-MM-DD)').fill('2026-03-06');
    await page.getByLabel('Är missförhållandet allvarligt?').selectOption('yes');
    await page.getByLabel('Anmält till IVO (ÅÅÅÅ-MM-DD)').fill('2026-03-09');
    await page.getByLabel('IVO:s diarienummer').fill('3.1.2-4711/2026');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Sparat.', { exact: true }).waitFor();
    expect(db.byCaseRef('LS-2026-1')).toMatchObject({ serious: 1, ivo_reported_on: '2026-03-09', ivo_reference: '3.1.2-4711/2026' });

    await page.getByLabel('Risk', { exact: true }).fill('Placerade barn följs inte upp enligt plan');
    await page.getByRole('button', { name: 'Lägg till risken' }).click();
    await page.locator('.rp-link-item').filter({ hasText: 'Placerade barn följs inte upp enligt plan' }).waitFor();
    await page.getByLabel('Åtgärd', { exact: true }).fill('Inför bevakning av uppföljningsdatum');
    await page.getByRole('button', { name: 'Lägg till åtgärden' }).click();
    const action = page.locator('.rp-link-item').filter({ hasText: 'Inför bevakning av uppföljningsdatum' });
    await action.waitFor();

    await page.getByRole('button', { name: 'Flytta till Åtgärdad' }).click();
    await page.getByText('Status är nu Åtgärdad.').waitFor();
    await page.getByRole('button', { name: 'Flytta till Avslutad' }).click();
    await page.getByText('Status är nu Avslutad.').waitFor();
    expect(db.byCaseRef('LS-2026-1')?.status).toBe('avslutad');
    expect(db.byCaseRef('LS-2026-1')?.closed_on).not.toBeNull();
    expect(await seriousViolations(page)).toEqual([]);

    // The action is the plan's own: the plan editor shows it with the way back to the report.
    await action.getByRole('link', { name: 'Visa i kvalitetsplanen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kvalitetsplan' }).waitFor();
    const entry = page.locator('.pe-entry').filter({ hasText: 'Inför bevakning av uppföljningsdatum' });
    await entry.waitFor();
    const back = entry.getByRole('link', { name: 'Från rapport: Lex Sarah-rapport ”Placering följdes inte upp”' });
    await back.click();
    await page.getByRole('heading', { level: 2, name: 'Placering följdes inte upp' }).waitFor();
    expect(page.url()).toContain('#/reports');
    expect(errors).toEqual([]);
  }, 60_000);
});
