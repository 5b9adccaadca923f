import type { ResultStatus } from '../../../shared/results/status';
import { STATUS_COLORS, STATUS_ICONS, statusTextColor } from './status-look';

/** A status's mark (✕, !, ✓ or –) on its colour, for the eye only: the text beside it says the same. */
export function StatusIcon({ status, className }: { status: ResultStatus; className: string }) {
  return (
    <span className={className} aria-hidden="true" style={status === 'none' ? undefined : { background: STATUS_COLORS[status], color: statusTextColor(status) }}>
      {STATUS_ICONS[status]}
    </span>
  );
}
