import { useTranslation } from 'react-i18next';
import type { YearComparison } from '../../../shared/comparison';
import { ColourTally } from './ColourTally';
import { ComparisonSection } from './ComparisonSection';
import { OriginNote } from './OriginNote';

/** The units compared: where each one's figures come from, its plan, and its controls, risks and actions in short. */
export function UnitList({ comparison }: { comparison: YearComparison }) {
  const { t } = useTranslation();
  return (
    <ComparisonSection title={t('comparison.units.title', { year: comparison.year })}>
      <div className="cmp-scroll">
        <table className="table table--fixed table--sticky cmp-table cmp-table--units">
          <caption className="visually-hidden">{t('comparison.units.caption')}</caption>
          <colgroup>
            <col />
            <col className="cmp-col-origin" />
            <col className="cmp-col-tally" />
            <col className="cmp-col-count" />
            <col className="cmp-col-count" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('comparison.units.unit')}</th>
              <th scope="col">{t('comparison.units.origin')}</th>
              <th scope="col">{t('comparison.units.controls')}</th>
              <th scope="col" className="cmp-num">
                {t('comparison.units.risks')}
              </th>
              <th scope="col" className="cmp-num">
                {t('comparison.units.actions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {comparison.units.map((unit) => (
              <tr key={unit.unitId} data-unit={unit.name}>
                <th scope="row">
                  {unit.name}
                  <span className="rs-cell-note" title={unit.planTitle}>
                    {t('comparison.units.plan', { status: t(`domain.planStatus.${unit.planStatus}`) })}
                  </span>
                </th>
                <td>
                  <OriginNote unit={unit} />
                </td>
                <td>
                  {unit.hasQualityArea ? (
                    <ColourTally counts={unit.statusCounts} label={t('comparison.units.countsLabel', { name: unit.name })} />
                  ) : (
                    <span className="muted">{t('comparison.outOfArea')}</span>
                  )}
                </td>
                <td className="cmp-num">{unit.hasQualityArea ? unit.riskCount : ''}</td>
                <td className="cmp-num">{unit.hasQualityArea ? unit.actionCount : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ComparisonSection>
  );
}
