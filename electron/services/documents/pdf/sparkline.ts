import type { CellDrawing } from './table';
import type { Pdf } from './document';
import { COLOR } from './style';

export interface SparkPoint {
  value: number | null;
  color: string;
}

/**
 * A small line of figures over time, each point in its status colour, with the target as a
 * dashed line. A missing figure breaks the line rather than bridging the gap.
 */
export function sparkline(points: readonly SparkPoint[], target: number | null, height = 20): CellDrawing {
  return {
    height,
    draw(doc: Pdf, x: number, y: number, width: number) {
      const values = points.flatMap((point) => (point.value === null ? [] : [point.value]));
      if (values.length === 0) return;
      const all = target === null ? values : [...values, target];
      const low = Math.min(...all);
      const high = Math.max(...all);
      const span = high - low || 1;
      const inset = 3;
      const yOf = (value: number) => y + inset + (1 - (value - low) / span) * (height - 2 * inset);
      const step = points.length > 1 ? (width - 2 * inset) / (points.length - 1) : 0;
      const xOf = (index: number) => (points.length > 1 ? x + inset + index * step : x + width / 2);
      if (target !== null) {
        doc.moveTo(x, yOf(target)).lineTo(x + width, yOf(target)).dash(2, { space: 2 }).lineWidth(0.6).strokeColor(COLOR.muted).stroke().undash();
      }
      let drawing = false;
      points.forEach((point, index) => {
        if (point.value === null) drawing = false;
        else if (!drawing) {
          doc.moveTo(xOf(index), yOf(point.value));
          drawing = true;
        } else doc.lineTo(xOf(index), yOf(point.value));
      });
      doc.lineWidth(1).strokeColor(COLOR.accent).stroke();
      points.forEach((point, index) => {
        if (point.value !== null) doc.circle(xOf(index), yOf(point.value), 2.4).lineWidth(0.4).fillAndStroke(point.color, COLOR.ink);
      });
    },
  };
}
