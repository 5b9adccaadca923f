import { useTranslation } from 'react-i18next';
import type { YearComparison } from '../../../shared/comparison';
import { textColorOn } from '../../../shared/risk-matrix/contrast';
import { ComparisonSection } from './ComparisonSection';
import { OutOfArea, UnitColumns } from './UnitColumns';

/** Each unit's risks per level of its own matrix, each count in that unit's colour for the level. */
export function RiskLevelTable({ comparison }: { comparison: YearComparison }) {
  const { t } = useTranslation();
  const { units } = comparison;
  return (
    <ComparisonSection title={t('comparison.risks.title')} lead={t('comparison.risks.lead')}>
      {comparison.riskLevels.length === 0 && units.every((unit) => unit.unassessedRisks === 0) ? (
        <p className="empty-note">{t('comparison.risks.none')}</p>
      ) : (
        <UnitColumns caption={t('comparison.risks.caption')} corner={t('comparison.risks.level')} units={units}>
          {comparison.riskLevels.map((row) => (
            <tr key={row.key} data-level={row.name}>
              <th scope="row">
                <span className="cmp-swatch" style={{ background: row.color }} aria-hidden="true" />
                {row.name}
              </th>
              {row.cells.map((cell, index) =>
                cell ? (
                  <td key={units[index]!.unitId} className="cmp-num">
                    {cell.count === 0 ? (
                      <span className="cmp-zero">0</span>
                    ) : (
                      <span className="risk-badge cmp-count" style={{ background: cell.color, color: textColorOn(cell.color) }} title={cell.name}>
                        {cell.count}
                      </span>
                    )}
                  </td>
                ) : (
                  <td key={units[index]!.unitId} className="cmp-cell--absent">
                    {units[index]!.hasQualityArea ? <span className="visually-hidden">{t('comparison.risks.notInMatrix')}</span> : <OutOfArea />}
                  </td>
                ),
              )}
            </tr>
          ))}
          <tr data-level="">
            <th scope="row">
              <span className="cmp-swatch cmp-swatch--none" aria-hidden="true" />
              {t('comparison.risks.unassessed')}
            </th>
            {units.map((unit) => (
              <td key={unit.unitId} className={unit.hasQualityArea ? 'cmp-num' : 'cmp-cell--absent'}>
                {!unit.hasQualityArea ? (
                  <OutOfArea />
                ) : unit.unassessedRisks === 0 ? (
                  <span className="cmp-zero">0</span>
                ) : (
                  <span className="risk-badge risk-badge--none cmp-count">{unit.unassessedRisks}</span>
                )}
              </td>
            ))}
          </tr>
        </UnitColumns>
      )}
    </ComparisonSection>
  );
}
