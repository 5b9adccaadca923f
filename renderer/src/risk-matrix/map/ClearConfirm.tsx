import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
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
  if (!entry) return null;

  return (
    <ConfirmDialog
      title={t('riskMatrix.clear.title', { number: entry.number })}
      confirmLabel={t('riskMatrix.clear.confirm')}
      destructive
      onConfirm={() => clear(entry)}
      onClose={() => askClear(null)}
    >
      <p>{t('riskMatrix.clear.body', { text: entry.text, stage: t(`riskMatrix.stageInline.${stage}`) })}</p>
    </ConfirmDialog>
  );
}
