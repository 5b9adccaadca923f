import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { hasSender } from '../../../../shared/reports/kinds';
import type { ReportDetail } from '../../../../shared/reports/report';
import { Panel } from '../../components/Panel';

/** What came in, as the register holds it, with the way to change it. */
export function ReportFacts({ report, plan, onEdit }: { report: ReportDetail; plan: PlanDetail; onEdit(): void }) {
  const { t } = useTranslation();
  const none = <span className="muted">{t('reportScreens.detail.none')}</span>;
  const areas = plan.qualityAreas.filter((area) => report.qualityAreaIds.includes(area.id)).map((area) => area.name);
  const tillsyn = report.kind === 'tillsyn';

  return (
    <Panel className="rp-facts" title={t('reportScreens.detail.facts')}>
      <dl className="facts">
        <div>
          <dt>{t('reportScreens.form.category')}</dt>
          <dd>{report.categoryName ?? none}</dd>
        </div>
        <div>
          <dt>{t('reportScreens.detail.channel')}</dt>
          <dd>{report.channel ? t(`reportScreens.channel.${report.channel}`) : none}</dd>
        </div>
        {hasSender(report.kind) ? (
          <div>
            <dt>{t('reportScreens.detail.anonymous')}</dt>
            <dd>{report.anonymous ? '✓' : none}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('reportScreens.detail.caseRef')}</dt>
          <dd>{report.caseRef || none}</dd>
        </div>
        <div>
          <dt>{t('reportScreens.detail.process')}</dt>
          <dd>{report.processName ?? none}</dd>
        </div>
        <div>
          <dt>{t('reportScreens.detail.areas')}</dt>
          <dd>{areas.length > 0 ? areas.join(', ') : none}</dd>
        </div>
      </dl>
      <div className="rp-facts__text">
        <h3 className="rp-subtitle">{tillsyn ? t('reportScreens.form.tillsynDescription') : t('reportScreens.form.description')}</h3>
        <p className="rp-prose">{report.description || none}</p>
      </div>
      <button type="button" className="button button--small" onClick={onEdit}>
        {t('reportScreens.detail.edit')}
      </button>
    </Panel>
  );
}
