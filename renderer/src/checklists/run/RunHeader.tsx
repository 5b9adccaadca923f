import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunDetail, RunFields } from '../../../../shared/checklists/run';
import { request } from '../../api/client';
import { FormError } from '../../components/FormError';
import { useSubmit } from '../../hooks/use-submit';
import { usePlanChecklists } from '../data/plan-checklists';
import { useRunStore } from '../data/run-store';
import { useChecklistView } from '../view-store';
import { RunFacts } from './RunFacts';
import { RunFieldsForm } from './RunFieldsForm';

interface RunHeaderProps {
  run: RunDetail;
  editing: boolean;
  onEditDone(): void;
}

/** What is being run, by whom and when, and the way to finish it; while editing, the form for its details. */
export function RunHeader({ run, editing, onEditDone }: RunHeaderProps) {
  const { t } = useTranslation();
  const errorId = useId();
  const show = useChecklistView((state) => state.show);
  const { saving, error, run: submit } = useSubmit();

  const finish = () =>
    void submit(async () => {
      const result = await request((api) => api.runs.finish({ id: run.id }));
      if (result.ok) {
        void usePlanChecklists.getState().load(run.planId);
        show({ name: 'summary', runId: run.id });
      }
      return result;
    });

  async function update(fields: RunFields) {
    const result = await request((api) => api.runs.update({ id: run.id, patch: fields }));
    if (result.ok) {
      useRunStore.getState().updated(result.value);
      onEditDone();
    }
    return result;
  }

  if (editing) {
    return (
      <RunFieldsForm
        title={t('checklistScreens.run.editTitle')}
        submitLabel={t('common.save')}
        initial={{ date: run.date, context: run.context, runBy: run.runBy, team: run.team }}
        onSave={update}
        onCancel={onEditDone}
      />
    );
  }

  return (
    <div className="card cl-run-head">
      <div className="cl-run-head__main">
        <h2 className="cl-run-head__title">{run.templateName}</h2>
        <RunFacts run={run} />
      </div>
      <div className="cl-run-head__actions">
        <button type="button" className="button button--primary" disabled={saving} onClick={finish}>
          {run.finishedAt === null ? t('checklistScreens.run.finish') : t('checklistScreens.run.showSummary')}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={() => show({ name: 'overview' })}>
          {t('checklistScreens.common.backToOverview')}
        </button>
      </div>
      <FormError id={errorId} message={error} />
    </div>
  );
}
