import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunFields } from '../../../../shared/checklists/run';
import type { TemplateDetail } from '../../../../shared/checklists/template';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { request } from '../../api/client';
import { readSetting, writeSetting } from '../../storage';
import { useChecklistView } from '../view-store';
import { RunFieldsForm } from './RunFieldsForm';
import { defaultRunDate } from '../common/dates';
import { LoadFailed, Loading } from '../common/LoadState';

const RUN_BY_SETTING = 'kvalitetshjulet.runBy';
const TEAM_SETTING = 'kvalitetshjulet.runTeam';

interface StartRunFormProps {
  templateId: string;
  plan: PlanDetail;
}

/** "Starta genomgång": today's date, the context and who leads it; the initials and team are remembered. */
export function StartRunForm({ templateId, plan }: StartRunFormProps) {
  const { t } = useTranslation();
  const show = useChecklistView((state) => state.show);
  const [template, setTemplate] = useState<TemplateDetail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    void request((api) => api.checklists.get({ id: templateId })).then((result) => {
      if (result.ok) setTemplate(result.value);
      else setLoadError(result.error.message);
    });
  }, [templateId]);

  const initial: RunFields = {
    date: defaultRunDate(plan.year),
    context: 'case_review',
    runBy: readSetting(RUN_BY_SETTING) ?? '',
    team: readSetting(TEAM_SETTING) ?? '',
  };

  async function start(fields: RunFields) {
    const result = await request((api) => api.runs.start({ templateId, ...fields }));
    if (result.ok) {
      writeSetting(RUN_BY_SETTING, fields.runBy.trim());
      writeSetting(TEAM_SETTING, fields.team.trim());
      show({ name: 'run', runId: result.value.id });
    }
    return result;
  }

  if (loadError) {
    return (
      <LoadFailed message={loadError} />
    );
  }
  if (!template) {
    return (
      <Loading />
    );
  }
  return (
    <div className="cl-stack">
      <div className="cl-start-intro">
        <p className="cl-plan-name">{template.name}</p>
        <p className="muted">
          {t('checklistScreens.overview.items', { count: template.items.length })} ·{' '}
          {t('checklistScreens.overview.version', { version: template.currentVersion.version })}
        </p>
      </div>
      <RunFieldsForm
        title={t('checklistScreens.start.title')}
        submitLabel={t('checklistScreens.start.submit')}
        initial={initial}
        onSave={start}
        onCancel={() => show({ name: 'overview' })}
      />
      <p className="muted cl-start-note">{t('checklistScreens.start.note')}</p>
    </div>
  );
}
