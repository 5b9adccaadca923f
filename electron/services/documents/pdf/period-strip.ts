import { textColorOn } from '../../../../shared/risk-matrix/contrast';
import type { Pdf } from './document';
import { COLOR, FONT } from './style';
import type { CellDrawing } from './table';
import { winAnsi } from './win-ansi';

export interface Chip {
  /** The period, short: "jan", "K1", "T2". */
  label: string;
  /** The figure, short, or '' when the period has none. */
  value: string;
  color: string;
}

/** A row of equal boxes, one per period, each in its status colour with its figure and its period under it. */
export function periodStrip(chips: readonly Chip[], height = 25): CellDrawing {
  return {
    height,
    draw(doc: Pdf, x: number, y: number, width: number) {
      if (chips.length === 0) return;
      const gap = 1.5;
      const box = (width - gap * (chips.length - 1)) / chips.length;
      const boxHeight = height - 9;
      chips.forEach((chip, index) => {
        const left = x + index * (box + gap);
        doc.rect(left, y, box, boxHeight).fill(chip.color);
        doc.font(FONT.bold).fontSize(6.5).fillColor(textColorOn(chip.color));
        doc.text(winAnsi(chip.value), left, y + boxHeight / 2 - 2.8, { width: box, align: 'center', lineBreak: false });
        doc.font(FONT.regular).fontSize(6).fillColor(COLOR.muted);
        doc.text(winAnsi(chip.label), left, y + boxHeight + 2, { width: box, align: 'center', lineBreak: false });
      });
    },
  };
}
