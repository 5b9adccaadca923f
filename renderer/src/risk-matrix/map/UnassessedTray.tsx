import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { draggedRiskId, focusCell, isRiskDrag, startRiskDrag } from '../dom';
import { useMatrixView } from '../matrix-view';
import { startCell } from '../model/grid-navigation';
import type { RiskEntry } from '../model/risk-entries';
import { useMatrixWorkspace } from '../workspace-store';

/**
 * "Ej bedömda": the risks without an assessment at the chosen stage. Pick one to place
 * it; drop an assessed chip here to clear its assessment (after a confirmation).
 */
export function UnassessedTray() {
  const { t } = useTranslation();
  const headingId = useId();
  const { matrix, entries, editable } = useMatrixView();
  const stage = useMatrixWorkspace((state) => state.stage);
  const pickedId = useMatrixWorkspace((state) => state.picked?.riskId);
  const pick = useMatrixWorkspace((state) => state.pick);
  const askClear = useMatrixWorkspace((state) => state.askClear);
  const [dragOver, setDragOver] = useState(false);
  const waiting = entries.filter((entry) => entry[stage] === null);
  const size = { likelihood: matrix.likelihood.length, consequence: matrix.consequence.length };

  function choose(entry: RiskEntry) {
    const cursor = startCell(entry, stage, size);
    pick(entry.id, 'tray', cursor);
    focusCell(cursor);
  }

  function drop(event: DragEvent) {
    setDragOver(false);
    const entry = entries.find((candidate) => candidate.id === draggedRiskId(event));
    if (!editable || !entry) return;
    event.preventDefault();
    if (entry[stage]) askClear(entry.id);
  }

  return (
    <section
      className={dragOver ? 'rm-tray rm-tray--drop' : 'rm-tray'}
      aria-labelledby={headingId}
      onDragOver={(event) => {
        if (!editable || !isRiskDrag(event)) return;
        event.preventDefault();
        setDragOver(true);
      }}
      onDragLeave={() => setDragOver(false)}
      onDrop={drop}
    >
      <h3 id={headingId} className="rm-tray__title">
        {t('riskMatrix.tray.title', { stage: t(`riskMatrix.stageInline.${stage}`) })}
      </h3>
      {waiting.length === 0 ? (
        <p className="rm-tray__empty">{t('riskMatrix.tray.empty')}</p>
      ) : (
        <ul className="rm-tray__list">
          {waiting.map((entry) => (
            <li key={entry.id}>
              {editable ? (
                <button
                  type="button"
                  className={pickedId === entry.id ? 'rm-tray__item rm-tray__item--picked' : 'rm-tray__item'}
                  data-tray-risk={entry.id}
                  draggable
                  aria-pressed={pickedId === entry.id}
                  title={entry.text}
                  onDragStart={(event) => startRiskDrag(event, entry.id)}
                  onClick={() => choose(entry)}
                >
                  {/* The name is the visible text itself, so speech control can say what it sees. */}
                  <span className="visually-hidden">{t('riskMatrix.tray.riskWord')} </span>
                  <span className="rm-number">{entry.number}</span>
                  <span className="visually-hidden">: </span>
                  <span className="rm-tray__text">{entry.text}</span>
                </button>
              ) : (
                <span className="rm-tray__item" title={entry.text}>
                  <span className="rm-number">{entry.number}</span>
                  <span className="rm-tray__text">{entry.text}</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable ? <p className="rm-tray__hint">{t('riskMatrix.tray.dropHint')}</p> : null}
    </section>
  );
}
