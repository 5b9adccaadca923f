import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocuments, PlanDocumentsInput } from '../../../electron/services/documents/documents-input';
import { parsePlanFile } from '../../../electron/services/spreadsheet/import-spreadsheet';
import { demoDocuments } from './demo-documents';

let input: PlanDocumentsInput;
let documents: PlanDocuments;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  ({ input, documents } = await demoDocuments());
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(documents['kvalitetsplan.xlsx']!.slice().buffer);
});

function sheet(name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`No sheet ${name}`);
  return found;
}

const headings = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1);
const fillOf = (cell: ExcelJS.Cell) => (cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined);

describe('kvalitetsplan.xlsx', () => {
  it('holds the plan template with the results, runs and register of reports right after the main table', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'Risker och kontroller', 'Resultat', 'Resultat per år', 'Genomgångar', 'Avvikelser och klagomål', 'Sammanställning av rapporter', 'Plan', 'Kvalitetsområden', 'Förbättringsområden', 'Riskmatris', 'Instruktioner',
    ]);
  });

  it('gives each control per period with a real number in its unit, real dates and the status in words and colour', () => {
    const results = sheet('Resultat');
    expect(headings(results)).toEqual([
      'Process', 'Risk', 'Egenkontroll', 'Periodtyp', 'Period', 'Från', 'Till', 'Värde', 'Mål', 'Målvärde', 'Tolerans', 'Status', 'Källa', 'Antal svar', 'Analys',
    ]);
    expect(results.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(results.getColumn(3).width).toBe(40);
    expect(results.rowCount).toBe(1 + input.results.controls.reduce((sum, control) => sum + control.periods.length, 0));

    const control = input.results.controls.find((candidate) => candidate.definition.startsWith('Andel förhandsbedömningar'))!;
    const january = control.periods[0]!;
    let row: ExcelJS.Row | undefined;
    results.eachRow((candidate) => {
      if (!row && candidate.getCell(3).value === control.definition) row = candidate;
    });
    expect(row!.getCell(5).value).toBe('Januari 2026');
    expect(row!.getCell(6).value).toEqual(new Date('2026-01-01T00:00:00.000Z'));
    expect(row!.getCell(6).numFmt).toBe('yyyy-mm-dd');
    expect(row!.getCell(8).value).toBe(january.value);
    expect(row!.getCell(8).numFmt).toBe('#,##0.0 "%"');
    expect(row!.getCell(10).value).toBe(100);
    expect(row!.getCell(12).value).toMatch(/^(Grön|Gul|Röd) – /);
    expect(fillOf(row!.getCell(12))).toMatch(/^FF(2E7D32|F2C230|C62828)$/);
  });

  it('shows every year of the unit side by side per control, painted by status', () => {
    const years = sheet('Resultat per år');
    expect(headings(years)).toEqual(['Process', 'Egenkontroll', 'Mål', 'Målvärde', '2025', '2026', 'Status 2026']);
    const days = years.getRows(2, years.rowCount - 1)!.find((row) => String(row.getCell(2).value).startsWith('Antal dagar från ansökan'))!;
    expect(days.getCell(3).value).toBe('Högst');
    expect(days.getCell(5).value).toBe(29);
    expect(days.getCell(5).numFmt).toBe('#,##0.0 "dagar"');
    expect(fillOf(days.getCell(5))).toBe('FFC62828');
  });

  it('lists the year’s runs with real dates', () => {
    const runs = sheet('Genomgångar');
    expect(headings(runs)).toEqual(['Datum', 'Checklista', 'Version', 'Sammanhang', 'Ledd av', 'Grupp', 'Ärenden', 'Svar', 'Avslutad']);
    expect(runs.rowCount).toBe(input.runs.length + 1);
    expect(runs.getRow(2).getCell(1).value).toBeInstanceOf(Date);
    expect(runs.getRow(2).getCell(7).value).toBe(input.runs[0]!.cases);
  });

  it('reads back through the plan import as the same plan', async () => {
    const parsed = await parsePlanFile('kvalitetsplan.xlsx', documents['kvalitetsplan.xlsx']!, input.content);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.title).toBe(input.plan.title);
    expect(parsed.content.processes.map((process) => process.risks.length)).toEqual(input.content.processes.map((process) => process.risks.length));
    expect(parsed.content.matrix).toEqual(input.content.matrix);
  });
});
