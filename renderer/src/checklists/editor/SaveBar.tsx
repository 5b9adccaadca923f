import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateDetail } from '../../../../shared/checklists/template';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import type { Envelope } from '../../../../shared/ipc/envelope';
import { SaveError } from '../../components/SaveError';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useSubmit } from '../../hooks/use-submit';
import { itemsOf, planItemSave } from './item-draft';
import { saveTemplate, type SaveOutcome } from './save-template';
import type { EditorDraft } from './editor-draft';
import { errorShape } from '../../../../shared/errors';

interface SaveBarProps {
  plan: PlanDetail;
  template: TemplateDetail | null;
  draft: EditorDraft;
  /** The template as now stored; null after a new one was created. */
  onSaved(template: TemplateDetail | null): void;
  onBack(): void;
}

/** "Spara checklistan": says first when the save makes a new version, and afterwards what it did. */
export function SaveBar({ plan, template, draft, onSaved, onBack }: SaveBarProps) {
  const { t } = useTranslation();
  const errorId = useId();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { saving, error, confirmNext, run } = useSubmit();

  function describe(outcome: SaveOutcome): string {
    if (outcome.kind === 'newVersion') return t('checklistScreens.editor.savedVersion', { version: outcome.version, previous: outcome.version - 1 });
    if (outcome.kind === 'unchanged') return t('checklistScreens.editor.unchanged');
    return t('checklistScreens.editor.saved');
  }

  async function save(): Promise<Envelope<unknown>> {
    setDone(null);
    const parsed = itemsOf(draft.items);
    if (!parsed.ok) {
      return { ok: false, error: errorShape('VALIDATION', 'checklists.notANumber', { number: parsed.problem.index + 1, text: parsed.problem.text }) };
    }
    const result = await saveTemplate(plan.id, template, draft, parsed.items);
    if (result.ok) {
      setDone(describe(result.value));
      onSaved(result.value.template);
    }
    return result;
  }

  function start() {
    const parsed = itemsOf(draft.items);
    const changesItems =
      parsed.ok && template !== null && template.currentVersion.runCount > 0 && planItemSave(template.items, draft.items, parsed.items).kind === 'items';
    if (changesItems) setConfirming(true);
    else void run(save);
  }

  return (
    <div className="cl-save-bar">
      <div className="cl-save-bar__buttons">
        <button type="button" className="button button--primary" onClick={start} disabled={saving}>
          {saving ? t('common.saving') : template ? t('checklistScreens.editor.save') : t('checklistScreens.editor.create')}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {t('checklistScreens.common.backToOverview')}
        </button>
      </div>
      <SaveError id={errorId} error={error} confirmNext={confirmNext} save={() => void run(save)} />
      <p className="form-success" role="status">
        {done ?? ''}
      </p>
      {confirming && template ? (
        <ConfirmDialog
          title={t('checklistScreens.editor.confirmTitle', { next: template.currentVersion.version + 1 })}
          confirmLabel={t('checklistScreens.editor.confirmSave', { next: template.currentVersion.version + 1 })}
          onConfirm={save}
          onClose={() => setConfirming(false)}
        >
          <p>
            {t('checklistScreens.editor.confirmBody', {
              count: template.currentVersion.runCount,
              version: template.currentVersion.version,
              next: template.currentVersion.version + 1,
            })}
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
