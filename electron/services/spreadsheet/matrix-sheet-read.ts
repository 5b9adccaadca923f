import { RiskMatrix, type RiskLevel, type ScaleLevel } from '../../../shared/risk-matrix/matrix';
import { parseScaleValue } from './cell-values';
import { cellAt, type Grid, type SheetRow } from './grid';
import { MATRIX_SECTIONS, type MatrixSection } from '../documents/plan-workbook/matrix-layout';
import { quoted, type Problems } from './problems';
import { SHEETS, normalizeHeading } from '../documents/plan-workbook/template';
import { issueText } from '../../../shared/messages/zod-issues';

const sectionByTitle = new Map(
  (Object.entries(MATRIX_SECTIONS) as Array<[MatrixSection, string]>).map(([key, title]) => [normalizeHeading(title), key]),
);

/** Each section's rows: from its title row to the next title; the title row itself comes first. */
function splitSections(grid: Grid): Partial<Record<MatrixSection, SheetRow[]>> {
  const sections: Partial<Record<MatrixSection, SheetRow[]>> = {};
  let current: SheetRow[] | null = null;
  for (const row of grid) {
    const key = sectionByTitle.get(normalizeHeading(cellAt(row, 0)));
    if (key) {
      current = [];
      sections[key] = current;
    }
    current?.push(row);
  }
  return sections;
}

/** Rows numbered 1, 2, 3 … in column A under a heading row. */
function numberedRows(rows: SheetRow[], problems: Problems): SheetRow[] {
  const body = rows.slice(2);
  body.forEach((row, index) => {
    if (cellAt(row, 0).trim() !== String(index + 1)) {
      problems.sheet(SHEETS.matrix, row.rowNumber, `Nivåerna ska numreras 1, 2, 3 … i ordning. Här väntades ${index + 1} men det står ${quoted(cellAt(row, 0).trim())}.`);
    }
  });
  return body;
}

function readScale(rows: SheetRow[], problems: Problems): ScaleLevel[] {
  return numberedRows(rows, problems).map((row) => ({ label: cellAt(row, 1).trim(), description: cellAt(row, 2).trim() }));
}

function readLevels(rows: SheetRow[], problems: Problems): RiskLevel[] {
  return numberedRows(rows, problems).map((row) => ({ name: cellAt(row, 1).trim(), color: cellAt(row, 2).trim() }));
}

/** A level named in a cell: by name, whatever the case, or by its number. */
function levelIndex(text: string, levels: RiskLevel[]): number | undefined {
  const wanted = normalizeHeading(text);
  const byName = levels.findIndex((level) => normalizeHeading(level.name) === wanted);
  if (byName >= 0) return byName;
  const number = /^\d+$/.test(wanted) ? Number(wanted) : 0;
  return number >= 1 && number <= levels.length ? number - 1 : undefined;
}

function unknownLevel(text: string, levels: RiskLevel[]): string {
  return `${quoted(text)} är inte en av matrisens risknivåer (${levels.map((level) => level.name).join(', ')}).`;
}

function readGrid(rows: SheetRow[], matrix: Pick<RiskMatrix, 'likelihood' | 'consequence' | 'riskLevels'>, problems: Problems): number[][] {
  const [, header, ...body] = rows;
  const grid: Array<Array<number | undefined>> = matrix.likelihood.map(() => matrix.consequence.map(() => undefined));
  const columns = (header?.cells ?? []).map((cell, index) => {
    if (index === 0 || cell.trim() === '') return null;
    const parsed = parseScaleValue(cell, matrix.consequence.length);
    if (!parsed.ok) problems.sheet(SHEETS.matrix, header?.rowNumber ?? null, `Rubriken ${quoted(cell.trim())} i rutnätet: ${parsed.message}`);
    return parsed.ok ? parsed.value : null;
  });
  for (const row of body) {
    const likelihood = parseScaleValue(cellAt(row, 0), matrix.likelihood.length);
    if (!likelihood.ok) {
      problems.sheet(SHEETS.matrix, row.rowNumber, `Sannolikheten i rutnätets första kolumn: ${likelihood.message}`);
      continue;
    }
    columns.forEach((consequence, index) => {
      if (consequence === null) return;
      const text = cellAt(row, index).trim();
      const level = levelIndex(text, matrix.riskLevels);
      if (level === undefined) problems.sheet(SHEETS.matrix, row.rowNumber, text === '' ? 'En ruta i rutnätet är tom. Skriv en risknivå i varje ruta.' : unknownLevel(text, matrix.riskLevels));
      else (grid[likelihood.value - 1] ?? [])[consequence - 1] = level;
    });
  }
  if (grid.some((row) => row.some((cell) => cell === undefined))) {
    problems.sheet(SHEETS.matrix, null, `Rutnätet ska ha en ruta för varje kombination av sannolikhet 1–${matrix.likelihood.length} och konsekvens 1–${matrix.consequence.length}.`);
  }
  return grid.map((row) => row.map((cell) => cell ?? 0));
}

/** "Sannolikhet, nivå 3: " for a schema message about one level, so the reader finds the row. */
function placeOf(path: PropertyKey[]): string {
  const [section, index] = path;
  if (typeof index !== 'number' || (section !== 'likelihood' && section !== 'consequence' && section !== 'riskLevels')) return '';
  return `${MATRIX_SECTIONS[section]}, nivå ${index + 1}: `;
}

/** Reads the sheet back into a matrix; null (with the problems reported) when anything in it is wrong. */
export function readMatrixSheet(grid: Grid, problems: Problems): RiskMatrix | null {
  const before = problems.count;
  const sections = splitSections(grid);
  for (const [key, title] of Object.entries(MATRIX_SECTIONS) as Array<[MatrixSection, string]>) {
    if (!sections[key]) problems.sheet(SHEETS.matrix, null, `Avsnittet ${quoted(title)} saknas. Skriv rubriken i kolumn A, som i mallen.`);
  }
  if (problems.count > before) return null;
  const likelihood = readScale(sections.likelihood ?? [], problems);
  const consequence = readScale(sections.consequence ?? [], problems);
  const riskLevels = readLevels(sections.riskLevels ?? [], problems);
  const thresholdRow = sections.threshold?.[0];
  const thresholdText = thresholdRow ? cellAt(thresholdRow, 1).trim() : '';
  const threshold = thresholdText === '' ? null : levelIndex(thresholdText, riskLevels);
  if (threshold === undefined && thresholdRow) problems.sheet(SHEETS.matrix, thresholdRow.rowNumber, unknownLevel(thresholdText, riskLevels));
  if (problems.count > before) return null;

  const candidate = { likelihood, consequence, riskLevels, grid: readGrid(sections.grid ?? [], { likelihood, consequence, riskLevels }, problems), threshold };
  const parsed = RiskMatrix.safeParse(candidate);
  if (!parsed.success) parsed.error.issues.forEach((issue) => problems.sheet(SHEETS.matrix, null, `${placeOf(issue.path)}${issueText(issue)}`));
  return parsed.success && problems.count === before ? parsed.data : null;
}
