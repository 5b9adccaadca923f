import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunDetail } from '../../../../shared/checklists/run';
import { request } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { usePlanChecklists } from '../data/plan-checklists';
import { useChecklistView } from '../view-store';
import { Section } from '../../components/Section';

interface RunToolsProps {
  run: RunDetail;
  onEdit(): void;
}

/** The rarer things to do with a run, kept out of the meeting's way: change its details, delete it. */
export function RunTools({ run, onEdit }: RunToolsProps) {
  const { t } = useTranslation();
  const show = useChecklistView((state) => state.show);
  const [removing, setRemoving] = useState(false);
  const answers = run.cases.reduce((sum, runCase) => sum + runCase.answers.length, 0);

  async function remove() {
    const result = await request((api) => api.runs.remove({ id: run.id, confirm: true }));
    if (result.ok) {
      void usePlanChecklists.getState().load(run.planId);
      show({ name: 'overview' });
    }
    return result;
  }

  return (
    <Section className="cl-side-box" titleClassName="cl-side-box__title" level={3} title={t('checklistScreens.run.toolsTitle')}>
      <div className="cl-side-box__buttons">
        <button type="button" className="button button--small button--quiet" onClick={onEdit}>
          {t('checklistScreens.run.edit')}
        </button>
        <button type="button" className="button button--small button--quiet cl-remove" onClick={() => setRemoving(true)}>
          {t('checklistScreens.run.remove')}
        </button>
      </div>
      {removing ? (
        <ConfirmDialog
          title={t('checklistScreens.run.removeTitle')}
          confirmLabel={t('checklistScreens.run.removeConfirm')}
          destructive
          onConfirm={remove}
          onClose={() => setRemoving(false)}
        >
          <p>{t('checklistScreens.run.removeBody', { cases: run.cases.length, answers })}</p>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
