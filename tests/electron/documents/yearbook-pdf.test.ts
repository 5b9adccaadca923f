import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../db/connection';
import { createRepositories, type Repositories } from '../../../db/repositories';
import { buildYearbookPdf } from '../../../electron/services/documents/yearbook/yearbook-pdf';
import type { YearComparison } from '../../../shared/comparison';
import { comparisonFixture, UNITS } from '../../support/comparison-fixture';
import { frozenClock, migrationsFolder, tempDbFile } from '../../support/temp-db';
import { pdfText, type PdfText } from './pdf-text';

const OPTIONS = { createdAt: '2026-02-10T09:00:00.000Z', appVersion: '0.1.0' };

let database: OpenDatabase;
let repos: Repositories;
let comparison: YearComparison;
let pdf: PdfText;
let all: string;

beforeAll(async () => {
  database = openDatabase(tempDbFile(), { migrationsFolder });
  repos = createRepositories(database.db, frozenClock());
  comparisonFixture(repos, database.db);
  comparison = repos.comparison.forYear(2025);
  const bytes = await buildYearbookPdf(comparison, OPTIONS);
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  pdf = await pdfText(bytes);
  all = pdf.pageTexts.join(' ');
});
afterAll(() => database.close());

describe('the kvalitetsbokslut PDF', () => {
  it('opens with a title page for the year naming its units, the one without a plan and the date', () => {
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    expect(pdf.pages).toBeLessThanOrEqual(6);
    const title = pdf.pageTexts[0]!;
    expect(title).toContain('Kvalitetsbokslut 2025');
    for (const name of [UNITS.children, UNITS.family, UNITS.adults]) expect(title).toContain(name);
    expect(title).toContain(`Saknar plan för året ${UNITS.elderly}`);
    expect(title).toContain('2 från den här databasen, 1 från importerade årsexporter');
    expect(title).toContain('10 februari 2026');
  });

  it('numbers the other pages under a footer naming the year', () => {
    pdf.pageTexts.slice(1).forEach((text, index) => {
      expect(text).toContain('Kvalitetshjulet · Kvalitetsbokslut · 2025');
      expect(text).toContain(`Sida ${index + 2} av ${pdf.pages}`);
    });
  });

  it('sums each unit’s controls by colour and says where an imported unit’s figures come from', () => {
    expect(all).toContain('1 gul · 1 röd · 1 utan mål eller värde');
    expect(all).toContain('Importerad, exporterad 20 januari 2026');
  });

  it('puts the units’ results for a control side by side with their status, and each unit’s own target where they differ', () => {
    expect(all).toContain('Andel utredningar där barnet har hörts Mål: minst 90 % 66,7 % Röd Inget värde –');
    expect(all).toMatch(/Dagar till beslut \(median\) Målen skiljer sig mellan enheterna 130 dagar Gul Mål: högst 120 dagar – 85 dagar Grön Mål: högst 90 dagar Inmatat manuellt/);
    expect(all).toContain('Andel klienter med samordnad individuell plan Mål: minst 80 % – – 75 % Gul');
  });

  it('counts each unit’s risks per level of its own matrix and its actions per status', () => {
    expect(all).toContain('Risker per nivå');
    expect(all).toMatch(/Måttlig 1 – 1/);
    expect(all).toMatch(/Alla risker 3 2 1/);
    expect(all).toMatch(/Klar 1 0 2/);
    expect(all).toMatch(/Alla åtgärder 4 1 2/);
  });

  it('splits the units into tables of four, repeating what the rows are', async () => {
    const copies = comparison.units.map((unit) => ({ ...unit, name: `${unit.name} (kopia)` }));
    const wide: YearComparison = {
      ...comparison,
      units: [...comparison.units, ...copies],
      controls: comparison.controls.map((row) => ({ ...row, cells: [...row.cells, ...row.cells] })),
      riskLevels: comparison.riskLevels.map((row) => ({ ...row, cells: [...row.cells, ...row.cells] })),
      actionStatuses: comparison.actionStatuses.map((row) => ({ ...row, counts: [...row.counts, ...row.counts] })),
      reports: {
        ...comparison.reports,
        kinds: comparison.reports.kinds.map((row) => ({ ...row, counts: [...row.counts, ...row.counts] })),
        openLexSarah: [...comparison.reports.openLexSarah, ...comparison.reports.openLexSarah],
        medianDaysToInvestigate: [...comparison.reports.medianDaysToInvestigate, ...comparison.reports.medianDaysToInvestigate],
      },
    };
    const text = (await pdfText(await buildYearbookPdf(wide, OPTIONS))).pageTexts.join(' ');
    // Controls, risk levels, actions and reports per kind (the fixture's year has no categories of reports).
    expect(text.match(/Enheter 1–4 av 6/g)).toHaveLength(4);
    expect(text.match(/Enheter 5–6 av 6/g)).toHaveLength(4);
    expect(text).toContain('Vuxen – missbruk (kopia)');
  });

  it('says which quality area the figures are narrowed to, and gives the units’ improvement areas when asked', async () => {
    const narrowed = repos.comparison.forYear(2025, 'tillgänglighet');
    const areas = Object.fromEntries(narrowed.units.map((unit, index) => [unit.planId, index === 0 ? ['Kortare tid till beslut.'] : []]));
    const text = (await pdfText(await buildYearbookPdf(narrowed, { ...OPTIONS, organisation: 'Socialkontoret Norr', improvementAreas: areas }))).pageTexts;
    expect(text[0]).toContain('Socialkontoret Norr · Kvalitetsområde: Tillgänglighet');
    expect(text.join(' ')).toContain('Urval: bara risker, egenkontroller och åtgärder under kvalitetsområdet Tillgänglighet.');
    expect(text.join(' ')).toContain(`Förbättringsområden ${UNITS.children} 1. Kortare tid till beslut.`);
    expect(text.join(' ')).toContain(`${UNITS.family} Planen har inga förbättringsområden.`);
  });
});
