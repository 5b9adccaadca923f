import { useTranslation } from 'react-i18next';
import type { ComparedUnit, ControlCell, ControlRow } from '../../../shared/comparison';
import { StatusBadge } from '../results/StatusBadge';
import { cellTarget, sharedTarget } from './targets';
import { formatFigure } from '../format';

/** The control's definition, with the target when all units share it. */
export function ControlName({ row }: { row: ControlRow }) {
  const { t, i18n } = useTranslation();
  const target = sharedTarget(t, row, i18n.language);
  return (
    <>
      <span className="cmp-definition">{row.definition}</span>
      <span className="rs-cell-note">
        {target === null
          ? t('comparison.controls.targetsDiffer')
          : row.cells.some((cell) => cell?.targetValue != null)
            ? t('comparison.controls.target', { target })
            : target}
      </span>
    </>
  );
}

/** One unit's result for the year: the figure, its colour, and its own target when the units' targets differ. */
export function UnitResult({ row, cell, unit }: { row: ControlRow; cell: ControlCell | null; unit: ComparedUnit }) {
  const { t, i18n } = useTranslation();
  if (!cell) return <span className="visually-hidden">{unit.hasQualityArea ? t('comparison.controls.absent') : t('comparison.outOfArea')}</span>;
  const ownTarget = sharedTarget(t, row, i18n.language) === null;
  return (
    <div className="cmp-result">
      {cell.value !== null ? <span className="rs-figure">{formatFigure(cell.value, cell.unit, i18n.language)}</span> : null}
      <StatusBadge status={cell.status} hasTarget={cell.targetValue !== null} />
      {ownTarget ? <span className="rs-cell-note">{t('comparison.controls.unitTarget', { target: cellTarget(t, cell, i18n.language) })}</span> : null}
      {cell.source === 'manual' ? <span className="rs-cell-note">{t('comparison.controls.manual')}</span> : null}
    </div>
  );
}

/** A unit's column heading: its name, and whether its figures come from an imported bundle. */
export function UnitHeading({ unit }: { unit: ComparedUnit }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="cmp-unit-name">{unit.name}</span>
      {unit.origin === 'imported' ? <span className="cmp-origin cmp-origin--imported">{t('comparison.units.imported')}</span> : null}
    </>
  );
}
