import { Fragment, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { textColorOn } from '../../../../shared/risk-matrix/contrast';
import { levelOf } from '../../../../shared/risk-matrix/grid';
import { draggedRiskId, isRiskDrag } from '../dom';
import { useMatrixView } from '../matrix-view';
import { cellKey, otherStage, sameCell, type RiskEntry } from '../model/risk-entries';
import { clampCell, type Cell } from '../model/grid-navigation';
import { scaleName } from '../model/scale-name';
import { useMatrixWorkspace } from '../workspace-store';
import { RiskChip } from './RiskChip';

interface HeatMapCellProps {
  cell: Cell;
  active: readonly RiskEntry[];
  other: readonly RiskEntry[];
  onPlace(entry: RiskEntry, cell: Cell): void;
}

const numbers = (entries: readonly RiskEntry[]) => entries.map((entry) => entry.number).join(', ');

/** One cell in its level colour, with the risks placed there at both stages. */
export function HeatMapCell({ cell, active, other, onPlace }: HeatMapCellProps) {
  const { t } = useTranslation();
  const { matrix, entries, editable } = useMatrixView();
  const stage = useMatrixWorkspace((state) => state.stage);
  const size = { likelihood: matrix.likelihood.length, consequence: matrix.consequence.length };
  // Clamped, so a matrix that shrank under the cursor still has a cell in the Tab order.
  const isCursor = useMatrixWorkspace((state) => sameCell(clampCell(state.cursor, size), cell));
  const picked = useMatrixWorkspace((state) => state.picked);
  const setCursor = useMatrixWorkspace((state) => state.setCursor);
  const [dragOver, setDragOver] = useState(false);
  const level = levelOf(matrix, cell);
  const color = level?.color ?? '#ffffff';
  const ink = textColorOn(color);

  // Said in the order shown (level, then the chips' numbers), so the visible words are part of the name (WCAG 2.5.3).
  const label = [
    `${t('domain.likelihood')} ${scaleName(cell.likelihood, matrix.likelihood[cell.likelihood - 1]?.label ?? '')}`,
    `${t('domain.consequence')} ${scaleName(cell.consequence, matrix.consequence[cell.consequence - 1]?.label ?? '')}`,
    t('riskMatrix.map.cellLevel', { level: level?.name ?? '' }),
    ...(active.length > 0 ? [t('riskMatrix.map.cellRisks', { stage: t(`riskMatrix.stageInline.${stage}`), numbers: numbers(active) })] : []),
    ...(other.length > 0 ? [t('riskMatrix.map.cellRisks', { stage: t(`riskMatrix.stageInline.${otherStage(stage)}`), numbers: numbers(other) })] : []),
    ...(active.length + other.length === 0 ? [t('riskMatrix.map.cellEmpty')] : []),
  ].join('. ');

  function drop(event: DragEvent) {
    setDragOver(false);
    const entry = entries.find((candidate) => candidate.id === draggedRiskId(event));
    if (!editable || !entry) return;
    event.preventDefault();
    setCursor(cell);
    onPlace(entry, cell);
  }

  const classes = ['rm-cell', isCursor && picked ? 'rm-cell--target' : '', dragOver ? 'rm-cell--drop' : ''].filter(Boolean).join(' ');
  return (
    <td
      role="gridcell"
      className={classes}
      style={{ background: color, color: ink }}
      data-cell={cellKey(cell)}
      tabIndex={isCursor ? 0 : -1}
      aria-label={label}
      onFocus={() => setCursor(cell)}
      onClick={() => {
        setCursor(cell);
        const entry = picked && entries.find((candidate) => candidate.id === picked.riskId);
        if (editable && entry) onPlace(entry, cell);
      }}
      onDragOver={(event) => {
        if (!editable || !isRiskDrag(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setDragOver(true);
      }}
      onDragLeave={() => setDragOver(false)}
      onDrop={drop}
    >
      {/* The spaces keep the shown words apart ("Hög 1 5"), so they read as words of the cell's name. */}
      <span className="rm-cell__level" aria-hidden="true">
        {level?.name}
      </span>{' '}
      <span className="rm-cell__chips">
        {active.map((entry) => (
          <Fragment key={`a-${entry.id}`}>
            <RiskChip entry={entry} stage={stage} cell={cell} active editable={editable} ink={ink} />{' '}
          </Fragment>
        ))}
        {other.map((entry) => (
          <Fragment key={`o-${entry.id}`}>
            <RiskChip entry={entry} stage={otherStage(stage)} cell={cell} active={false} editable={editable} ink={ink} />{' '}
          </Fragment>
        ))}
      </span>
    </td>
  );
}
