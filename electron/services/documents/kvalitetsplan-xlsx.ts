import { buildWorkbook } from './plan-workbook/export-workbook';
import type { PlanDocumentsInput } from './documents-input';
import { writeRegisterSheets } from './xlsx/register-sheets';
import { writeResultsSheet } from './xlsx/results-sheet';
import { writeRunsSheet } from './xlsx/runs-sheet';
import { writeYearsSheet } from './xlsx/years-sheet';

/**
 * kvalitetsplan.xlsx: the plan in the importable template, with the year's results and runs
 * on sheets of their own that the import passes by, and the register of reports with its compilation.
 */
export function kvalitetsplanXlsx(input: PlanDocumentsInput): Promise<Uint8Array> {
  const heading = { title: input.plan.title, unitName: input.unitName, year: input.year };
  return buildWorkbook(heading, input.content, (workbook) => {
    writeResultsSheet(workbook, input.results);
    writeYearsSheet(workbook, input.yearResults);
    writeRunsSheet(workbook, input.runs);
    writeRegisterSheets(workbook, input.register);
  });
}
