import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { FormError } from '../../components/FormError';
import { usePlanChecklists } from '../data/plan-checklists';
import { NewChecklist } from './NewChecklist';
import { RunTable } from './RunTable';
import { TemplateCard } from './TemplateCard';

const NONE: never[] = [];

/** The plan's checklists, each ready to start a run from, and every run of the plan. */
export function ChecklistOverview({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const templatesId = useId();
  const runsId = useId();
  const errorId = useId();
  const templates = usePlanChecklists((state) => (state.planId === plan.id ? state.templates : NONE));
  const runs = usePlanChecklists((state) => (state.planId === plan.id ? state.runs : NONE));
  const status = usePlanChecklists((state) => state.status);
  const loadError = usePlanChecklists((state) => state.loadError);
  const [adding, setAdding] = useState(false);
  const writable = plan.status !== 'archived';

  useEffect(() => {
    void usePlanChecklists.getState().load(plan.id);
  }, [plan.id]);

  return (
    <div className="cl-stack">
      <p className="cl-plan-name">{plan.title}</p>
      <FormError id={errorId} message={status === 'failed' ? loadError : null} />
      <section className="cl-section" aria-labelledby={templatesId}>
        <div className="cl-section__head">
          <h2 id={templatesId} className="section-title">
            {t('checklistScreens.overview.templatesTitle')}
          </h2>
          {writable && !adding ? (
            <button type="button" className="button" onClick={() => setAdding(true)}>
              {t('checklistScreens.overview.newChecklist')}
            </button>
          ) : null}
        </div>
        {adding ? <NewChecklist planId={plan.id} onClose={() => setAdding(false)} /> : null}
        {status === 'loading' ? (
          <p className="loading" role="status">
            {t('checklistScreens.overview.loading')}
          </p>
        ) : templates.length === 0 && status === 'ready' ? (
          <p className="empty-note">{t('checklistScreens.overview.noTemplates')}</p>
        ) : (
          <ul className="cl-cards">
            {templates.map((template) => (
              <TemplateCard key={template.id} template={template} plan={plan} writable={writable} />
            ))}
          </ul>
        )}
      </section>
      <section className="cl-section" aria-labelledby={runsId}>
        <h2 id={runsId} className="section-title">
          {t('checklistScreens.overview.runsTitle')}
        </h2>
        {status === 'ready' && runs.length === 0 ? (
          <p className="empty-note">{t('checklistScreens.overview.noRuns')}</p>
        ) : (
          <RunTable runs={runs} labelledBy={runsId} />
        )}
      </section>
    </div>
  );
}
