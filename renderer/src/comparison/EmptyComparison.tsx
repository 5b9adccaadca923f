import { useTranslation } from 'react-i18next';
import { hashFor } from '../navigation/sections';
import { Panel } from '../components/Panel';

/** Nothing to compare: say why, and that the units' yearly bundles are imported under Export. */
export function EmptyComparison({ year }: { year: number | null }) {
  const { t } = useTranslation();
  return (
    <Panel className="panel--accent cmp-empty" title={t('comparison.empty.title')}>
      <p>{year === null ? t('comparison.empty.noPlans') : t('comparison.empty.noPlansYear', { year })}</p>
      <p>{t('comparison.empty.howTo', { section: t('nav.export') })}</p>
      <a className="link-button link-button--primary" href={hashFor('export')}>
        {t('comparison.empty.toExport', { section: t('nav.export') })}
      </a>
    </Panel>
  );
}
