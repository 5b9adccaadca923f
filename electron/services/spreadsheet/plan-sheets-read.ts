import { PlanContent, PlanMeta } from '../../../shared/domain/plan-content';
import { PlanTitle } from '../../../shared/domain/plan';
import { cellAt, type Grid } from './grid';
import { quoted, type Problems } from './problems';
import { dateOf } from './row-parts';
import { AREA_HEADINGS, PLAN_KEYS, SHEETS, normalizeHeading } from '../documents/plan-workbook/template';
import { issueText } from '../../../shared/messages/zod-issues';

type MetaKey = keyof PlanMeta;
const metaKeys: MetaKey[] = ['diarienummer', 'adoptedOn', 'decisionBody', 'processOwner'];

/**
 * The Plan sheet: a key in column A, its value in column B. Enhet and År are there for
 * the reader only: an import goes to the unit and year the user chose. A key that is
 * missing keeps the value the plan already has.
 */
export function readPlanSheet(grid: Grid, fallback: PlanMeta, problems: Problems): { title: string | undefined; meta: PlanMeta } {
  const rowOf = (label: string) => grid.find((row) => normalizeHeading(cellAt(row, 0)) === normalizeHeading(label));
  const meta: PlanMeta = { ...fallback };
  for (const key of metaKeys) {
    const row = rowOf(PLAN_KEYS[key]);
    if (!row) continue;
    const value = cellAt(row, 1).trim();
    if (key !== 'adoptedOn') {
      const parsed = PlanMeta.shape[key].safeParse(value);
      if (parsed.success) meta[key] = parsed.data;
      else parsed.error.issues.forEach((issue) => problems.sheet(SHEETS.plan, row.rowNumber, issueText(issue), PLAN_KEYS[key]));
    } else if (value === '') {
      meta.adoptedOn = null;
    } else {
      const date = dateOf(value);
      if (date.ok) meta.adoptedOn = date.value;
      else problems.sheet(SHEETS.plan, row.rowNumber, date.message, PLAN_KEYS.adoptedOn);
    }
  }
  const titleRow = rowOf(PLAN_KEYS.title);
  const titleText = titleRow ? cellAt(titleRow, 1).trim() : '';
  if (!titleRow || titleText === '') return { title: undefined, meta };
  const title = PlanTitle.safeParse(titleText);
  if (!title.success) title.error.issues.forEach((issue) => problems.sheet(SHEETS.plan, titleRow.rowNumber, issueText(issue), PLAN_KEYS.title));
  return { title: title.success ? title.data : undefined, meta };
}

/** Column A from the second row, or from the first when the sheet has no heading. */
function listCells(grid: Grid, heading: string): Array<{ rowNumber: number; text: string }> {
  const rows = grid.map((row) => ({ rowNumber: row.rowNumber, text: cellAt(row, 0) })).filter((row) => row.text.trim() !== '');
  return rows[0] && normalizeHeading(rows[0].text) === normalizeHeading(heading) ? rows.slice(1) : rows;
}

export function readQualityAreas(grid: Grid, problems: Problems): string[] {
  const names: string[] = [];
  const before = problems.count;
  const firstRowOf = new Map<string, number>();
  for (const { rowNumber, text } of listCells(grid, AREA_HEADINGS.qualityAreas)) {
    const parsed = PlanContent.shape.qualityAreas.element.safeParse(text);
    if (!parsed.success) {
      parsed.error.issues.forEach((issue) => problems.sheet(SHEETS.qualityAreas, rowNumber, issueText(issue)));
      continue;
    }
    const key = normalizeHeading(parsed.data);
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      problems.sheet(SHEETS.qualityAreas, rowNumber, `${quoted(parsed.data)} står redan på rad ${earlier}. Varje kvalitetsområde ska stå en gång.`);
      continue;
    }
    firstRowOf.set(key, rowNumber);
    names.push(parsed.data);
  }
  if (names.length === 0 && problems.count === before) problems.sheet(SHEETS.qualityAreas, null, 'Planen behöver minst ett kvalitetsområde.');
  return names;
}

export function readImprovementAreas(grid: Grid, problems: Problems): string[] {
  const texts: string[] = [];
  for (const { rowNumber, text } of listCells(grid, AREA_HEADINGS.improvementAreas)) {
    const parsed = PlanContent.shape.improvementAreas.element.safeParse(text);
    if (parsed.success) texts.push(parsed.data);
    else parsed.error.issues.forEach((issue) => problems.sheet(SHEETS.improvementAreas, rowNumber, issueText(issue)));
  }
  return texts;
}
