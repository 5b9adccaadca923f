import { useTranslation } from 'react-i18next';
import { focusOrigin } from '../dom';
import { useMatrixView } from '../matrix-view';
import { useMatrixWorkspace } from '../workspace-store';

/**
 * One line above the map: what is picked and how to place it, or what just happened.
 * The sentence is a live region, so a screen reader hears each placement.
 */
export function StatusBar() {
  const { t } = useTranslation();
  const { entries } = useMatrixView();
  const picked = useMatrixWorkspace((state) => state.picked);
  const stage = useMatrixWorkspace((state) => state.stage);
  const announcement = useMatrixWorkspace((state) => state.announcement);
  const error = useMatrixWorkspace((state) => state.error);
  const entry = picked ? entries.find((candidate) => candidate.id === picked.riskId) : undefined;

  function cancel() {
    const state = useMatrixWorkspace.getState();
    state.drop();
    if (picked) focusOrigin(picked.origin, picked.riskId);
  }

  return (
    <div className={entry ? 'rm-status rm-status--picked' : 'rm-status'}>
      <p role="status" className="rm-status__text">
        {entry
          ? t('riskMatrix.status.picked', { number: entry.number, stage: t(`riskMatrix.stageInline.${stage}`) })
          : announcement || t('riskMatrix.status.idle')}
      </p>
      {entry ? (
        <div className="rm-status__actions">
          {entry[stage] ? (
            <button type="button" className="button button--small" onClick={() => useMatrixWorkspace.getState().askClear(entry.id)}>
              {t('riskMatrix.status.clear')}
            </button>
          ) : null}
          <button type="button" className="button button--small button--quiet" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="form-error rm-status__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
