import { textColorOn } from '../../../../shared/risk-matrix/contrast';
import { levelIndexOf } from '../../../../shared/risk-matrix/grid';
import type { Assessment, RiskMatrix } from '../../../../shared/risk-matrix/matrix';
import type { Pdf } from './document';
import { COLOR, FONT, SIZE } from './style';
import { winAnsi } from './win-ansi';

export interface HeatmapCounts {
  /** `cells[l][c]`: how many risks sit at likelihood l+1 and consequence c+1. */
  cells: number[][];
  /** Assessed risks whose place lies outside the matrix (after it was made smaller). */
  outside: number;
}

/** How many of the assessments fall in each cell of the matrix; unassessed risks are left out. */
export function countAssessments(matrix: RiskMatrix, assessments: readonly (Assessment | null)[]): HeatmapCounts {
  const cells = matrix.likelihood.map(() => matrix.consequence.map(() => 0));
  let outside = 0;
  for (const assessment of assessments) {
    if (!assessment) continue;
    const row = cells[assessment.likelihood - 1];
    if (levelIndexOf(matrix, assessment) === null || !row) outside++;
    else row[assessment.consequence - 1]! += 1;
  }
  return { cells, outside };
}

const AXIS = 30;
const TITLE = 16;
const MAX_CELL = 40;

/**
 * The risk matrix as a grid, likelihood rising upwards and consequence to the right, each cell
 * in its level's colour with the number of risks in it. Gives the height it took.
 */
export function drawHeatmap(doc: Pdf, title: string, matrix: RiskMatrix, counts: HeatmapCounts, x: number, y: number, width: number): number {
  const rows = matrix.likelihood.length;
  const cols = matrix.consequence.length;
  const cell = Math.min(MAX_CELL, (width - AXIS) / cols);
  const gridX = x + AXIS;
  const gridY = y + TITLE;
  doc.font(FONT.bold).fontSize(10).fillColor(COLOR.ink).text(winAnsi(title), x, y, { width, lineBreak: false });

  for (let l = 0; l < rows; l++) {
    const top = gridY + (rows - 1 - l) * cell;
    for (let c = 0; c < cols; c++) {
      const left = gridX + c * cell;
      const color = matrix.riskLevels[matrix.grid[l]?.[c] ?? 0]?.color ?? COLOR.rule;
      doc.rect(left, top, cell, cell).fillAndStroke(color, COLOR.white);
      const count = counts.cells[l]?.[c] ?? 0;
      if (count > 0) {
        doc.font(FONT.bold).fontSize(12).fillColor(textColorOn(color));
        doc.text(String(count), left, top + cell / 2 - 6, { width: cell, align: 'center', lineBreak: false });
      }
    }
    doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted);
    doc.text(String(l + 1), gridX - 12, top + cell / 2 - 3.5, { width: 9, align: 'right', lineBreak: false });
  }
  const gridBottom = gridY + rows * cell;
  for (let c = 0; c < cols; c++) {
    doc.text(String(c + 1), gridX + c * cell, gridBottom + 3, { width: cell, align: 'center', lineBreak: false });
  }
  doc.text('Konsekvens', gridX, gridBottom + 13, { width: cols * cell, align: 'center', lineBreak: false });
  doc.save();
  doc.rotate(-90, { origin: [x + 6, gridY + (rows * cell) / 2] });
  doc.text('Sannolikhet', x + 6 - (rows * cell) / 2, gridY + (rows * cell) / 2 - 3, { width: rows * cell, align: 'center', lineBreak: false });
  doc.restore();
  let height = TITLE + rows * cell + 24;
  if (counts.outside > 0) {
    const risks = counts.outside === 1 ? 'bedömd risk ligger' : 'bedömda risker ligger';
    doc.text(`${counts.outside} ${risks} utanför matrisen.`, x, y + height, { width, lineBreak: false });
    height += 12;
  }
  doc.fillColor(COLOR.ink);
  return height;
}

/** The matrix's levels as colour swatches with their names and the control threshold, in one line; gives the height it took. */
export function drawLevelLegend(doc: Pdf, matrix: RiskMatrix, x: number, y: number): number {
  let left = x;
  doc.font(FONT.regular).fontSize(SIZE.small);
  for (const level of matrix.riskLevels) {
    doc.rect(left, y, 9, 9).fill(level.color);
    const name = winAnsi(level.name);
    doc.fillColor(COLOR.ink).text(name, left + 12, y + 1, { lineBreak: false });
    left += 12 + doc.widthOfString(name) + 14;
  }
  const threshold = matrix.threshold === null ? undefined : matrix.riskLevels[matrix.threshold];
  if (threshold) {
    doc.fillColor(COLOR.muted).text(winAnsi(`Risker från nivån ${threshold.name} behöver en egenkontroll.`), left + 6, y + 1, { lineBreak: false });
  }
  doc.fillColor(COLOR.ink);
  return 12;
}
