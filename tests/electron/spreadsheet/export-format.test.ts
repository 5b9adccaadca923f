import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../../electron/services/documents/plan-workbook/export-workbook';
import { swedishLabels } from '../../../shared/domain/plan-enums';
import { textColorOn } from '../../../shared/risk-matrix/contrast';
import { levelOf } from '../../../shared/risk-matrix/grid';
import { seed004 } from '../../fixtures/plans/seed-004';

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

async function exported(): Promise<ExcelJS.Workbook> {
  const bytes = await buildWorkbook({ title: seed004.title, unitName: seed004.unitName, year: seed004.year }, seed004.content);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`No sheet ${name}`);
  return found;
}

const fillOf = (cell: ExcelJS.Cell) => (cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined);

describe('the exported workbook', () => {
  it('has the template’s sheets, the main table first and the help last', async () => {
    expect((await exported()).worksheets.map((ws) => ws.name)).toEqual(['Risker och kontroller', 'Plan', 'Kvalitetsområden', 'Förbättringsområden', 'Riskmatris', 'Instruktioner']);
  });

  it('has a bold, frozen, filterable header with the columns in template order and widths for their content', async () => {
    const main = sheet(await exported(), 'Risker och kontroller');
    const header = main.getRow(1);
    expect((header.values as unknown[]).slice(1)).toEqual([
      'Process', 'Processgrupp', 'Ansvarig grupp', 'Risk', 'Riskägare', 'Kvalitetsområden', 'Sannolikhet', 'Konsekvens',
      'Sannolikhet efter åtgärd', 'Konsekvens efter åtgärd', 'Egenkontroll', 'Mätmetod', 'Beskrivning av mätmetod',
      'Ansvar och stöd', 'Mättillfälle', 'Frekvens', 'Måttyp', 'Målvärde', 'Enhet', 'Riktning', 'Tolerans', 'Åtgärd', 'Åtgärdsansvarig',
      'Klart senast', 'Status', 'Uppföljning',
    ]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(main.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(main.autoFilter).toBeDefined();
    expect(main.getColumn(4).width).toBe(40);
    expect(main.getRow(2).getCell(4).alignment?.wrapText).toBe(true);
  });

  it('paints each assessment in its level’s colour with readable text, before and after the action', async () => {
    const main = sheet(await exported(), 'Risker och kontroller');
    const { matrix } = seed004.content;
    const risk = seed004.content.processes[0]?.risks[0];
    const inherent = risk?.inherent && levelOf(matrix, risk.inherent);
    const residual = risk?.residual && levelOf(matrix, risk.residual);
    if (!inherent || !residual) throw new Error('seed 004 lost its assessments');
    expect(inherent.color).not.toBe(residual.color);
    for (const column of [7, 8]) {
      expect(fillOf(main.getRow(2).getCell(column))).toBe(argb(inherent.color));
      expect(main.getRow(2).getCell(column).font?.color?.argb).toBe(argb(textColorOn(inherent.color)));
    }
    for (const column of [9, 10]) expect(fillOf(main.getRow(2).getCell(column))).toBe(argb(residual.color));
    // The second risk has no assessment after the action, so those cells stay unpainted.
    expect(fillOf(main.getRow(3).getCell(9))).toBeUndefined();
  });

  it('writes the Swedish names of values and numbers as numbers', async () => {
    const row = sheet(await exported(), 'Risker och kontroller').getRow(4);
    expect(row.getCell(12).value).toBe(swedishLabels.measureMethod.case_system_report);
    expect(row.getCell(18).value).toBe(0);
    expect(row.getCell(7).value).toBe(4);
    expect(row.getCell(20).value).toBe('Minst');
    expect(row.getCell(21).value).toBe(0);
    expect(row.getCell(25).value).toBe('Klar');
  });

  it('draws the risk matrix as a coloured grid, highest likelihood on top', async () => {
    const matrixSheet = sheet(await exported(), 'Riskmatris');
    const { matrix } = seed004.content;
    const rows: ExcelJS.Row[] = [];
    matrixSheet.eachRow((row) => rows.push(row));
    const top = rows.find((row) => row.getCell(1).value === matrix.likelihood[4]?.label);
    const topLevel = matrix.riskLevels[matrix.grid[4]?.[4] ?? 0];
    expect(top?.getCell(6).value).toBe(topLevel?.name);
    expect(fillOf(top?.getCell(6) as ExcelJS.Cell)).toBe(argb(topLevel?.color ?? ''));
    expect(rows.indexOf(top as ExcelJS.Row)).toBeLessThan(rows.findIndex((row) => row.getCell(1).value === matrix.likelihood[0]?.label));
  });

  it('explains the columns and lists the values this plan accepts', async () => {
    const help = sheet(await exported(), 'Instruktioner');
    const texts: string[] = [];
    help.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain('Ej påbörjad, Pågår, Klar, Avbruten');
    expect(texts).toContain('1–5 (se bladet ”Riskmatris”)');
  });
});
