import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { ImprovementAreas } from './ImprovementAreas';
import { QualityAreas } from './QualityAreas';

export function AreasTab({ plan, canEdit }: { plan: PlanDetail; canEdit: boolean }) {
  return (
    <div className="pe-stack">
      <QualityAreas plan={plan} canEdit={canEdit} />
      <ImprovementAreas plan={plan} canEdit={canEdit} />
    </div>
  );
}
