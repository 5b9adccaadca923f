import { contentWidth, ensureSpace, type Pdf } from './document';
import { COLOR, FONT, SIZE } from './style';
import { winAnsi } from './win-ansi';

export interface Tile {
  value: string;
  label: string;
  color: string;
}

const HEIGHT = 46;

/** Key figures side by side, each a large number over its label with a bar in its colour on the left. */
export function drawTiles(doc: Pdf, tiles: readonly Tile[]): void {
  if (tiles.length === 0) return;
  ensureSpace(doc, HEIGHT + 8);
  const gap = 8;
  const left = doc.page.margins.left;
  const width = (contentWidth(doc) - gap * (tiles.length - 1)) / tiles.length;
  const top = doc.y;
  tiles.forEach((tile, index) => {
    const x = left + index * (width + gap);
    doc.rect(x, top, width, HEIGHT).fill(COLOR.zebra);
    doc.rect(x, top, 4, HEIGHT).fill(tile.color);
    doc.font(FONT.bold).fontSize(17).fillColor(COLOR.ink).text(winAnsi(tile.value), x + 11, top + 7, { width: width - 15, lineBreak: false });
    doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted);
    doc.text(winAnsi(tile.label), x + 11, top + 28, { width: width - 15, height: 16, ellipsis: true });
  });
  doc.x = left;
  doc.y = top + HEIGHT + 10;
  doc.fillColor(COLOR.ink);
}
