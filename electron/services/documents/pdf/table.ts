import { textColorOn } from '../../../../shared/risk-matrix/contrast';
import { contentWidth, pageBottom, type Pdf } from './document';
import { COLOR, FONT, SIZE } from './style';
import { winAnsi } from './win-ansi';

export type Align = 'left' | 'center' | 'right';

/** Something drawn inside a cell below its text, such as a sparkline. */
export interface CellDrawing {
  height: number;
  draw(doc: Pdf, x: number, y: number, width: number): void;
}

export interface Cell {
  text: string;
  /** Smaller text under the main text, in grey unless the cell is filled. */
  note?: string;
  /** A background colour; the text becomes black or white, whichever reads better on it. */
  fill?: string;
  bold?: boolean;
  align?: Align;
  drawing?: CellDrawing;
}

export type CellInput = string | Cell;

export interface Column {
  heading: string;
  /** A share of the table's width, relative to the other columns. */
  weight: number;
  align?: Align;
}

/** A heading row across the whole table, such as a process name over its controls. */
export interface GroupRow {
  group: string;
}

export type TableRow = readonly CellInput[] | GroupRow;

export interface TableOptions {
  columns: readonly Column[];
  rows: readonly TableRow[];
  fontSize?: number;
}

const PAD_X = 4;
const PAD_Y = 3.5;
const LINE_GAP = 1;

const asCell = (input: CellInput): Cell => (typeof input === 'string' ? { text: input } : input);

function textHeight(doc: Pdf, text: string, width: number, font: string, size: number): number {
  if (!text) return 0;
  doc.font(font).fontSize(size);
  return doc.heightOfString(winAnsi(text), { width, lineGap: LINE_GAP });
}

function cellHeight(doc: Pdf, cell: Cell, width: number, size: number): number {
  const inner = width - 2 * PAD_X;
  let height = textHeight(doc, cell.text, inner, cell.bold ? FONT.bold : FONT.regular, size);
  if (cell.note) height += (height ? 1.5 : 0) + textHeight(doc, cell.note, inner, FONT.regular, size - 1);
  if (cell.drawing) height += (height ? 3 : 0) + cell.drawing.height;
  return height + 2 * PAD_Y;
}

function writeText(doc: Pdf, text: string, x: number, y: number, width: number, height: number, align: Align): number {
  // A fixed height keeps pdfkit from opening a page of its own if a measure was off by a hair.
  doc.text(winAnsi(text), x, y, { width, height: height + 2, align, lineGap: LINE_GAP, ellipsis: true });
  return doc.y;
}

function drawCell(doc: Pdf, cell: Cell, box: { x: number; y: number; width: number; height: number }, size: number, align: Align, background?: string): void {
  if (cell.fill) {
    // A hairline of white keeps neighbouring coloured cells apart.
    doc.rect(box.x, box.y, box.width, box.height).lineWidth(0.8).fillAndStroke(cell.fill, COLOR.white);
  } else if (background) doc.rect(box.x, box.y, box.width, box.height).fill(background);
  const ink = cell.fill ? textColorOn(cell.fill) : COLOR.ink;
  const inner = box.width - 2 * PAD_X;
  const bottom = box.y + box.height - PAD_Y;
  let y = box.y + PAD_Y;
  if (cell.text) {
    doc.font(cell.bold ? FONT.bold : FONT.regular).fontSize(size).fillColor(ink);
    y = writeText(doc, cell.text, box.x + PAD_X, y, inner, bottom - y, cell.align ?? align);
  }
  if (cell.note) {
    doc.font(FONT.regular).fontSize(size - 1).fillColor(cell.fill ? ink : COLOR.muted);
    y = writeText(doc, cell.note, box.x + PAD_X, y + (cell.text ? 1.5 : 0), inner, bottom - y, cell.align ?? align);
  }
  if (cell.drawing) cell.drawing.draw(doc, box.x + PAD_X, y + (cell.text || cell.note ? 3 : 0), inner);
}

function drawRow(doc: Pdf, cells: readonly Cell[], xs: readonly number[], widths: readonly number[], y: number, height: number, columns: readonly Column[], size: number, background?: string): void {
  cells.forEach((cell, index) => {
    drawCell(doc, cell, { x: xs[index]!, y, width: widths[index]!, height }, size, columns[index]?.align ?? 'left', background);
  });
  doc.moveTo(xs[0]!, y + height).lineTo(xs[0]! + widths.reduce((a, b) => a + b, 0), y + height).lineWidth(0.4).strokeColor(COLOR.rule).stroke();
}

type Laid = { cells: Cell[]; group: boolean; height: number };

/**
 * A table across the page. Cells wrap their text; a row never splits, and a row that does not
 * fit starts a new page with the heading row drawn again; a group row stays with the row after
 * it. Rows alternate a faint shade.
 */
export function drawTable(doc: Pdf, { columns, rows, fontSize = SIZE.table }: TableOptions): void {
  const left = doc.page.margins.left;
  const full = contentWidth(doc);
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => (column.weight / total) * full);
  const xs = widths.map((_, index) => left + widths.slice(0, index).reduce((a, b) => a + b, 0));
  const header = columns.map((column): Cell => ({ text: column.heading, bold: true }));
  const headerHeight = Math.max(...header.map((cell, index) => cellHeight(doc, cell, widths[index]!, fontSize)));
  // A row longer than a whole page is cut off there rather than spilling over the footer.
  const tallest = pageBottom(doc) - doc.page.margins.top - headerHeight;
  const laid: Laid[] = rows.map((row) => {
    if ('group' in row) {
      const cell: Cell = { text: row.group, bold: true, fill: COLOR.accentLight };
      return { cells: [cell], group: true, height: cellHeight(doc, cell, full, fontSize) };
    }
    const cells = row.map(asCell);
    return { cells, group: false, height: Math.min(tallest, Math.max(...cells.map((cell, index) => cellHeight(doc, cell, widths[index]!, fontSize)))) };
  });

  // Drawing text moves pdfkit's cursor, so every row is placed from a y kept here.
  let y = doc.y;
  const drawHeader = () => {
    drawRow(doc, header, xs, widths, y, headerHeight, columns, fontSize, COLOR.headerFill);
    y += headerHeight;
  };
  const needed = (index: number) => (laid[index]?.height ?? 0) + (laid[index]?.group ? (laid[index + 1]?.height ?? 0) : 0);
  if (y + headerHeight + needed(0) > pageBottom(doc)) {
    doc.addPage();
    y = doc.y;
  }
  drawHeader();
  let shade = false;
  laid.forEach((row, index) => {
    if (y + needed(index) > pageBottom(doc)) {
      doc.addPage();
      y = doc.y;
      drawHeader();
    }
    if (row.group) {
      drawRow(doc, row.cells, [left], [full], y, row.height, [], fontSize);
      shade = false;
    } else {
      drawRow(doc, row.cells, xs, widths, y, row.height, columns, fontSize, shade ? COLOR.zebra : undefined);
      shade = !shade;
    }
    y += row.height;
  });
  doc.x = left;
  doc.y = y + 10;
  doc.fillColor(COLOR.ink);
}
