import type { ResultStatus } from '../../../shared/results/status';
import { STATUS_COLORS } from './status-look';

interface StatusMarkProps {
  cx?: number;
  cy?: number;
  status: ResultStatus;
}

/** A point in a chart: a circle when green, a triangle when yellow, a square when red, so shape tells as much as colour. */
export function StatusMark({ cx, cy, status }: StatusMarkProps) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  const fill = status === 'none' ? '#4a5563' : STATUS_COLORS[status];
  const common = { fill, stroke: '#ffffff', strokeWidth: 1.5 };
  if (status === 'yellow') return <polygon points={`${cx},${cy - 7} ${cx + 7},${cy + 5} ${cx - 7},${cy + 5}`} {...common} />;
  if (status === 'red') return <rect x={cx - 5.5} y={cy - 5.5} width={11} height={11} {...common} />;
  return <circle cx={cx} cy={cy} r={status === 'green' ? 6 : 4.5} {...common} />;
}
