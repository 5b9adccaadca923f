import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RiskLevelBadge } from '../../components/RiskLevelBadge';
import { focusCell, startRiskDrag } from '../dom';
import { useMatrixView } from '../matrix-view';
import { startCell } from '../model/grid-navigation';
import { lacksControl, type RiskEntry } from '../model/risk-entries';
import { useMatrixWorkspace } from '../workspace-store';

interface RiskLegendItemProps {
  entry: RiskEntry;
}

/** A risk in the list beside the map: its number, text, process, both assessments and the control flag. */
export function RiskLegendItem({ entry }: RiskLegendItemProps) {
  const { t } = useTranslation();
  const detailsId = useId();
  const { matrix, editable } = useMatrixView();
  const stage = useMatrixWorkspace((state) => state.stage);
  const picked = useMatrixWorkspace((state) => state.picked?.riskId === entry.id);
  const flagged = lacksControl(matrix, entry);

  function choose() {
    const cursor = startCell(entry, stage, { likelihood: matrix.likelihood.length, consequence: matrix.consequence.length });
    useMatrixWorkspace.getState().pick(entry.id, 'legend', cursor);
    focusCell(cursor);
  }

  function onKeyDown(event: KeyboardEvent) {
    if ((event.key === 'Delete' || event.key === 'Backspace') && entry[stage]) {
      event.preventDefault();
      useMatrixWorkspace.getState().askClear(entry.id);
    }
  }

  const heading = (
    <>
      <span className="rm-number" aria-hidden="true">
        {entry.number}
      </span>{' '}
      {/* The space keeps the number a word of its own, as it is in the name "Risk 1: …". */}
      <span className="rm-legend__text">{entry.text}</span>
    </>
  );

  return (
    <li className={picked ? 'rm-legend__item rm-legend__item--picked' : 'rm-legend__item'} data-risk={entry.id}>
      {editable ? (
        <button
          type="button"
          className="rm-legend__pick"
          data-legend-risk={entry.id}
          draggable
          aria-pressed={picked}
          aria-label={t('riskMatrix.map.chipLabel', { number: entry.number, text: entry.text })}
          aria-describedby={detailsId}
          onDragStart={(event) => startRiskDrag(event, entry.id)}
          onClick={choose}
          onKeyDown={onKeyDown}
        >
          {heading}
        </button>
      ) : (
        <p className="rm-legend__pick rm-legend__pick--static">{heading}</p>
      )}
      <div id={detailsId} className="rm-legend__details">
        <span className="rm-legend__process">{entry.processName}</span>
        <span className="rm-legend__badges">
          <RiskLevelBadge matrix={matrix} assessment={entry.inherent} stage="inherent" />
          <RiskLevelBadge matrix={matrix} assessment={entry.residual} stage="residual" />
        </span>
        {flagged ? <span className="rm-flag">{t('riskMatrix.legend.noControl')}</span> : null}
      </div>
    </li>
  );
}
