import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useMatrixView } from '../matrix-view';
import { useRiskActions } from '../use-risk-actions';
import { useMatrixWorkspace } from '../workspace-store';

/** Asks before an assessment is removed, whether by Delete, the status bar's button or a drop on the tray. */
export function ClearConfirm() {
  const { t } = useTranslation();
  const { entries } = useMatrixView();
  const { clear } = useRiskActions();
  const pendingClear = useMatrixWorkspace((state) => state.pendingClear);
  const stage = useMatrixWorkspace((state) => state.stage);
  const askClear = useMatrixWorkspace((state) => state.askClear);
  const entry = entries.find((candidate) => candidate.id === pendingClear);

  return (
    <ConfirmDialog
      open={entry !== undefined}
      title={t('riskMatrix.clear.title', { number: entry?.number ?? '' })}
      body={t('riskMatrix.clear.body', { text: entry?.text ?? '', stage: t(`riskMatrix.stageInline.${stage}`) })}
      confirmLabel={t('riskMatrix.clear.confirm')}
      onConfirm={() => {
        askClear(null);
        if (entry) void clear(entry);
      }}
      onCancel={() => askClear(null)}
    />
  );
}
