import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { RolloverPanel } from './RolloverPanel';

export function FilesTab({ plan }: { plan: PlanDetail }) {
  return (
    <div className="pe-stack">
      <ExportPanel plan={plan} />
      <ImportPanel plan={plan} />
      <RolloverPanel plan={plan} />
    </div>
  );
}
