import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../shared/domain/plan-detail';
import { hashFor } from '../navigation/sections';
import { showCatalogOnArrival, showPlanOnArrival } from '../results/quality-plan-links';
import { planFacts } from './plan-facts';
import { formatDay } from '../format';

/** Which plan this is, whether it is adopted, and its size, with the ways to open it or choose another. */
export function PlanGlance({ plan }: { plan: PlanDetail }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const facts = planFacts(plan);
  const lacking = facts.lackingControl ?? 0;
  const adopted = plan.status === 'adopted' && plan.meta.adoptedOn ? t('overview.plan.adoptedOn', { date: formatDay(plan.meta.adoptedOn, i18n.language) }) : null;

  return (
    <section className="panel panel--accent ov-glance" aria-labelledby={headingId}>
      <div className="ov-glance__head">
        <p className="ov-glance__label">{t('overview.currentTitle')}</p>
        <div className="ov-glance__title-row">
          <h2 id={headingId} className="current-card__title">
            {plan.title}
          </h2>
          <span className={`pe-plan-status pe-plan-status--${plan.status}`}>{t(`domain.planStatus.${plan.status}`)}</span>
        </div>
        <p className="muted">
          {plan.unitName} · {t('overview.plan.year', { year: plan.year })}
          {adopted ? ` · ${adopted}` : ''}
        </p>
      </div>
      <dl className="ov-figures">
        <div>
          <dt>{t('overview.plan.processes')}</dt>
          <dd>{facts.processes}</dd>
        </div>
        <div>
          <dt>{t('overview.plan.risks')}</dt>
          <dd>{facts.risks}</dd>
        </div>
        <div>
          <dt>{t('overview.plan.controls')}</dt>
          <dd>{facts.controls}</dd>
        </div>
        <div className={lacking > 0 ? 'ov-figures__warn' : undefined}>
          <dt>{t('overview.plan.lacking')}</dt>
          <dd>
            {facts.lackingControl === null ? <span className="ov-figures__note">{t('overview.plan.noThreshold')}</span> : facts.lackingControl}
            {lacking > 0 ? <span className="visually-hidden"> {t('overview.plan.lackingWarn')}</span> : null}
          </dd>
        </div>
      </dl>
      <div className="button-row">
        <a className="link-button link-button--primary" href={hashFor('qualityPlan')} onClick={showPlanOnArrival}>
          {t('overview.plan.open')}
        </a>
        <a className="link-button" href={hashFor('qualityPlan')} onClick={showCatalogOnArrival}>
          {t('overview.changePlan')}
        </a>
      </div>
    </section>
  );
}
