import { useTranslation } from 'react-i18next';
import { startRiskDrag } from '../dom';
import type { Cell } from '../model/grid-navigation';
import type { RiskEntry, Stage } from '../model/risk-entries';
import { useMatrixWorkspace } from '../workspace-store';

interface RiskChipProps {
  entry: RiskEntry;
  stage: Stage;
  cell: Cell;
  /** The stage being placed: a solid chip that can be picked and dragged. The other stage is a dashed outline. */
  active: boolean;
  editable: boolean;
  /** Text colour that reads on the cell's level colour, for the outlined chips. */
  ink: string;
}

/**
 * A risk's number in its cell. Keyboard users reach risks through the grid cells and
 * the list beside the map, so a chip is never a Tab stop of its own.
 */
export function RiskChip({ entry, stage, cell, active, editable, ink }: RiskChipProps) {
  const { t } = useTranslation();
  const picked = useMatrixWorkspace((state) => state.picked?.riskId === entry.id);
  const pick = useMatrixWorkspace((state) => state.pick);
  const title = `${entry.number}. ${entry.text} (${t(`domain.stage.${stage}`)})`;
  const chipId = `${entry.id}:${stage}`;

  if (!active || !editable) {
    return (
      <span
        className={active ? 'rm-chip' : 'rm-chip rm-chip--other'}
        style={active ? undefined : { color: ink, borderColor: ink }}
        data-chip={chipId}
        title={title}
        aria-hidden="true"
      >
        {entry.number}
      </span>
    );
  }
  return (
    <button
      type="button"
      className={picked ? 'rm-chip rm-chip--picked' : 'rm-chip'}
      data-chip={chipId}
      tabIndex={-1}
      draggable
      title={title}
      aria-label={t('riskMatrix.map.chipLabel', { number: entry.number, text: entry.text })}
      aria-pressed={picked}
      onDragStart={(event) => startRiskDrag(event, entry.id)}
      onClick={(event) => {
        event.stopPropagation();
        pick(entry.id, 'grid', cell);
      }}
    >
      {entry.number}
    </button>
  );
}
