import { useTranslation } from 'react-i18next';
import type { YearComparison } from '../../../shared/comparison';
import { ComparisonSection } from './ComparisonSection';
import { OutOfArea, UnitColumns } from './UnitColumns';

/** How many of each unit's actions are not started, in progress, done or cancelled. */
export function ActionStatusTable({ comparison }: { comparison: YearComparison }) {
  const { t } = useTranslation();
  const { units } = comparison;
  return (
    <ComparisonSection title={t('comparison.actions.title')}>
      <UnitColumns caption={t('comparison.actions.caption')} corner={t('comparison.actions.status')} units={units}>
        {comparison.actionStatuses.map((row) => (
          <tr key={row.status} data-status={row.status}>
            <th scope="row">{t(`domain.actionStatus.${row.status}`)}</th>
            {row.counts.map((count, index) => (
              <td key={units[index]!.unitId} className={count === null ? 'cmp-cell--absent' : 'cmp-num'}>
                {count ?? <OutOfArea />}
              </td>
            ))}
          </tr>
        ))}
        <tr className="cmp-total-row">
          <th scope="row">{t('comparison.actions.total')}</th>
          {units.map((unit) => (
            <td key={unit.unitId} className={unit.hasQualityArea ? 'cmp-num' : 'cmp-cell--absent'}>
              {unit.hasQualityArea ? unit.actionCount : <OutOfArea />}
            </td>
          ))}
        </tr>
      </UnitColumns>
    </ComparisonSection>
  );
}
