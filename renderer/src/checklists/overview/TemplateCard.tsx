import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../../shared/checklists/template';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { planControls } from '../common/plan-controls';
import { useChecklistView } from '../view-store';

interface TemplateCardProps {
  template: TemplateSummary;
  plan: PlanDetail;
  writable: boolean;
}

/** One checklist: what it is for, what it feeds, and the way into a run. */
export function TemplateCard({ template, plan, writable }: TemplateCardProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const show = useChecklistView((state) => state.show);
  const controls = planControls(plan).filter((control) => template.controlIds.includes(control.id));

  return (
    <li className="card cl-card" aria-labelledby={titleId}>
      <div className="cl-card__main">
        <h3 id={titleId} className="cl-card__title">
          {template.name}
        </h3>
        {template.purpose ? <p className="cl-card__purpose">{template.purpose}</p> : null}
        <p className="cl-card__facts">
          <span>{t('checklistScreens.overview.items', { count: template.itemCount })}</span>
          <span>{t('checklistScreens.overview.version', { version: template.currentVersion.version })}</span>
          <span>{t('checklistScreens.overview.runs', { count: template.runCount })}</span>
        </p>
        {controls.length > 0 ? (
          <div className="cl-card__feeds">
            <p className="cl-card__feeds-label">{t('checklistScreens.overview.feeds')}</p>
            <ul>
              {controls.map((control) => (
                <li key={control.id}>{control.definition}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="cl-card__feeds cl-card__feeds--none">{t('checklistScreens.overview.feedsNone')}</p>
        )}
      </div>
      {writable ? (
        <div className="cl-card__actions">
          <button
            type="button"
            className="button button--primary"
            aria-label={t('checklistScreens.overview.startAria', { name: template.name })}
            onClick={() => show({ name: 'startRun', templateId: template.id })}
          >
            {t('checklistScreens.overview.start')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('checklistScreens.overview.editAria', { name: template.name })}
            onClick={() => show({ name: 'template', templateId: template.id })}
          >
            {t('checklistScreens.overview.edit')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
