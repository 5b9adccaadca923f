import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlanDocuments } from '../../../electron/services/documents';
import type { PlanDocuments } from '../../../electron/services/documents/documents-input';
import { documentsInputFor } from '../../../electron/services/documents/documents-input-from-db';
import { fillFixtureRegister } from '../../support/reports-register';
import { testRepos } from '../../support/repos';
import { tempDir } from '../../support/temp-db';
import { csvLines } from './demo-documents';
import { pdfText } from './pdf-text';

let documents: PlanDocuments;

/** The fixture's 2026 register, exported on the last day of the year so every count is the hand-computed one. */
beforeAll(async () => {
  const { repos, close } = testRepos();
  try {
    const { plan, ids } = fillFixtureRegister(repos);
    repos.reports.update(ids.get(29)!, { ivoReference: 'IVO 3.1-12345/2026' });
    repos.reports.analyses.set(plan.id, 'tertial', '2026-05-01', 'Dokumentationen brister oftare efter sommaren.', 'EC');
    documents = await buildPlanDocuments(documentsInputFor(repos, plan.id, '2026-12-31T15:00:00.000Z', '0.1.0'));
  } finally {
    close();
  }
});

describe('the register of reports in the year’s documents', () => {
  it('writes the register and the compilation as CSV for Swedish Excel: BOM, semicolons, decimal comma', () => {
    const bytes = documents['rapporter.csv']!;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const register = csvLines(bytes);
    expect(register[0]).toBe('Inkom;Typ;Kategori;Inkom via;Status;Rubrik;Ärendereferens;Process;Dagar;Över gränsen;Allvarlig;Anmäld till IVO;Avslutad;Åtgärder;Risker');
    expect(register).toHaveLength(1 + 40);
    const compilation = csvLines(documents['rapporter-sammanstallning.csv']);
    expect(compilation).toContain('Tertial 1 2026;2026-01-01;2026-04-30;Alla;Totalt;;16;3;2;');
    expect(compilation).toContain('Tertial 1 2026;2026-01-01;2026-04-30;Synpunkt;Utredda inom gränsen;;1;;;33,33');
  });

  it('puts the register and its compilation per kind, category and tertial in kvalitetsplan.xlsx', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(documents['kvalitetsplan.xlsx']!.slice().buffer);
    const reports = workbook.getWorksheet('Avvikelser och klagomål')!;
    expect(reports.rowCount).toBe(1 + 40);
    expect(reports.getRow(2).getCell(1).value).toEqual(new Date('2026-01-08T00:00:00.000Z'));
    const compiled = workbook.getWorksheet('Sammanställning av rapporter')!;
    const rows = compiled.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual(['Typ', 'Kategori', 'Tertial 1 2026', 'Tertial 2 2026', 'Tertial 3 2026', 'Hela 2026', 'Hela 2025']);
    // Dokumentation: 3 in tertial 1 (1, 2, 3), 4 in tertial 2 (17, 18, 19, 23), 1 in tertial 3 (31); 2 in 2025.
    expect(rows).toContainEqual(['Avvikelse', 'Dokumentation', 3, 4, 1, 8, 2]);
    expect(rows).toContainEqual(['Lex Sarah', 'Anmälda till IVO', 1, 1, 1, 3]);
  });

  it('gives kvalitetsrapport.pdf a section with the compilation per kind and category and the year’s lex Sarah reports and anmälningar', async () => {
    const bytes = documents['kvalitetsrapport.pdf']!;
    fs.writeFileSync(path.join(tempDir('kh-register-pdf-'), 'kvalitetsrapport.pdf'), bytes);
    const pdf = await pdfText(bytes);
    const page = pdf.pageTexts.find((text) => text.includes('Avvikelser, klagomål och lex Sarah'));
    expect(page).toBeDefined();
    const section = pdf.pageTexts.slice(pdf.pageTexts.indexOf(page!)).join(' ');
    expect(section).toContain('Under 2026 kom 40 rapporter in till registret (6 året innan)');
    expect(section).toContain('Per typ och kategori');
    expect(section).toContain('Dokumentation');
    expect(section).toContain('5 lex Sarah-rapporter, varav 3 bedömda som allvarliga och 3 anmälda till IVO');
    expect(section).toContain('Analysdagarnas slutsatser');
    expect(section).toContain('Dokumentationen brister oftare efter sommaren.');
  });
});
