import { useEffect, useId, useState, type RefObject } from 'react';
import { arrowSegment, centerWithin, type Segment } from '../model/arrow-geometry';
import { sameCell, type RiskEntry, type Stage } from '../model/risk-entries';

interface StageArrowsProps {
  frame: RefObject<HTMLDivElement | null>;
  entries: readonly RiskEntry[];
  stage: Stage;
}

interface Arrow extends Segment {
  id: string;
}

const CHIP_GAP = 13;

function measure(frame: HTMLElement, entries: readonly RiskEntry[]): Arrow[] {
  const origin = frame.getBoundingClientRect();
  const chip = (id: string, stage: Stage) => frame.querySelector(`[data-chip="${id}:${stage}"]`)?.getBoundingClientRect();
  return entries.flatMap((entry) => {
    if (!entry.inherent || !entry.residual || sameCell(entry.inherent, entry.residual)) return [];
    const from = chip(entry.id, 'inherent');
    const to = chip(entry.id, 'residual');
    const segment = from && to ? arrowSegment(centerWithin(from, origin), centerWithin(to, origin), CHIP_GAP, CHIP_GAP) : null;
    return segment ? [{ id: entry.id, ...segment }] : [];
  });
}

/**
 * An arrow from each risk's place before the measures to its place after them, drawn
 * over the grid from where the chips actually are. Decoration only: the list and the
 * cells say the same in words.
 */
export function StageArrows({ frame, entries, stage }: StageArrowsProps) {
  const markerId = useId();
  const [arrows, setArrows] = useState<Arrow[]>([]);

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    // A ResizeObserver reports once when it starts, so this also measures after every change of risks or stage.
    const observer = new ResizeObserver(() => setArrows(measure(element, entries)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [frame, entries, stage]);

  return (
    <svg className="rm-arrows" aria-hidden="true" focusable="false">
      <defs>
        <marker id={markerId} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
          <path d="M0 0 L10 5 L0 10 z" className="rm-arrows__head" />
        </marker>
      </defs>
      {arrows.map((arrow) => (
        <g key={arrow.id}>
          <line className="rm-arrows__halo" x1={arrow.from.x} y1={arrow.from.y} x2={arrow.to.x} y2={arrow.to.y} />
          <line
            className="rm-arrows__line"
            x1={arrow.from.x}
            y1={arrow.from.y}
            x2={arrow.to.x}
            y2={arrow.to.y}
            markerEnd={`url(#${CSS.escape(markerId)})`}
          />
        </g>
      ))}
    </svg>
  );
}
