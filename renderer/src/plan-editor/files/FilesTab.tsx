import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { SpreadsheetExportPanel } from './SpreadsheetExportPanel';
import { SpreadsheetImportPanel } from './SpreadsheetImportPanel';
import { RolloverPanel } from './RolloverPanel';

export function FilesTab({ plan }: { plan: PlanDetail }) {
  return (
    <div className="pe-stack">
      <SpreadsheetExportPanel plan={plan} />
      <SpreadsheetImportPanel plan={plan} />
      <RolloverPanel plan={plan} />
    </div>
  );
}
