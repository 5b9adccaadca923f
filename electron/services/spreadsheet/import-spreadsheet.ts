import { PlanContent } from '../../../shared/domain/plan-content';
import type { ImportProblem } from '../../../shared/ipc/plans';
import { readCsv } from './csv-reader';
import type { Grid } from './grid';
import { readLayout } from './header';
import { readMainTable } from './main-table';
import { readMatrixSheet } from './matrix-sheet-read';
import { readImprovementAreas, readPlanSheet, readQualityAreas } from './plan-sheets-read';
import { Problems } from './problems';
import { readXlsx, type WorkbookGrids } from './xlsx-reader';
import { issueText } from '../../../shared/messages/zod-issues';

export type ParsedPlanFile =
  | { ok: true; content: PlanContent; title: string | undefined; rows: number }
  | { ok: false; problems: ImportProblem[] };

const WRONG_TYPE = 'Filen måste vara .xlsx eller .csv.';

async function readSheets(fileName: string, bytes: Uint8Array): Promise<{ ok: true; sheets: WorkbookGrids } | { ok: false; message: string }> {
  const extension = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension === 'xlsx') return readXlsx(bytes);
  if (extension !== 'csv') return { ok: false, message: WRONG_TYPE };
  const csv = readCsv(bytes);
  return csv.ok ? { ok: true, sheets: { main: csv.grid } } : csv;
}

function orBase<T>(grid: Grid | undefined, read: (grid: Grid) => T, base: T): T {
  return grid ? read(grid) : base;
}

/**
 * Reads and checks a whole spreadsheet without touching the database. What the file
 * does not carry (a CSV has only the main table) comes from `base`: the plan being
 * replaced, or a new plan's defaults. Either every problem is reported or the complete
 * plan content is returned.
 */
export async function parsePlanFile(fileName: string, bytes: Uint8Array, base: PlanContent): Promise<ParsedPlanFile> {
  const read = await readSheets(fileName, bytes);
  if (!read.ok) return { ok: false, problems: [{ row: null, column: null, message: read.message }] };
  const { sheets } = read;
  const problems = new Problems();

  const { title, meta } = orBase(sheets.plan, (grid) => readPlanSheet(grid, base.meta, problems), { title: undefined, meta: base.meta });
  const qualityAreas = orBase(sheets.qualityAreas, (grid) => readQualityAreas(grid, problems), base.qualityAreas);
  const improvementAreas = orBase(sheets.improvementAreas, (grid) => readImprovementAreas(grid, problems), base.improvementAreas);
  const matrix = orBase(sheets.matrix, (grid) => readMatrixSheet(grid, problems), base.matrix);

  const layout = readLayout(sheets.main, problems);
  const processes = layout
    ? readMainTable(layout, { qualityAreas, likelihoodSize: matrix?.likelihood.length ?? null, consequenceSize: matrix?.consequence.length ?? null }, problems)
    : [];
  if (problems.count > 0 || !layout || !matrix) return { ok: false, problems: problems.report() };

  // The parts were checked one by one; this catches only what spans them.
  const content = PlanContent.safeParse({ meta, qualityAreas, improvementAreas, matrix, processes });
  if (!content.success) {
    content.error.issues.forEach((issue) => problems.file(issueText(issue)));
    return { ok: false, problems: problems.report() };
  }
  return { ok: true, content: content.data, title, rows: layout.dataRows.length };
}
