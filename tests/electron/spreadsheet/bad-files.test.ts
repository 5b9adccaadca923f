import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/app/app-services';
import { importPlanFile } from '../../../electron/services/plan-files';
import { problemLine } from '../../../shared/domain/import-problem';
import { EMPTY_FILE, MAX_PROBLEMS } from '../../../electron/services/spreadsheet/problems';
import { seed004 } from '../../fixtures/plans/seed-004';
import { testServices } from '../../support/services';
import { ACTOR, databaseState, fixture, importFixture, swedishCsv, unitNamed } from './support';

let services: AppServices;
beforeEach(() => {
  services = testServices();
});
afterEach(() => services.close());

const PERSONNUMMER = 'Texten ser ut att innehålla ett personnummer eller samordningsnummer.';

/** Imports into a unit that exists but has no plan, and checks that nothing at all changed. */
async function problemsOf(fileName: string, bytes = fixture(fileName).bytes): Promise<string[]> {
  const unitId = unitNamed(services.repos, 'Enheten');
  const before = databaseState(services.repos);
  const report = await importPlanFile(services.repos, { unitId, year: 2026, fileName, bytes, actor: ACTOR });
  expect(databaseState(services.repos)).toEqual(before);
  if (report.imported) throw new Error('The file was imported');
  return report.problems.map(problemLine);
}

describe('a bad spreadsheet is reported row by row and nothing is imported', () => {
  it('names a missing column once', async () => {
    expect(await problemsOf('bad-missing-column.csv')).toEqual(['Kolumnen ”Risk” saknas.']);
  });

  it('rejects a quality area the workbook does not list, and lists those it does', async () => {
    expect(await problemsOf('bad-unknown-area.xlsx')).toEqual([
      'Rad 3, Kvalitetsområden: ”Trygghet” finns inte bland planens kvalitetsområden (Självbestämmande och integritet, Helhetssyn och samordning, Trygghet och säkerhet, Kunskapsbaserad verksamhet, Tillgänglighet, Effektivitet).',
    ]);
  });

  it('rejects likelihood 7 on a four-step scale', async () => {
    expect(await problemsOf('bad-likelihood.csv')).toEqual(['Rad 7, Sannolikhet: 7 finns inte på planens skala 1–4.']);
  });

  it('rejects a personnummer in a text', async () => {
    const [line, ...rest] = await problemsOf('bad-personnummer.csv');
    expect(rest).toEqual([]);
    expect(line).toMatch(new RegExp(`^Rad 3, Uppföljning: ${PERSONNUMMER}`));
  });

  it('lists every problem of a file with many, in row order', async () => {
    expect(await problemsOf('bad-several.csv')).toEqual([
      'Rad 3, Processgrupp: Skiljer sig från rad 2, som hör till samma process. Skriv samma värde på alla rader för processen eller lämna cellen tom.',
      'Rad 4, Mätmetod: ”Telefonenkät” är inte en tillåten mätmetod. Välj en av: Checklista vid ärendedragning, Aktgranskning, Rapport från verksamhetssystemet, Enkät, Räkning, Annat.',
      'Rad 5, Status: ”Klart” är inte en tillåten status. Välj en av: Ej påbörjad, Pågår, Klar, Avbruten.',
      'Rad 6, Klart senast: Ange datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.',
      'Rad 7, Konsekvens: Ange både sannolikhet och konsekvens, eller lämna båda tomma.',
      'Rad 8, Målvärde: ”hundra” är inte ett tal. Skriv ett tal, till exempel 100 eller 87,5.',
      'Rad 9, Frekvens: Ange frekvens. Välj en av: Varje månad, Varje kvartal, Varje tertial, Varje halvår, En gång per år, Vid ett tillfälle, Löpande.',
      'Rad 10, Risk: Raden har uppgifter om en risk, en egenkontroll eller en åtgärd men ingen risk. Skriv riskens text på raden.',
      'Rad 11, Process: Ange processens namn.',
    ]);
  });

  it('says so when the file is empty, cut off or of another kind', async () => {
    expect(await problemsOf('bad-empty.csv')).toEqual([EMPTY_FILE]);
    expect(await problemsOf('tom.xlsx', new Uint8Array())).toEqual([EMPTY_FILE]);
    expect(await problemsOf('bad-corrupt.xlsx')).toEqual([expect.stringMatching(/^Filen kunde inte läsas som en Excel-arbetsbok \(\.xlsx\)/)]);
    expect(await problemsOf('plan.xls', fixture('seed-004.xlsx').bytes)).toEqual(['Filen måste vara .xlsx eller .csv.']);
    expect(await problemsOf('plan.csv', swedishCsv([';;']))).toEqual([EMPTY_FILE]);
  });

  it('reports an unknown or repeated heading instead of dropping the column', async () => {
    const csv = swedishCsv(['Process;Risk;Kommentar;Risk', 'Mottagning;Väntetiden är lång;Se notering;Väntetiden är lång']);
    expect(await problemsOf('plan.csv', csv)).toEqual([
      'Kolumnen ”Kommentar” känns inte igen. Kolumnerna som kan användas står på bladet ”Instruktioner” i mallen.',
      'Kolumnen ”Risk” finns två gånger.',
    ]);
  });

  it('stops the list after a readable number of problems and says how many more there are', async () => {
    const rows = Array.from({ length: MAX_PROBLEMS + 50 }, (_, index) => `Process ${index};Risk;9;1`);
    const problems = await problemsOf('plan.csv', swedishCsv(['Process;Risk;Sannolikhet;Konsekvens', ...rows]));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]).toBe('Rad 2, Sannolikhet: 9 finns inte på planens skala 1–4.');
    expect(problems.at(-1)).toBe('… och 50 fel till.');
  });

  it('leaves the plan it would replace as it was', async () => {
    const first = await importFixture(services.repos, 'Enheten', 2026, 'seed-004.xlsx');
    expect(first.imported).toBe(true);
    const before = databaseState(services.repos);
    const second = await importFixture(services.repos, 'Enheten', 2026, 'bad-likelihood.csv');
    expect(second.imported).toBe(false);
    expect(databaseState(services.repos)).toEqual(before);
  });

  it('checks levels against the matrix of the plan it would replace', async () => {
    await importFixture(services.repos, 'Enheten', 2026, 'seed-004.xlsx');
    const csv = swedishCsv(['Process;Risk;Sannolikhet;Konsekvens', 'Mottagning;Väntetiden är lång;5;6']);
    const report = await importPlanFile(services.repos, { unitId: unitNamed(services.repos, 'Enheten'), year: 2026, fileName: 'plan.csv', bytes: csv, actor: ACTOR });
    expect(report.imported === false && report.problems.map(problemLine)).toEqual(['Rad 2, Konsekvens: 6 finns inte på planens skala 1–5.']);
  });

  it('is refused with the repository’s LOCKED error when the plan is adopted, and changes nothing', async () => {
    const first = await importFixture(services.repos, seed004.unitName, 2017, 'seed-004.xlsx');
    if (!first.imported) throw new Error('seed 004 did not import');
    services.repos.lifecycle.setStatus(first.plan.id, 'adopted', ACTOR);
    const before = databaseState(services.repos);
    await expect(importFixture(services.repos, seed004.unitName, 2017, 'seed-000.xlsx')).rejects.toMatchObject({ code: 'LOCKED' });
    expect(databaseState(services.repos)).toEqual(before);
  });
});

describe('a bad workbook sheet', () => {
  it('is reported with the sheet and row it is on', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fixture('seed-004.xlsx').bytes.slice().buffer);
    const sheet = (name: string) => {
      const found = workbook.getWorksheet(name);
      if (!found) throw new Error(`No sheet ${name}`);
      return found;
    };
    sheet('Plan').getRow(5).getCell(2).value = 'förra våren';
    sheet('Kvalitetsområden').addRow(['trygghet och säkerhet']);
    sheet('Riskmatris').eachRow((row) => {
      if (row.getCell(2).value === 'Hög') row.getCell(3).value = 'orange';
    });
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await problemsOf('plan.xlsx', bytes)).toEqual([
      'Bladet ”Plan”, rad 5, Fastställd: Ange datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.',
      'Bladet ”Kvalitetsområden”, rad 8: ”trygghet och säkerhet” står redan på rad 4. Varje kvalitetsområde ska stå en gång.',
      'Bladet ”Riskmatris”: Risknivåer, nivå 3: Färgen ska anges som #RRGGBB.',
    ]);
  });
});
