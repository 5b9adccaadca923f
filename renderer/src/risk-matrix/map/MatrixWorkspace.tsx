import { useId, useMemo } from 'react';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { MatrixViewContext, type MatrixView } from '../matrix-view';
import type { Cell } from '../model/grid-navigation';
import { filterEntries, riskEntries, type RiskEntry } from '../model/risk-entries';
import { useRiskActions } from '../use-risk-actions';
import { useMatrixWorkspace } from '../workspace-store';
import { ClearConfirm } from './ClearConfirm';
import { HeatMap } from './HeatMap';
import { KeyboardHelp } from './KeyboardHelp';
import { MapKey } from './MapKey';
import { RiskFilters } from './RiskFilters';
import { RiskLegend } from './RiskLegend';
import { StageToggle } from './StageToggle';
import { StatusBar } from './StatusBar';
import { UnassessedTray } from './UnassessedTray';

interface MatrixWorkspaceProps {
  detail: PlanDetail;
  editable: boolean;
}

/** The heat map with its toolbar, the numbered list beside it and the tray of unassessed risks. */
export function MatrixWorkspace({ detail, editable }: MatrixWorkspaceProps) {
  const helpId = useId();
  const processId = useMatrixWorkspace((state) => state.processId);
  const qualityAreaId = useMatrixWorkspace((state) => state.qualityAreaId);
  const { place } = useRiskActions();
  const view = useMemo<MatrixView>(
    () => ({ matrix: detail.matrix, entries: filterEntries(riskEntries(detail), { processId, qualityAreaId }), editable }),
    [detail, processId, qualityAreaId, editable],
  );
  const onPlace = (entry: RiskEntry, cell: Cell) => void place(entry, cell);

  return (
    <MatrixViewContext.Provider value={view}>
      <div className="rm-toolbar">
        <StageToggle />
        <RiskFilters detail={detail} />
      </div>
      {editable ? <StatusBar /> : null}
      <div className="rm-layout">
        <div className="rm-layout__map">
          <HeatMap helpId={helpId} onPlace={onPlace} />
          <UnassessedTray />
          <MapKey />
          <KeyboardHelp id={helpId} />
        </div>
        <div className="rm-layout__side">
          <RiskLegend />
        </div>
      </div>
      {editable ? <ClearConfirm /> : null}
    </MatrixViewContext.Provider>
  );
}
