import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StarterKey } from '../../../../shared/checklists/starters';
import type { TemplateContent } from '../../../../shared/checklists/template';
import { request } from '../../api/client';
import { EditForm } from '../../components/EditForm';
import { UserNamePanel } from '../../user-name/UserNamePanel';
import { useUserName } from '../../user-name/user-name-store';
import { useSubmit } from '../../hooks/use-submit';
import { useChecklistView } from '../view-store';

type Starter = TemplateContent & { key: StarterKey };
type Choice = StarterKey | 'empty';

interface NewChecklistProps {
  planId: string;
  onClose(): void;
}

/** "Ny checklista": start from one of the starters, or from an empty checklist. */
export function NewChecklist({ planId, onClose }: NewChecklistProps) {
  const { t } = useTranslation();
  const show = useChecklistView((state) => state.show);
  const userName = useUserName((state) => state.userName);
  const [starters, setStarters] = useState<Starter[]>([]);
  const [choice, setChoice] = useState<Choice>('case_review');
  const { saving, error, setError, run } = useSubmit();

  useEffect(() => {
    void request((api) => api.checklists.starters({})).then((result) => {
      if (result.ok) setStarters(result.value);
      else setError(result.error.message);
    });
  }, [setError]);

  function submit() {
    if (choice === 'empty') {
      show({ name: 'newTemplate' });
      return;
    }
    void run(async () => {
      const result = await request((api) => api.checklists.createFromStarter({ planId, starter: choice }));
      if (result.ok) show({ name: 'template', templateId: result.value.id });
      return result;
    });
  }

  const options: Array<{ value: Choice; name: string; detail: string }> = [
    ...starters.map((starter) => ({
      value: starter.key,
      name: starter.name,
      detail: `${t('checklistScreens.overview.items', { count: starter.items.length })} · ${starter.purpose}`,
    })),
    { value: 'empty', name: t('checklistScreens.newChecklist.empty'), detail: t('checklistScreens.newChecklist.emptyDetail') },
  ];

  return (
    <div className="cl-stack cl-stack--tight">
      {userName === null ? <UserNamePanel /> : null}
      <EditForm
        level={3}
        title={t('checklistScreens.newChecklist.title')}
        submitLabel={t('checklistScreens.newChecklist.create')}
        saving={saving}
        error={error}
        onSubmit={submit}
        onCancel={onClose}
      >
        <fieldset className="cl-choices">
          <legend>{t('checklistScreens.newChecklist.legend')}</legend>
          {options.map((option) => (
            <label key={option.value} className="cl-choice">
              <input type="radio" name="starter" value={option.value} checked={choice === option.value} onChange={() => setChoice(option.value)} />
              <span>
                <span className="cl-choice__name">{option.name}</span>
                <span className="cl-choice__detail">{option.detail}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </EditForm>
    </div>
  );
}
