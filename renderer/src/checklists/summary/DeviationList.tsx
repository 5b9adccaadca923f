import { useTranslation } from 'react-i18next';
import type { RunReport } from '../../../../shared/checklists/report';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { DeviationItem } from './DeviationItem';
import { Section } from '../../components/Section';

interface DeviationListProps {
  report: RunReport;
  plan: PlanDetail;
  writable: boolean;
}

/** "3 av 12 ärenden saknar utredningsplan": each deviation with the way to act on it. */
export function DeviationList({ report, plan, writable }: DeviationListProps) {
  const { t } = useTranslation();
  return (
    <Section className="cl-section" titleClassName="cl-subtitle" level={3} title={t('checklistScreens.summary.deviationsTitle')}>
      {report.deviations.length === 0 ? (
        <p className="cl-no-deviations">{t('checklistScreens.summary.noDeviations')}</p>
      ) : (
        <ul className="cl-deviations">
          {report.deviations.map((deviation) => (
            <DeviationItem key={deviation.itemId} deviation={deviation} report={report} plan={plan} writable={writable} />
          ))}
        </ul>
      )}
    </Section>
  );
}
