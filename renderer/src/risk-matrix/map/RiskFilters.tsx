import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { useMatrixWorkspace } from '../workspace-store';

interface RiskFiltersProps {
  detail: PlanDetail;
}

/** Narrow the map and the list to one process and/or one quality area. */
export function RiskFilters({ detail }: RiskFiltersProps) {
  const { t } = useTranslation();
  const processFieldId = useId();
  const areaFieldId = useId();
  const processId = useMatrixWorkspace((state) => state.processId);
  const qualityAreaId = useMatrixWorkspace((state) => state.qualityAreaId);
  const setFilter = useMatrixWorkspace((state) => state.setFilter);

  return (
    <div className="rm-filters">
      <div className="rm-filter">
        <label htmlFor={processFieldId} className="rm-field-label">
          {t('riskMatrix.toolbar.process')}
        </label>
        <select id={processFieldId} value={processId ?? ''} onChange={(event) => setFilter({ processId: event.target.value || null })}>
          <option value="">{t('riskMatrix.toolbar.allProcesses')}</option>
          {detail.processes.map((process) => (
            <option key={process.id} value={process.id}>
              {process.name}
            </option>
          ))}
        </select>
      </div>
      <div className="rm-filter">
        <label htmlFor={areaFieldId} className="rm-field-label">
          {t('riskMatrix.toolbar.qualityArea')}
        </label>
        <select id={areaFieldId} value={qualityAreaId ?? ''} onChange={(event) => setFilter({ qualityAreaId: event.target.value || null })}>
          <option value="">{t('riskMatrix.toolbar.allAreas')}</option>
          {detail.qualityAreas.map((area) => (
            <option key={area.id} value={area.id}>
              {area.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
