import { useTranslation } from 'react-i18next';
import { REPORT_KINDS } from '../../../../shared/reports/kinds';
import { Panel } from '../../components/Panel';
import { useReportsData } from '../data-store';
import { CategoryList } from './CategoryList';
import { LimitsForm } from './LimitsForm';

/** The unit's own categories per kind and its handling limits. */
export function ReportSettingsView({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const settings = useReportsData((state) => (state.unitId === unitId ? state.settings : null));

  return (
    <div className="rp-settings">
      {settings ? <LimitsForm key={unitId} unitId={unitId} settings={settings} /> : null}
      <Panel className="rp-categories" title={t('reportScreens.settings.categoriesTitle')}>
        <p className="muted">{t('reportScreens.settings.categoriesLead')}</p>
        <div className="rp-categories__grid">
          {REPORT_KINDS.map((kind) => (
            <CategoryList key={kind} unitId={unitId} kind={kind} />
          ))}
        </div>
      </Panel>
    </div>
  );
}
