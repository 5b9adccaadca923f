import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Repositories } from '../../db/repositories';
import type { AppServices } from '../../electron/app/app-services';
import { ReportFields } from '../../shared/reports/report';
import { COMPARED, comparisonFixture, UNITS } from '../support/comparison-fixture';
import { tempDbFile } from '../support/temp-db';
import type { OpenPage } from './support/browser';
import { cellTexts, openAt } from './support/results';
import { backgroundOf, rgb } from './support/risk-matrix';
import { navigation } from './support/ui';
import { e2eSession } from './support/e2e-session';
import { startWebApp } from './support/web-app';

const e2e = e2eSession();
const { runningApps, openPages } = e2e;

async function openComparison(prepare: (services: AppServices) => void): Promise<OpenPage> {
  const app = await startWebApp(tempDbFile(), prepare);
  runningApps.push(app);
  const session = await openAt(e2e.browser, app.harness.url, null, '2026-04-15', '#/units-compared');
  openPages.push(session);
  await session.page.getByRole('heading', { level: 1, name: 'Jämför enheter' }).waitFor();
  return session;
}

const section = (page: Page, title: string) => page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });

/** A body row of a table, by its row heading. */
function row(scope: Locator, heading: string): Locator {
  return scope.locator('tbody tr').filter({ has: scope.page().getByRole('rowheader', { name: heading }) });
}

/** What an empty cell says to a screen reader (it shows nothing): the unit lacks the control, the level, or the area. */
const NO_CONTROL = 'Finns inte i enhetens plan';
const NO_LEVEL = 'Nivån finns inte i enhetens riskmatris';
const NO_AREA = 'Enheten har inte kvalitetsområdet';

/**
 * Barn och unga's 2025 register: two avvikelser investigated after 4 and 7 days (median 5,5), one in the unit's first
 * avvikelse category, and an open lex Sarah report without a category. Returns that category's name.
 */
function childrenReports(repos: Repositories, planId: string, unitName: string): string {
  const unit = repos.units.findByName(unitName)!;
  const category = repos.reports.categories.list(unit.id).find((candidate) => candidate.kind === 'avvikelse')!;
  const file = (fields: Record<string, unknown>, investigatedOn: string | null) => {
    const report = repos.reports.create(planId, ReportFields.parse(fields), 'EC');
    if (investigatedOn) repos.reports.update(report.id, { investigatedOn });
  };
  file({ kind: 'avvikelse', receivedOn: '2025-03-01', categoryId: category.id }, '2025-03-05');
  file({ kind: 'avvikelse', receivedOn: '2025-04-01' }, '2025-04-08');
  file({ kind: 'lex_sarah', receivedOn: '2025-05-01' }, null);
  return category.name;
}

const tidy = (texts: string[]) => texts.map((text) => text.replace(/\s+/g, ' ').trim());

describe('Jämför enheter in the web harness', () => {
  it('shows every unit side by side with the figures counted by hand, and narrows them to a quality area', async () => {
    let categoryName = '';
    const { page, errors } = await openComparison((services) => {
      const { children } = comparisonFixture(services.repos, services.database.db);
      categoryName = childrenReports(services.repos, children, UNITS.children);
    });
    expect(await navigation(page).getByRole('link', { name: 'Jämför enheter' }).innerText()).toBe('Jämför enheter');

    // The newest year with plans comes first: 2026, where only Äldreomsorg has one.
    await expect.poll(() => page.getByLabel('År').inputValue()).toBe('2026');
    await page.getByText('Bara en enhet har en plan för 2026.').waitFor();

    await page.getByLabel('År').selectOption('2025');
    await page.getByText('Saknar plan för 2025: Äldreomsorg.').waitFor();
    const units = section(page, 'Enheterna 2025');
    expect(tidy(await units.locator('tbody th').allInnerTexts())).toEqual([
      `${UNITS.children} Kvalitetsplan: Utkast`,
      `${UNITS.family} Kvalitetsplan: Utkast`,
      `${UNITS.adults} Kvalitetsplan: Utkast`,
    ]);
    expect(tidy(await row(units, UNITS.adults).locator('td').first().allInnerTexts())).toEqual(['Importerad Exporterad 20 januari 2026, importerad 1 februari 2026']);
    expect(tidy(await row(units, UNITS.children).locator('td').first().allInnerTexts())).toEqual(['Lokal Förs i den här databasen']);

    const controls = section(page, 'Egenkontroller');
    expect(tidy(await controls.locator('thead th').allInnerTexts())).toEqual(['Egenkontroll', UNITS.children, UNITS.family, `${UNITS.adults} Importerad`]);
    expect(tidy(await controls.locator('.cmp-process-row').allInnerTexts())).toEqual(['Utredning 3 egenkontroller', 'Lex Sarah 1 egenkontroll']);
    // 2 yes of 3 (n/a left out) against minst 90; Familjerätten has the control but no answers; Vuxen lacks it: an empty cell.
    expect(await cellTexts(row(controls, COMPARED.heard))).toEqual([`${COMPARED.heard} Mål minst 90 %`, '66,7 % ✕ Röd', '– Inget värde', NO_CONTROL]);
    expect(await row(controls, COMPARED.heard).locator('td.cmp-cell--absent').count()).toBe(1);
    // Median 130 against högst 120 ± 20, and Vuxen's 85 entered by hand against its own högst 90.
    expect(await cellTexts(row(controls, COMPARED.days))).toEqual([
      `${COMPARED.days} Målen skiljer sig mellan enheterna`,
      '130 dagar ! Gul mål högst 120 dagar',
      NO_CONTROL,
      '85 dagar ✓ Grön mål högst 90 dagar Manuellt resultat',
    ]);
    expect(await cellTexts(row(controls, COMPARED.sip))).toEqual([`${COMPARED.sip} Mål minst 80 %`, NO_CONTROL, NO_CONTROL, '75,0 % ! Gul']);

    const risks = section(page, 'Risker per nivå');
    expect(tidy(await risks.locator('tbody th').allInnerTexts())).toEqual(['Mycket hög', 'Röd', 'Hög', 'Gul', 'Måttlig', 'Låg', 'Grön', 'Ej bedömda']);
    expect(await cellTexts(row(risks, 'Mycket hög'))).toEqual(['Mycket hög', '1', NO_LEVEL, '0']);
    expect(await cellTexts(row(risks, 'Måttlig'))).toEqual(['Måttlig', '1', NO_LEVEL, '1']);
    expect(await cellTexts(row(risks, 'Ej bedömda'))).toEqual(['Ej bedömda', '1', '0', '0']);
    // Each count in the level's colour of that unit's own matrix.
    expect(await backgroundOf(row(risks, 'Röd').locator('.risk-badge'))).toBe(rgb('#c62828'));
    expect(await backgroundOf(row(risks, 'Måttlig').locator('.risk-badge').first())).toBe(rgb('#f9a825'));

    const actions = section(page, 'Åtgärder');
    expect(await cellTexts(row(actions, 'Ej påbörjad'))).toEqual(['Ej påbörjad', '1', '0', '0']);
    expect(await cellTexts(row(actions, 'Klar'))).toEqual(['Klar', '1', '0', '2']);
    expect(await cellTexts(row(actions, 'Totalt'))).toEqual(['Totalt', '4', '1', '2']);

    const reports = section(page, 'Avvikelser, klagomål och lex Sarah');
    expect(await cellTexts(reports.locator('tr[data-kind="avvikelse"]'))).toEqual(['Avvikelser', '2', '0', '0']);
    expect(await cellTexts(reports.locator('tr[data-kind="lex_sarah"]'))).toEqual(['Lex Sarah-rapporter', '1', '0', '0']);
    expect(await cellTexts(row(reports, 'Öppna lex Sarah-rapporter'))).toEqual(['Öppna lex Sarah-rapporter', '1', '0', '0']);
    expect(await cellTexts(row(reports, 'Mediantid till utredning (dagar)'))).toEqual([
      'Mediantid till utredning (dagar)',
      '5,5',
      '– Ingen rapport är utredd',
      '– Ingen rapport är utredd',
    ]);
    // Each kind's reports without a category make a row of their own.
    expect(await reports.locator('summary').innerText()).toBe('Kategorier per slag (3)');
    await reports.locator('summary').click();
    expect(tidy(await reports.locator('.cmp-process-row').allInnerTexts())).toEqual(['Avvikelser', 'Lex Sarah-rapporter']);
    const categoryRows = reports.locator('tr[data-category]');
    expect(await cellTexts(categoryRows.nth(0))).toEqual([categoryName, '1', '0', '0']);
    expect(await cellTexts(categoryRows.nth(1))).toEqual(['Ingen kategori', '1', '0', '0']);
    expect(await cellTexts(categoryRows.nth(2))).toEqual(['Ingen kategori', '1', '0', '0']);
    expect(await categoryRows.count()).toBe(3);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

    // Tillgänglighet: Vuxen spells it in lower case; Familjerätten's plan has no such area.
    await page.getByLabel('Kvalitetsområde').selectOption('Tillgänglighet');
    await page.getByText('Enheten Familjerätten har inte kvalitetsområdet i sin plan; dess rutor är tomma.').waitFor();
    await expect.poll(() => controls.locator('tbody th[scope="row"]').count()).toBe(2);
    expect(await cellTexts(row(controls, COMPARED.days))).toEqual([
      `${COMPARED.days} Målen skiljer sig mellan enheterna`,
      '130 dagar ! Gul mål högst 120 dagar',
      NO_AREA,
      '85 dagar ✓ Grön mål högst 90 dagar Manuellt resultat',
    ]);
    expect(await cellTexts(row(risks, 'Mycket hög'))).toEqual(['Mycket hög', '1', NO_AREA, '0']);
    expect(await cellTexts(row(actions, 'Klar'))).toEqual(['Klar', '0', NO_AREA, '2']);
    // The reports carry no quality area, so none is in view; Familjerätten's cells are empty.
    expect(await cellTexts(reports.locator('tr[data-kind="avvikelse"]'))).toEqual(['Avvikelser', '0', NO_AREA, '0']);
    expect(errors).toEqual([]);
  });

  it('tells the user to import the units’ yearly bundles when there is nothing to compare', async () => {
    const { page, errors } = await openComparison(() => undefined);
    await page.getByRole('heading', { level: 2, name: 'Det finns inget att jämföra ännu' }).waitFor();
    await page.getByText(/^Importera enheternas årspaket under Export/).waitFor();
    await page.getByRole('link', { name: /^Gå till Export/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Export/ }).waitFor();
    expect(errors).toEqual([]);
  });
});
