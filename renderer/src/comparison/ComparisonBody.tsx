import { useTranslation } from 'react-i18next';
import type { YearComparison } from '../../../shared/comparison';
import { useRemote } from '../api/use-remote';
import { ActionStatusTable } from './ActionStatusTable';
import { ComparisonNotes } from './ComparisonNotes';
import { ComparisonToolbar } from './ComparisonToolbar';
import { ControlComparison } from './ControlComparison';
import { EmptyComparison } from './EmptyComparison';
import { ReportTable } from './ReportTable';
import { RiskLevelTable } from './RiskLevelTable';
import { UnitList } from './UnitList';
import { YearbookPanel } from './YearbookPanel';
import { useComparisonView } from './view-store';

/** The chosen year and quality area, loaded afresh on every change, and the comparison's parts. */
export function ComparisonBody({ year, years }: { year: number; years: readonly number[] }) {
  const { t } = useTranslation();
  const area = useComparisonView((state) => state.qualityArea);
  const remote = useRemote<YearComparison>(`${year}|${area}`, (api) => api.comparison.year({ year, ...(area ? { qualityArea: area } : {}) }));
  const comparison = remote.value;

  return (
    <div className="cmp-body" aria-busy={!remote.current}>
      <ComparisonToolbar year={year} years={years} qualityAreas={comparison?.qualityAreas ?? []} />
      {remote.error ? (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">{t('comparison.loadFailed')}</p>
          <p>{remote.error}</p>
        </div>
      ) : !comparison ? (
        <p className="loading" role="status">
          {t('comparison.loading')}
        </p>
      ) : comparison.units.length === 0 ? (
        <EmptyComparison year={year} />
      ) : (
        <>
          <YearbookPanel year={year} qualityArea={area} />
          <ComparisonNotes comparison={comparison} />
          <UnitList comparison={comparison} />
          <ControlComparison comparison={comparison} />
          <RiskLevelTable comparison={comparison} />
          <ActionStatusTable comparison={comparison} />
          <ReportTable comparison={comparison} />
        </>
      )}
    </div>
  );
}
