import { useTranslation } from 'react-i18next';
import type { Envelope } from '../../../shared/ipc/envelope';
import { levelOf } from '../../../shared/risk-matrix/grid';
import { usePlanDetail } from '../plans/plan-detail';
import type { Cell } from './model/grid-navigation';
import type { RiskEntry } from './model/risk-entries';
import { useMatrixWorkspace } from './workspace-store';

/** Placing and clearing assessments at the chosen stage; the outcome is announced, a refusal shown. */
export function useRiskActions() {
  const { t } = useTranslation();
  const edit = usePlanDetail((state) => state.edit);

  async function place(entry: RiskEntry, cell: Cell): Promise<boolean> {
    const { stage, announce, fail, placed } = useMatrixWorkspace.getState();
    const result = await edit((api) => api.risks.assess({ id: entry.id, stage, assessment: cell }));
    if (!result.ok) {
      fail(result.error.message);
      return false;
    }
    placed(entry.id);
    const level = levelOf(result.value.matrix, cell);
    announce(
      t('riskMatrix.announce.placed', {
        number: entry.number,
        stage: t(`riskMatrix.stageInline.${stage}`),
        likelihood: cell.likelihood,
        consequence: cell.consequence,
        level: level?.name ?? '',
      }),
    );
    return true;
  }

  /** The refusal, if any, is returned for the confirmation dialog to show where the user is looking. */
  async function clear(entry: RiskEntry): Promise<Envelope<unknown>> {
    const { stage, announce, drop } = useMatrixWorkspace.getState();
    const result = await edit((api) => api.risks.assess({ id: entry.id, stage, assessment: null }));
    if (result.ok) {
      drop();
      announce(t('riskMatrix.announce.cleared', { number: entry.number, stage: t(`riskMatrix.stageInline.${stage}`) }));
    }
    return result;
  }

  return { place, clear };
}
