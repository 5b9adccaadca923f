import type { Pdf } from './document';
import { COLOR } from './style';
import type { CellDrawing } from './table';

export interface BarPart {
  count: number;
  color: string;
}

/** A bar split in proportion to the counts, each part in its colour; an empty grey bar when all are zero. */
export function statusBar(parts: readonly BarPart[], height = 7): CellDrawing {
  return {
    height,
    draw(doc: Pdf, x: number, y: number, width: number) {
      const total = parts.reduce((sum, part) => sum + part.count, 0);
      if (total === 0) {
        doc.rect(x, y, width, height).fill(COLOR.zebra);
        return;
      }
      let left = x;
      for (const part of parts) {
        const span = (part.count / total) * width;
        if (span > 0) doc.rect(left, y, span, height).fill(part.color);
        left += span;
      }
    },
  };
}
