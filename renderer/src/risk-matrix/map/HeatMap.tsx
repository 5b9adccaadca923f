import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatrixView } from '../matrix-view';
import { clampCell, type Cell } from '../model/grid-navigation';
import { cellKey, entriesByCell, otherStage, type RiskEntry } from '../model/risk-entries';
import { useMatrixWorkspace } from '../workspace-store';
import { HeatMapCell } from './HeatMapCell';
import { ScaleHeader } from './ScaleHeader';
import { StageArrows } from './StageArrows';
import { useGridKeys } from './use-grid-keys';

interface HeatMapProps {
  helpId: string;
  onPlace(entry: RiskEntry, cell: Cell): void;
}

const positions = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

/**
 * The matrix as a grid: the highest likelihood on top, consequence growing to the
 * right, each cell in its level colour. One cell at a time is in the Tab order.
 */
export function HeatMap({ helpId, onPlace }: HeatMapProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const frame = useRef<HTMLDivElement>(null);
  const { matrix, entries, editable } = useMatrixView();
  const stage = useMatrixWorkspace((state) => state.stage);
  const active = useMemo(() => entriesByCell(entries, stage), [entries, stage]);
  const other = useMemo(() => entriesByCell(entries, otherStage(stage)), [entries, stage]);
  const size = { likelihood: matrix.likelihood.length, consequence: matrix.consequence.length };
  const onKeyDown = useGridKeys(active, (entry) => onPlace(entry, clampCell(useMatrixWorkspace.getState().cursor, size)));
  const likelihoods = positions(matrix.likelihood.length).reverse();
  const consequences = positions(matrix.consequence.length);

  return (
    <div className={`rm-map rm-map--c${consequences.length}`}>
      <span className="rm-map__axis rm-map__axis--y" aria-hidden="true">
        {t('domain.likelihood')} <span className="rm-map__axis-arrow">→</span>
      </span>
      <div className="rm-map__frame" ref={frame}>
        <table
          role="grid"
          className="rm-grid"
          aria-labelledby={captionId}
          aria-describedby={helpId}
          aria-readonly={editable ? undefined : true}
          style={{ width: `calc(var(--rm-row-header) + ${consequences.length} * var(--rm-cell) + ${consequences.length + 2} * 2px)` }}
          onKeyDown={onKeyDown}
        >
          <caption id={captionId} className="visually-hidden">
            {t('riskMatrix.map.caption', { stage: t(`riskMatrix.stageInline.${stage}`) })}
          </caption>
          <colgroup>
            <col className="rm-grid__header-column" />
            {consequences.map((position) => (
              <col key={position} className="rm-grid__cell-column" />
            ))}
          </colgroup>
          <thead className="rm-grid__columns">
            <tr role="row">
              <th role="columnheader" scope="col" className="rm-grid__corner">
                <span className="visually-hidden">{t('domain.likelihood')}</span>
              </th>
              {consequences.map((position) => (
                <ScaleHeader key={position} axis="consequence" position={position} level={matrix.consequence[position - 1]} />
              ))}
            </tr>
          </thead>
          <tbody>
            {likelihoods.map((likelihood) => (
              <tr role="row" key={likelihood}>
                <ScaleHeader axis="likelihood" position={likelihood} level={matrix.likelihood[likelihood - 1]} />
                {consequences.map((consequence) => {
                  const key = cellKey({ likelihood, consequence });
                  return (
                    <HeatMapCell
                      key={key}
                      cell={{ likelihood, consequence }}
                      active={active.get(key) ?? []}
                      other={other.get(key) ?? []}
                      onPlace={onPlace}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <StageArrows frame={frame} entries={entries} stage={stage} />
      </div>
      <span className="rm-map__axis rm-map__axis--x" aria-hidden="true">
        {t('domain.consequence')} <span className="rm-map__axis-arrow">→</span>
      </span>
    </div>
  );
}
