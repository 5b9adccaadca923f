import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateDetail } from '../../../../shared/checklists/template';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { request } from '../../api/client';
import { UserNamePanel } from '../../user-name/UserNamePanel';
import { useUserName } from '../../user-name/user-name-store';
import { TextAreaField, TextField } from '../../components/fields';
import { planControls } from '../common/plan-controls';
import { usePlanChecklists } from '../data/plan-checklists';
import { useChecklistView } from '../view-store';
import { draftOfTemplate, type EditorDraft } from './editor-draft';
import { blankDraft } from './item-draft';
import { ItemList } from './ItemList';
import { SaveBar } from './SaveBar';
import { VersionList } from './VersionList';
import { LoadFailed, Loading } from '../common/LoadState';

interface TemplateEditorProps {
  /** null for a new, empty checklist. */
  templateId: string | null;
  plan: PlanDetail;
}

/** A checklist's name, purpose and items, and which control each item feeds. */
export function TemplateEditor({ templateId, plan }: TemplateEditorProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const show = useChecklistView((state) => state.show);
  const userName = useUserName((state) => state.userName);
  const [template, setTemplate] = useState<TemplateDetail | null>(null);
  const [draft, setDraft] = useState<EditorDraft>({ name: '', purpose: '', items: [blankDraft()] });
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    if (!templateId) return;
    void request((api) => api.checklists.get({ id: templateId })).then((result) => {
      if (!result.ok) return setLoadError(result.error.message);
      setTemplate(result.value);
      setDraft(draftOfTemplate(result.value));
    });
  }, [templateId]);

  function saved(next: TemplateDetail | null) {
    void usePlanChecklists.getState().load(plan.id);
    if (!next) return show({ name: 'overview' });
    setTemplate(next);
    setDraft(draftOfTemplate(next));
  }

  if (loadError) {
    return (
      <LoadFailed message={loadError} />
    );
  }
  if (templateId && !template) {
    return (
      <Loading />
    );
  }

  const used = template?.currentVersion.runCount ?? 0;
  return (
    <section className="cl-editor cl-stack" aria-labelledby={titleId}>
      <div className="cl-editor__head">
        <h2 id={titleId} className="section-title">
          {template ? t('checklistScreens.editor.editTitle') : t('checklistScreens.editor.newTitle')}
        </h2>
        {template ? (
          <p className="muted">
            {t('checklistScreens.overview.version', { version: template.currentVersion.version })} ·{' '}
            {t('checklistScreens.overview.runs', { count: used })}
          </p>
        ) : null}
      </div>
      {userName === null ? <UserNamePanel /> : null}
      {template && used > 0 ? (
        <div className="notice notice--info" role="note">
          <p>{t('checklistScreens.editor.usedNote', { count: used, version: template.currentVersion.version, next: template.currentVersion.version + 1 })}</p>
        </div>
      ) : null}
      <div className="card cl-panel">
        <TextField spellCheck={false} label={t('checklistScreens.editor.name')} maxLength={120} value={draft.name} onChange={(name) => setDraft({ ...draft, name })} />
        <TextAreaField
          label={t('checklistScreens.editor.purpose')}
          hint={t('checklistScreens.editor.purposeHint')}
          value={draft.purpose}
          onChange={(purpose) => setDraft({ ...draft, purpose })}
        />
      </div>
      <ItemList items={draft.items} controls={planControls(plan)} onChange={(items) => setDraft({ ...draft, items })} />
      <SaveBar plan={plan} template={template} draft={draft} onSaved={saved} onBack={() => show({ name: 'overview' })} />
      {template ? <VersionList template={template} /> : null}
    </section>
  );
}
